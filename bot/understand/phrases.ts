/**
 * Phrase patterns over tokens — the small, auditable matching language the lexicons are written in:
 *   "kill myself"      the words in a row (accents, case and apostrophes ignored)
 *   "suicid*"          a word starting with "suicid" (suicide, suicidal)
 *   "*انتحر"           a word ending with it (Arabic clitics: سأنتحر, وانتحر)
 *   "*ecole*"          a word containing it
 *   "want to ... die"  up to three words in between ("want to just die")
 *   "به {name} معرفی"  a named thing of one to six words, captured (service names in verb-final
 *                      languages sit between the preposition and the verb)
 * Chinese is matched character by character, so "想死" matches inside "我真的想死".
 */
import { tokenize, type Token } from './tokens.ts';

type Step =
  | { kind: 'exact' | 'prefix' | 'suffix' | 'contains'; value: string }
  | { kind: 'gap'; max: number }
  | { kind: 'slot'; max: number };
type WordStep = Extract<Step, { value: string }>;

export interface Phrase {
  /** The phrase as written in the lexicon, for audit. */
  source: string;
  steps: readonly Step[];
}

/** A phrase that cannot be matched (empty once normalized, or only a gap). */
export class PhraseError extends Error {
  constructor(readonly phrase: string, reason: string) {
    super(`Bad phrase "${phrase}": ${reason}`);
    this.name = 'PhraseError';
  }
}

const GAP = '...';
const GAP_WORDS = 3;
const SLOT = '{name}';
const SLOT_WORDS = 6;

export function compilePhrase(source: string): Phrase {
  const steps: Step[] = [];
  for (const part of source.trim().split(/\s+/)) {
    if (part === GAP || part === '…') {
      steps.push({ kind: 'gap', max: GAP_WORDS });
      continue;
    }
    if (part === SLOT) {
      if (steps.some((st) => st.kind === 'slot')) throw new PhraseError(source, 'only one {name} slot');
      steps.push({ kind: 'slot', max: SLOT_WORDS });
      continue;
    }
    const leading = part.startsWith('*');
    const trailing = part.endsWith('*') && part.length > 1;
    const words = tokenize(part.replace(/^\*|\*$/g, '')).map((t) => t.norm);
    if (words.length === 0) throw new PhraseError(source, `"${part}" has no letters`);
    words.forEach((value, i) => {
      const open = leading && i === 0;
      const close = trailing && i === words.length - 1;
      const kind = open && close ? 'contains' : open ? 'suffix' : close ? 'prefix' : 'exact';
      steps.push({ kind, value });
    });
  }
  if (!steps.some((st) => st.kind !== 'gap' && st.kind !== 'slot')) throw new PhraseError(source, 'no words');
  if (steps[0].kind === 'gap' || steps[steps.length - 1].kind === 'gap') {
    throw new PhraseError(source, 'a gap must stand between words');
  }
  return { source, steps };
}

function wordFits(step: WordStep, token: Token): boolean {
  const forms = token.alt ? [token.norm, token.alt] : [token.norm];
  return forms.some((w) => {
    switch (step.kind) {
      case 'exact':
        return w === step.value;
      case 'prefix':
        return w.startsWith(step.value);
      case 'suffix':
        return w.endsWith(step.value);
      case 'contains':
        return w.includes(step.value);
    }
  });
}

interface PartialMatch {
  end: number;
  slot?: { start: number; end: number };
}

/** The match of steps[s..] starting at token i (shortest gaps and slots first), or undefined. */
function matchFrom(steps: readonly Step[], s: number, tokens: readonly Token[], i: number): PartialMatch | undefined {
  if (s === steps.length) return { end: i };
  const step = steps[s];
  if (step.kind === 'gap' || step.kind === 'slot') {
    const min = step.kind === 'slot' ? 1 : 0;
    // A slot at the very end takes everything it can; elsewhere the words after it bound it.
    const lengths = [];
    for (let n = min; n <= step.max && i + n <= tokens.length; n++) lengths.push(n);
    if (step.kind === 'slot' && s === steps.length - 1) lengths.reverse();
    for (const n of lengths) {
      const rest = matchFrom(steps, s + 1, tokens, i + n);
      if (rest) return step.kind === 'slot' ? { ...rest, slot: { start: i, end: i + n } } : rest;
    }
    return undefined;
  }
  if (i >= tokens.length || !wordFits(step, tokens[i])) return undefined;
  return matchFrom(steps, s + 1, tokens, i + 1);
}

export interface PhraseMatch {
  phrase: Phrase;
  /** Token indexes [start, end). */
  start: number;
  end: number;
  /** Token indexes of the {name} slot, when the phrase has one. */
  slot?: { start: number; end: number };
}

/** The earliest match of `phrase` in `tokens`, or undefined. */
export function findPhrase(phrase: Phrase, tokens: readonly Token[], from = 0): PhraseMatch | undefined {
  for (let i = from; i < tokens.length; i++) {
    let m = matchFrom(phrase.steps, 0, tokens, i);
    if (!m) continue;
    let start = i;
    if (phrase.steps[0].kind === 'slot') {
      // A leading {name} is bounded only by the words after it: take the shortest one that
      // ends at the same place ("ਮੈਨੂੰ COSTI ਕੋਲ ਰੈਫਰ" → "COSTI", not "ਮੈਨੂੰ COSTI").
      for (let j = i + 1; j < m.end; j++) {
        const later = matchFrom(phrase.steps, 0, tokens, j);
        if (later && later.end === m.end) {
          m = later;
          start = j;
        }
      }
    }
    return { phrase, start, end: m.end, ...(m.slot ? { slot: m.slot } : {}) };
  }
  return undefined;
}

/** Token index just past `phrase` when it matches starting exactly at token `i`, else -1. */
export function matchAt(phrase: Phrase, tokens: readonly Token[], i: number): number {
  return matchFrom(phrase.steps, 0, tokens, i)?.end ?? -1;
}

/** The end of the longest of `phrases` matching exactly at token `i`, else -1. */
export function matchAnyAt(phrases: readonly Phrase[], tokens: readonly Token[], i: number): number {
  let best = -1;
  for (const phrase of phrases) best = Math.max(best, matchAt(phrase, tokens, i));
  return best;
}

/** The earliest match of any phrase (longest first when two start together). */
export function findAny(phrases: readonly Phrase[], tokens: readonly Token[]): PhraseMatch | undefined {
  let best: PhraseMatch | undefined;
  for (const phrase of phrases) {
    const m = findPhrase(phrase, tokens);
    if (m && (!best || m.start < best.start || (m.start === best.start && m.end > best.end))) best = m;
  }
  return best;
}

/** Every match of every phrase, for removing all greetings from a message. */
export function findAll(phrases: readonly Phrase[], tokens: readonly Token[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (const phrase of phrases) {
    let from = 0;
    for (let m = findPhrase(phrase, tokens, from); m; m = findPhrase(phrase, tokens, from)) {
      out.push(m);
      from = m.end > m.start ? m.end : m.start + 1;
    }
  }
  return out;
}
