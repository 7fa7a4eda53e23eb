/**
 * What a message asks for, by transparent rules over the per-language lexicons. Every language's
 * lexicon is tried on every message (the stated language first), because people switch
 * languages mid-sentence and a missed crisis in the "wrong" language is the costliest error.
 *
 * Order matters and is deliberate: crisis (lexicons, then the learned model) > ask_for_person >
 * referral_request > personal case > out_of_scope (off-task requests first) > greeting/thanks >
 * question (flagged when it names the asker's own file in passing). Crisis is never suppressed by negation ("I'm not going to kill
 * myself" still shows the help lines) — only its confidence drops.
 */
import { defaultCrisisModel, type CrisisModel } from './crisis-model.ts';
import { CRISIS_KINDS, defaultLexicons, type CrisisKind, type Lexicon } from './lexicons.ts';
import { findAll, findAny, matchAnyAt, type Phrase, type PhraseMatch } from './phrases.ts';
import { tokenize, type Token } from './tokens.ts';

export const INTENTS = [
  'crisis',
  'ask_for_person',
  'referral_request',
  'out_of_scope',
  'greeting',
  'thanks',
  'question',
] as const;
export type Intent = (typeof INTENTS)[number];

export interface IntentResult {
  intent: Intent;
  /** 0..1: how sure the rule is. Rules are hand-set, not calibrated probabilities. */
  confidence: number;
  /** For referral_request, the service or organization named; otherwise the phrase that matched. */
  matched?: string;
  /** True only for crisis: show the help lines now and alert an advisor. */
  urgent: boolean;
  crisisKind?: CrisisKind;
  /** ask_for_person because the message is a personal case (lexicon `personal_case`), not an explicit request. */
  personalCase?: true;
  /** A question that names the asker's own file or case in passing (lexicon `personal_context`). */
  personalContext?: true;
  /** A crisis found by the learned model (crisis-model.ts), not by a lexicon phrase. */
  learned?: true;
}

export interface ClassifyOptions {
  /** The message's language (detected or chosen); its lexicon is consulted first. */
  language?: string;
  /** Lexicons to use instead of the shipped ones (tests, agency additions). */
  lexicons?: readonly Lexicon[];
  /**
   * The learned crisis check for what the lexicons miss; default the shipped model (trained on
   * first use), null for the rules alone. Off by default when custom lexicons are given.
   */
  crisisModel?: CrisisModel | null;
}

/** Thrown for input that is not text. */
export class IntentInputError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'IntentInputError';
  }
}

const CONFIDENCE = {
  crisis: 0.95,
  crisisNegated: 0.6,
  crisisLearned: 0.7,
  askForPerson: 0.9,
  referralNamed: 0.85,
  referralUnnamed: 0.7,
  outOfScope: 0.75,
  smallTalk: 0.9,
  question: 0.5,
} as const;

/** How many words before a phrase a negation may stand ("I do not want to talk to a person"). */
const NEGATION_WINDOW = 3;
/** The longest service name taken after a referral phrase (Chinese counts characters). */
const NAME_TOKENS = 16;
// Sentence punctuation ends a named service: "refer me to COSTI. I need a job".
const SENTENCE_BREAK = /[.!?;,\n。！？，；、،؛؟]/u;

const WAVE = /\u{1F44B}/u; // 👋
const THANKS_EMOJI = /[\u{1F64F}\u{1F44D}\u2764\u2665\u{1F60A}\u{1F970}]/u; // 🙏 👍 ❤ ♥ 😊 🥰

function ordered(lexicons: readonly Lexicon[], language: string | undefined): Lexicon[] {
  const first = lexicons.filter((l) => l.language === language);
  return [...first, ...lexicons.filter((l) => l.language !== language)];
}

function spanText(text: string, tokens: readonly Token[], start: number, end: number): string {
  return text.slice(tokens[start].start, tokens[end - 1].end).trim();
}

function isNegated(tokens: readonly Token[], start: number, negations: readonly Phrase[]): boolean {
  const window = tokens.slice(Math.max(0, start - NEGATION_WINDOW), start);
  return findAny(negations, window) !== undefined;
}

function allOf(lexicons: readonly Lexicon[], pick: (l: Lexicon) => Phrase[]): Phrase[] {
  return lexicons.flatMap(pick);
}

