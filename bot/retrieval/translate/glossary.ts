/**
 * Hand-written settlement glossaries (glossary/<lang>.json): the words newcomers use for the things
 * the articles cover (health card, SIN, rent, English class, …) with their English terms. They are
 * written for this project (no third-party data), cover the languages MUSE lacks (Chinese, Punjabi
 * in Gurmukhi and in Latin letters) and the local names a general dictionary gets wrong
 * ("RAMO" → OHIP, "牛奶金" → child benefit, "proprio" → landlord).
 *
 * Entry syntax: words in a row, `*` at either end of a word for "any letters" (`propri*`, `*ضريب*`).
 * Chinese entries match anywhere in the text. `ignore` lists words of the language that carry no
 * topic (romanized Punjabi "hai", "ki"), so they are not passed on as English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldAccents, foldArabicScript } from './normalize.ts';

const GLOSSARY_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'glossary');
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

export class GlossaryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GlossaryError';
  }
}

interface GlossaryFile {
  language: string;
  terms: Record<string, string>;
  ignore?: string[];
}

/** Text folded the way glossary entries are: lower case, no accents, one Arabic-script spelling. */
export function foldForGlossary(text: string): string {
  const lower = text.normalize('NFKC').toLowerCase();
  return ARABIC_SCRIPT.test(lower) ? foldArabicScript(lower) : foldAccents(lower);
}

const LETTER = '[\\p{L}\\p{M}\\p{N}]';

function entryPattern(entry: string): RegExp {
  const folded = foldForGlossary(entry.trim());
  if (CJK.test(folded)) return new RegExp(folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu');
  const words = folded.split(/\s+/).map((w) => {
    const core = w.replace(/^\*|\*$/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return `${w.startsWith('*') ? `${LETTER}*` : ''}${core}${w.endsWith('*') ? `${LETTER}*` : ''}`;
  });
  return new RegExp(`(?<!${LETTER})${words.join('\\s+')}(?!${LETTER})`, 'gu');
}

export interface GlossaryMatch {
  /** English words for the matched term. */
  english: string;
  start: number;
  end: number;
}

export class Glossary {
  private constructor(
    readonly language: string,
    private readonly entries: { pattern: RegExp; english: string; length: number }[],
    private readonly ignored: ReadonlySet<string>,
  ) {}

  get size(): number {
    return this.entries.length;
  }

  static fromFile(file: GlossaryFile, source = 'glossary'): Glossary {
    if (typeof file?.language !== 'string' || typeof file.terms !== 'object' || file.terms === null) {
      throw new GlossaryError(`${source}: needs "language" (string) and "terms" (object)`);
    }
    const entries = Object.entries(file.terms).map(([term, english]) => {
      if (typeof english !== 'string' || english.trim() === '' || term.trim() === '') throw new GlossaryError(`${source}: term "${term}" needs non-empty English words`);
      return { pattern: entryPattern(term), english, length: term.length };
    });
    // Longest terms first, so "carte santé" wins over "santé".
    entries.sort((a, b) => b.length - a.length);
    return new Glossary(file.language, entries, new Set((file.ignore ?? []).map(foldForGlossary)));
  }

  /** Non-overlapping matches in folded text (as from foldForGlossary), longest terms first. */
  match(folded: string): GlossaryMatch[] {
    const taken: boolean[] = new Array(folded.length).fill(false);
    const out: GlossaryMatch[] = [];
    for (const e of this.entries) {
      for (const m of folded.matchAll(e.pattern)) {
        const start = m.index!;
        const end = start + m[0].length;
        if (taken.slice(start, end).some(Boolean)) continue;
        for (let i = start; i < end; i++) taken[i] = true;
        out.push({ english: e.english, start, end });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }

  isIgnored(foldedWord: string): boolean {
    return this.ignored.has(foldedWord);
  }
}

let loaded: Map<string, Glossary> | null = null;

/** The glossaries shipped with the bot, by language (read once). */
export function loadGlossaries(dir = GLOSSARY_DIR): Map<string, Glossary> {
  if (dir === GLOSSARY_DIR && loaded) return loaded;
  const out = new Map<string, Glossary>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = path.join(dir, name);
    let parsed: GlossaryFile;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8')) as GlossaryFile;
    } catch (e) {
      throw new GlossaryError(`${name}: ${(e as Error).message}`);
    }
    const g = Glossary.fromFile(parsed, name);
    if (`${g.language}.json` !== name) throw new GlossaryError(`${name}: "language" is "${g.language}"`);
    out.set(g.language, g);
  }
  if (dir === GLOSSARY_DIR) loaded = out;
  return out;
}
