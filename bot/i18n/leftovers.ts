/**
 * Finds words in a translation that are not in the target language: Latin-script words in an
 * Arabic, Persian, Chinese, Ukrainian or Punjabi string, letters of a wrong script (Devanagari
 * typed into Gurmukhi), or common English words in a French or Spanish string. Used by the
 * tests to catch strings left untranslated; proper nouns are passed in as allowed.
 */
import type { UiLanguage } from './languages.ts';

const SCRIPT: Record<UiLanguage, RegExp> = {
  en: /\p{Script=Latin}/u,
  fr: /\p{Script=Latin}/u,
  es: /\p{Script=Latin}/u,
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  zh: /\p{Script=Han}/u,
  uk: /\p{Script=Cyrillic}/u,
  pa: /\p{Script=Gurmukhi}/u,
};

// Words that are English and not French or Spanish.
const ENGLISH_ONLY = new Set(
  (
    'the you your our we they please with and is are for this that here there now sorry thanks thank ' +
    'open closed call hours phone address website email who can use help would like talk person ' +
    'leave back line wait about today tomorrow found only available ' +
    'advisor something went wrong try again welcome anything else what know settling near'
  ).split(' '),
);

const LETTER = /[\p{L}\p{M}]/u;
const URL = /https?:\/\/\S+/g;

/** Words of `text` that do not belong in `language` (after removing `allowed` phrases and links). */
export function foreignWords(text: string, language: UiLanguage, allowed: readonly string[] = []): string[] {
  let rest = text.replace(URL, ' ');
  for (const phrase of [...allowed].sort((a, b) => b.length - a.length)) rest = rest.split(phrase).join(' ');
  const words = rest.split(/[^\p{L}\p{M}'’]+/u).filter((w) => w.length > 0);
  const script = SCRIPT[language];
  const latinLanguage = language === 'en' || language === 'fr' || language === 'es';
  const out: string[] = [];
  for (const word of words) {
    const letters = [...word].filter((ch) => LETTER.test(ch) && !/\p{M}/u.test(ch));
    if (letters.some((ch) => !script.test(ch))) out.push(word);
    else if (latinLanguage && language !== 'en' && ENGLISH_ONLY.has(word.toLowerCase())) out.push(word);
  }
  return out;
}
