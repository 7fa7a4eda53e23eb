/**
 * Language-aware analysis for BM25: text → index terms. Each token is handled by its script:
 * Latin/Cyrillic words by the language's Porter stemmer from `natural` (then accents folded, so
 * "sante" and "santé" meet), Arabic-script words by the light stemmer in arabic.ts, and CJK runs as
 * character unigrams + bigrams (no word segmenter is installed; bigrams recover most of a word's
 * precision). A Latin word inside an Arabic or Chinese text is usually a name ("OHIP") and goes
 * through the English stemmer, so mixed-script queries still match.
 */
import porterEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
import porterFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import porterEs from 'natural/lib/natural/stemmers/porter_stemmer_es.js';
import porterPt from 'natural/lib/natural/stemmers/porter_stemmer_pt.js';
import porterIt from 'natural/lib/natural/stemmers/porter_stemmer_it.js';
import porterDe from 'natural/lib/natural/stemmers/porter_stemmer_de.js';
import porterNl from 'natural/lib/natural/stemmers/porter_stemmer_nl.js';
import porterRu from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';
import porterUk from 'natural/lib/natural/stemmers/porter_stemmer_uk.js';
import { RegexpTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';
import { words as stopEn } from 'natural/lib/natural/util/stopwords.js';
import { words as stopFr } from 'natural/lib/natural/util/stopwords_fr.js';
import { words as stopEs } from 'natural/lib/natural/util/stopwords_es.js';
import { words as stopPt } from 'natural/lib/natural/util/stopwords_pt.js';
import { words as stopIt } from 'natural/lib/natural/util/stopwords_it.js';
import { words as stopNl } from 'natural/lib/natural/util/stopwords_nl.js';
import { words as stopRu } from 'natural/lib/natural/util/stopwords_ru.js';
import { words as stopUk } from 'natural/lib/natural/util/stopwords_uk.js';
import { ARABIC_STOPWORDS, normalizeArabic, stemArabic } from './arabic.ts';

interface WordStemmer {
  stem(token: string): string;
}

const STEMMERS: Record<string, WordStemmer> = {
  en: porterEn,
  fr: porterFr,
  es: porterEs,
  pt: porterPt,
  it: porterIt,
  de: porterDe,
  nl: porterNl,
  ru: porterRu,
  uk: porterUk,
};

/** Languages whose words get a real stemmer here; others are only lower-cased and folded. */
export const STEMMED_LANGUAGES = Object.keys(STEMMERS);

const fold = (w: string): string => w.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');

function stopSet(list: readonly string[]): ReadonlySet<string> {
  const s = new Set<string>();
  for (const w of list) {
    s.add(w.toLowerCase());
    s.add(fold(w.toLowerCase()));
  }
  return s;
}

const STOPWORDS: Record<string, ReadonlySet<string>> = {
  // natural's English list also holds single letters and digits; single letters are dropped anyway.
  en: stopSet(stopEn),
  fr: stopSet(stopFr),
  es: stopSet(stopEs),
  pt: stopSet(stopPt),
  it: stopSet(stopIt),
  nl: stopSet(stopNl),
  ru: stopSet(stopRu),
  uk: stopSet(stopUk),
};

// Gaps between words: anything that is neither a letter, a mark (Arabic diacritics, Devanagari vowels) nor a digit.
const tokenizer = new RegexpTokenizer({ pattern: /[^\p{L}\p{M}\p{N}]+/u });

const NON_ARABIC_LANGUAGES_IN_ARABIC_SCRIPT = new Set(['fa', 'prs', 'ur', 'ps', 'ku']);
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/** Base language of a tag: "fr-CA" → "fr". */
export function baseLanguage(language: string | undefined | null): string {
  return (language ?? 'en').toLowerCase().split(/[-_]/)[0] || 'en';
}

// Stemming dominates indexing time; words repeat a lot, so remember them (bounded).
const STEM_CACHE_LIMIT = 200_000;
const stemCache = new Map<string, string>();

function stemWord(word: string, language: string): string {
  const key = `${language}\u0000${word}`;
  const cached = stemCache.get(key);
  if (cached !== undefined) return cached;
  const stemmer = STEMMERS[language];
  const stemmed = fold(stemmer ? stemmer.stem(word) : word);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(key, stemmed);
  return stemmed;
}

function pushCjk(run: string, out: string[]): void {
  const chars = Array.from(run);
  for (let i = 0; i < chars.length; i++) {
    out.push(chars[i]);
    if (i + 1 < chars.length) out.push(chars[i] + chars[i + 1]);
  }
}

function pushWord(raw: string, language: string, out: string[]): void {
  const word = raw.toLowerCase();
  if (ARABIC_SCRIPT.test(word)) {
    const n = normalizeArabic(word);
    if (n.length < 2 || ARABIC_STOPWORDS.has(n)) return;
    // Persian, Urdu, Pashto and Kurdish share the script but not Arabic's article and suffixes.
    out.push(NON_ARABIC_LANGUAGES_IN_ARABIC_SCRIPT.has(language) ? n : stemArabic(n));
    return;
  }
  // A Latin word in an Arabic, Chinese or unknown-language text is most often an English name or term.
  const wordLanguage = STEMMERS[language] ? language : 'en';
  const stops = STOPWORDS[wordLanguage];
  if (word.length < 2 && !/^\p{N}$/u.test(word)) return;
  if (stops && (stops.has(word) || stops.has(fold(word)))) return;
  const stemmed = stemWord(word, wordLanguage);
  if (stemmed.length > 0) out.push(stemmed);
}

/** Index terms of a text written in `language` (ISO 639-1; unknown languages fall back gracefully). */
export function analyze(text: string, language: string): string[] {
  const lang = baseLanguage(language);
  const out: string[] = [];
  for (const token of tokenizer.tokenize(text.normalize('NFKC'))) {
    if (CJK.test(token)) {
      for (const part of token.match(CJK_RUN) ?? []) {
        if (CJK.test(part)) pushCjk(part, out);
        else pushWord(part, lang, out);
      }
    } else {
      pushWord(token, lang, out);
    }
  }
  return out;
}

/**
 * Query terms: the question analysed as each of `languages` (the detected or declared one) and as
 * English too, because newcomers often mix English words into their own language. Duplicates are
 * dropped so a word that stems the same way in two languages counts once.
 */
export function analyzeQuery(text: string, languages: readonly string[]): string[] {
  return [...new Set(queryReadings(text, languages).flat())];
}

/** The question analysed as each of `languages` and as English, one term list per reading. */
export function queryReadings(text: string, languages: readonly string[]): string[][] {
  const langs = new Set(languages.map(baseLanguage));
  langs.add('en');
  return [...langs].map((l) => analyze(text, l));
}
