/**
 * Query translation for cross-lingual lexical retrieval: a non-English question becomes English
 * words (glossary terms first, then MUSE word-by-word translations, English words and acronyms
 * kept as they are), which BM25 then matches against the English articles and the directory.
 * Most articles and every service exist only in English, so this is what lets a question in
 * Ukrainian or Chinese find them without a multilingual sentence encoder.
 */
import { analyze, baseLanguage } from '../../index/analyze/analyzer.ts';
import { defaultModelDir } from '../../../knowledge/text/embedder.ts';
import { foldForGlossary, loadGlossaries, type Glossary } from './glossary.ts';
import { loadMuseDictionary, MUSE_LANGUAGES, type MuseDictionary } from './muse.ts';

const LATIN = /\p{Script=Latin}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// Chinese runs split from Latin letters or digits written against them ("SIN号").
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const splitWords = (text: string): string[] => (text.match(WORD) ?? []).flatMap((w) => (CJK.test(w) ? (w.match(CJK_RUN) ?? []) : [w]));

export interface Translation {
  /** English text: glossary terms, then word translations in question order. */
  english: string;
  /** English index terms (analysed as English). */
  terms: string[];
  /** Content words of the question, and how many found an English rendering. */
  words: number;
  translated: number;
  sources: { glossary: number; dictionary: number; kept: number };
  /** False when the language has a MUSE dictionary normally but it was not found (glossary only). */
  dictionary: boolean;
}

export interface QueryTranslatorOptions {
  /** Where the MUSE dictionaries are read (default: the shared model directory). */
  modelDir?: string;
  /** false: glossaries only. */
  dictionaries?: boolean;
  glossaries?: Map<string, Glossary>;
}

export class QueryTranslator {
  private readonly glossaries: Map<string, Glossary>;

  constructor(private readonly options: QueryTranslatorOptions = {}) {
    this.glossaries = options.glossaries ?? loadGlossaries();
  }

  /** Languages this translator can do something for. */
  supports(language: string): boolean {
    const l = baseLanguage(language);
    return l !== 'en' && (this.glossaries.has(l) || this.dictionary(l) !== null);
  }

  private dictionary(language: string): MuseDictionary | null {
    if (this.options.dictionaries === false) return null;
    return loadMuseDictionary(language, this.options.modelDir ?? defaultModelDir());
  }

  /** English rendering of a question written in `language`; null for English or when nothing is known of the language. */
  translate(text: string, language: string): Translation | null {
    const lang = baseLanguage(language);
    if (!this.supports(lang)) return null;
    const glossary = this.glossaries.get(lang);
    const dict = this.dictionary(lang);
    const folded = foldForGlossary(text);
    const english: string[] = [];
    const sources = { glossary: 0, dictionary: 0, kept: 0 };

    // Glossary terms, then blank them out so their words are not translated again.
    let rest = folded;
    for (const m of glossary?.match(folded) ?? []) {
      english.push(m.english);
      sources.glossary++;
      rest = rest.slice(0, m.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end);
    }
    let words = sources.glossary;
    let translated = sources.glossary;
    for (const raw of splitWords(rest)) {
      if (CJK.test(raw)) continue; // Chinese without a glossary term: no word boundaries to look up.
      if (glossary?.isIgnored(raw)) continue;
      const isLatin = LATIN.test(raw);
      // Source-language stop words carry no topic ("des", "як", "في").
      if (analyze(raw, isLatin && !dictLatin(lang) ? 'en' : lang).length === 0) continue;
      words++;
      const candidates = dict?.lookup(raw) ?? [];
      if (candidates.length > 0) {
        english.push(candidates.join(' '));
        sources.dictionary++;
        translated++;
      } else if (isLatin || /^\p{N}+$/u.test(raw)) {
        // An English word, an acronym or a name inside the question ("OHIP", "landlord", "LINC").
        english.push(raw);
        sources.kept++;
        if (!dictLatin(lang)) translated++;
      }
    }
    const out = english.join(' ');
    return { english: out, terms: [...new Set(analyze(out, 'en'))], words, translated, sources, dictionary: dict !== null || !(MUSE_LANGUAGES as readonly string[]).includes(lang) };
  }
}

/** Languages written in Latin letters whose own words a MUSE dictionary covers. */
function dictLatin(lang: string): boolean {
  return lang === 'fr' || lang === 'es';
}

let shared: QueryTranslator | null = null;

/** One translator per process (dictionaries are read on first use of each language). */
export function defaultQueryTranslator(): QueryTranslator {
  return (shared ??= new QueryTranslator());
}
