/**
 * Word-by-word dictionaries X → English from the MUSE ground-truth bilingual dictionaries
 * (Conneau et al. 2017, facebookresearch/MUSE). They are CC BY-NC 4.0, so they are never copied
 * into the repository: they are read at run time from the shared model directory
 * (`<model dir>/facebookresearch/muse-dictionaries/<lang>-en.txt`) and the bot works without them.
 *
 * Lookups try the word as written, then accent-folded, then by stem, because newcomers drop
 * accents ("sante") and inflect ("лікаря", "الضرائب") where the dictionary lists one form.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultModelDir } from '../../../knowledge/text/embedder.ts';
import { dictionaryKeys } from './normalize.ts';

export const MUSE_SUBDIR = path.join('facebookresearch', 'muse-dictionaries');
/** Languages with a MUSE X→English dictionary that the bot serves. */
export const MUSE_LANGUAGES = ['fr', 'es', 'ar', 'fa', 'uk'] as const;

/** Translations kept per surface form and per stem (MUSE lists the most common senses first). */
const PER_WORD = 3;
const PER_STEM = 4;

export class MuseDictionary {
  private constructor(
    readonly language: string,
    private readonly byWord: Map<string, string[]>,
    private readonly byStem: Map<string, string[]>,
  ) {}

  get size(): number {
    return this.byWord.size;
  }

  /** Parses "source<space or tab>english" lines; identical pairs (names, numbers) are kept, they help too. */
  static parse(language: string, text: string): MuseDictionary {
    const byWord = new Map<string, string[]>();
    const byStem = new Map<string, string[]>();
    const add = (map: Map<string, string[]>, key: string, en: string, max: number) => {
      let list = map.get(key);
      if (!list) map.set(key, (list = []));
      if (list.length < max && !list.includes(en)) list.push(en);
    };
    for (const line of text.split('\n')) {
      const m = /^(\S+)[ \t]+(\S+)\s*$/u.exec(line);
      if (!m) continue;
      const en = m[2].toLowerCase();
      const { word, folded, stem } = dictionaryKeys(m[1], language);
      add(byWord, word, en, PER_WORD);
      if (folded !== word) add(byWord, folded, en, PER_WORD);
      if (stem) add(byStem, stem, en, PER_STEM);
    }
    return new MuseDictionary(language, byWord, byStem);
  }

  /** English candidates for one word, most common sense first; [] when unknown. */
  lookup(rawWord: string): string[] {
    const { word, folded, stem } = dictionaryKeys(rawWord, this.language);
    return this.byWord.get(word) ?? this.byWord.get(folded) ?? (stem ? this.byStem.get(stem) : undefined) ?? [];
  }
}

export function museFile(language: string, modelDir = defaultModelDir()): string {
  return path.join(modelDir, MUSE_SUBDIR, `${language}-en.txt`);
}

const cache = new Map<string, MuseDictionary | null>();

/**
 * The dictionary for `language`, read once per process and model directory; null when the file is
 * absent (the bot then translates with its glossary only). WAYFINDER_MUSE=off turns them off.
 */
export function loadMuseDictionary(language: string, modelDir = defaultModelDir()): MuseDictionary | null {
  if (process.env.WAYFINDER_MUSE === 'off') return null;
  const file = museFile(language, modelDir);
  if (cache.has(file)) return cache.get(file)!;
  const dict = existsSync(file) ? MuseDictionary.parse(language, readFileSync(file, 'utf8')) : null;
  cache.set(file, dict);
  return dict;
}