/** True when punctuation ending a sentence stands between tokens i-1 and i. */
function breaksBefore(text: string, tokens: readonly Token[], i: number): boolean {
  return i > 0 && SENTENCE_BREAK.test(text.slice(tokens[i - 1].end, tokens[i].start));
}

/** The service named after (or inside) a referral phrase, cut exactly as typed. */
function namedService(text: string, tokens: readonly Token[], m: PhraseMatch, lexicons: readonly Lexicon[]): string | undefined {
  const stops = allOf(lexicons, (l) => l.referralStop);
  const articles = allOf(lexicons, (l) => l.articles);
  let start: number;
  let end: number;
  if (m.slot) {
    ({ start, end } = m.slot);
    for (let i = end - 1; i > start; i--) if (breaksBefore(text, tokens, i)) { start = i; break; }
  } else {
    start = m.end;
    end = start;
    while (end < tokens.length && end - start < NAME_TOKENS) {
      if (end > start && breaksBefore(text, tokens, end)) break;
      if (matchAnyAt(stops, tokens, end) >= 0) break;
      end++;
    }
  }
  // Drop leading "the", "à", "ਮੈਨੂੰ"…, but never the whole name.
  while (start < end - 1) {
    const next = matchAnyAt(articles, tokens, start);
    if (next < 0 || next >= end) break;
    start = next;
  }
  while (end > start && matchAnyAt(stops, tokens, end - 1) >= 0) end--;
  if (end <= start) return undefined;
  const name = spanText(text, tokens, start, end);
  return name.length > 0 ? name : undefined;
}

/**
 * The crisis kind is the one whose phrase covers most of the message ("menace de me tuer" is
 * violence even though "me tuer" alone is self-harm); ties go to the order of CRISIS_KINDS.
 */
function crisis(text: string, tokens: readonly Token[], lexicons: readonly Lexicon[]): IntentResult | undefined {
  let best: { kind: CrisisKind; m: PhraseMatch } | undefined;
  for (const kind of CRISIS_KINDS) {
    for (const lexicon of lexicons) {
      const m = findAny(lexicon.crisis[kind], tokens);
      if (m && (!best || m.end - m.start > best.m.end - best.m.start)) best = { kind, m };
    }
  }
  if (!best) return undefined;
  const negated = isNegated(tokens, best.m.start, allOf(lexicons, (l) => l.negations));
  return {
    intent: 'crisis',
    confidence: negated ? CONFIDENCE.crisisNegated : CONFIDENCE.crisis,
    matched: spanText(text, tokens, best.m.start, best.m.end),
    urgent: true,
    crisisKind: best.kind,
  };
}

/** A crisis the lexicons missed but the model sees: urgent, at a lower confidence, kind of its nearest known crisis. */
function learnedCrisis(text: string, model: CrisisModel | null): IntentResult | undefined {
  const found = model?.detect(text);
  if (!found) return undefined;
  return { intent: 'crisis', confidence: CONFIDENCE.crisisLearned, urgent: true, crisisKind: found.kind, learned: true };
}

function askForPerson(text: string, tokens: readonly Token[], lexicons: readonly Lexicon[]): IntentResult | undefined {
  // "Is there someone I could talk to, a counsellor that doesn't cost a lot?" looks for a service.
  if (findAny(allOf(lexicons, (l) => l.serviceSearch), tokens)) return undefined;
  const negations = allOf(lexicons, (l) => l.negations);
  for (const lexicon of lexicons) {
    const m = findAny(lexicon.askForPerson, tokens);
    if (m && !isNegated(tokens, m.start, negations)) {
      return { intent: 'ask_for_person', confidence: CONFIDENCE.askForPerson, matched: spanText(text, tokens, m.start, m.end), urgent: false };
    }
  }
  return undefined;
}

/**
 * A personal case ("my claim was refused, what now", "check the status of my file", "is Fatima in
 * today"): no article answers it and a wrong generic answer costs most here, so it goes to a person
 * as if one had been asked for, flagged `personalCase`.
 */
function personalCase(text: string, tokens: readonly Token[], lexicons: readonly Lexicon[]): IntentResult | undefined {
  const m = findAny(allOf(lexicons, (l) => l.personalCase), tokens);
  if (!m) return undefined;
  return { intent: 'ask_for_person', confidence: CONFIDENCE.askForPerson - 0.1, matched: spanText(text, tokens, m.start, m.end), urgent: false, personalCase: true };
}

function referral(text: string, tokens: readonly Token[], lexicons: readonly Lexicon[]): IntentResult | undefined {
  const negations = allOf(lexicons, (l) => l.negations);
  const questionWords = allOf(lexicons, (l) => l.questionWords);
  for (const lexicon of lexicons) {
    const m = findAny(lexicon.referralRequest, tokens);
    if (!m) continue;
    // "How do I get a referral to a specialist?" asks about referrals; it does not request one.
    if (findAny(questionWords, tokens.slice(0, m.start))) return undefined;
    if (isNegated(tokens, m.start, negations)) continue;
    const name = namedService(text, tokens, m, lexicons);
    return {
      intent: 'referral_request',
      confidence: name ? CONFIDENCE.referralNamed : CONFIDENCE.referralUnnamed,
      ...(name ? { matched: name } : {}),
      urgent: false,
    };
  }
  return undefined;
}

function outOfScope(text: string, tokens: readonly Token[], lexicons: readonly Lexicon[]): IntentResult | undefined {
  const task = findAny(allOf(lexicons, (l) => l.offTask), tokens);
  if (task) return { intent: 'out_of_scope', confidence: CONFIDENCE.outOfScope, matched: spanText(text, tokens, task.start, task.end), urgent: false };
  const m = findAny(allOf(lexicons, (l) => l.outOfScope), tokens);
  if (!m) return undefined;
  // "What clothes do I need for the weather in Winnipeg?" is a settlement question.
  if (findAny(allOf(lexicons, (l) => l.inScope), tokens)) return undefined;
  return { intent: 'out_of_scope', confidence: CONFIDENCE.outOfScope, matched: spanText(text, tokens, m.start, m.end), urgent: false };
}

/** Greeting or thanks only when the message is little else: "hi!" yes, "hi, where is the food bank?" no. */
function smallTalk(text: string, tokens: readonly Token[], lexicons: readonly Lexicon[]): IntentResult | undefined {
  const greetings = findAll(allOf(lexicons, (l) => l.greeting), tokens);
  const thanks = findAll(allOf(lexicons, (l) => l.thanks), tokens);
  if (greetings.length === 0 && thanks.length === 0) return undefined;
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const m of [...greetings, ...thanks]) for (let i = m.start; i < m.end; i++) covered[i] = true;
  const fillers = allOf(lexicons, (l) => l.fillers);
  let rest = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const end = matchAnyAt(fillers, tokens, i);
    if (end > i) {
      i = end - 1;
      continue;
    }
    rest++;
  }
  if (rest > 1) return undefined;
  const [first] = thanks.length > 0 ? thanks : greetings;
  return {
    intent: thanks.length > 0 ? 'thanks' : 'greeting',
    confidence: rest === 0 ? CONFIDENCE.smallTalk : CONFIDENCE.smallTalk - 0.15,
    matched: spanText(text, tokens, first.start, first.end),
    urgent: false,
  };
}

/** The intent of one chat message. */
export function classifyIntent(text: string, options: ClassifyOptions = {}): IntentResult {
  if (typeof text !== 'string') throw new IntentInputError('classifyIntent expects the message text as a string');
  const lexicons = ordered(options.lexicons ?? defaultLexicons(), options.language);
  const tokens = tokenize(text);
  if (tokens.length === 0) {
    if (WAVE.test(text)) return { intent: 'greeting', confidence: 0.7, urgent: false };
    if (THANKS_EMOJI.test(text)) return { intent: 'thanks', confidence: 0.7, urgent: false };
    return { intent: 'question', confidence: 0, urgent: false };
  }
  const model = options.crisisModel === undefined ? (options.lexicons ? null : defaultCrisisModel()) : options.crisisModel;
  return (
    crisis(text, tokens, lexicons) ??
    learnedCrisis(text, model) ??
    askForPerson(text, tokens, lexicons) ??
    referral(text, tokens, lexicons) ??
    personalCase(text, tokens, lexicons) ??
    outOfScope(text, tokens, lexicons) ??
    smallTalk(text, tokens, lexicons) ??
    question(text, tokens, lexicons)
  );
}

function question(text: string, tokens: readonly Token[], lexicons: readonly Lexicon[]): IntentResult {
  const m = findAny(allOf(lexicons, (l) => l.personalContext), tokens);
  if (!m) return { intent: 'question', confidence: CONFIDENCE.question, urgent: false };
  return { intent: 'question', confidence: CONFIDENCE.question, matched: spanText(text, tokens, m.start, m.end), urgent: false, personalContext: true };
}
