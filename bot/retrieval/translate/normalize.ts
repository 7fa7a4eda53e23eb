/**
 * Keys for dictionary and glossary lookups: the same folding on the dictionary side and the query
 * side, so "Santé"/"sante", "ي"/"ی" and "ك"/"ک" (Arabic vs. Persian keyboards) meet.
 */
import { analyze } from '../../index/analyze/analyzer.ts';
import { normalizeArabic } from '../../index/analyze/arabic.ts';

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/** Accents off Latin letters only: Cyrillic й/ї and Gurmukhi or Arabic vowel signs carry meaning. */
export const foldAccents = (w: string): string => w.normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC');

/** Arabic-script spelling folded across Arabic and Persian keyboards; zero-width non-joiners dropped. */
export function foldArabicScript(w: string): string {
  return normalizeArabic(w).replace(/\u200c/g, '').replace(/\u06cc/g, 'ي').replace(/\u06a9/g, 'ك');
}

// Persian attaches plural, possessive and object endings; colloquial verbs take می/نمی in front.
const PERSIAN_SUFFIXES = ['هايي', 'هاي', 'ها', 'يي', 'مون', 'تون', 'شون', 'ام', 'ات', 'اش', 'ي', 'م', 'ت', 'ش'].map(foldArabicScript);
const PERSIAN_PREFIXES = ['نمي', 'مي'].map(foldArabicScript);

/** Light Persian stem (folded spelling): one prefix and one suffix at most, never below three letters. */
export function stemPersian(folded: string): string {
  let w = folded;
  for (const p of PERSIAN_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 3) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of PERSIAN_SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}

export interface DictionaryKeys {
  /** Lower-cased (Arabic script: folded spelling). */
  word: string;
  /** Accents folded too. */
  folded: string;
  /** The word's stem in its language, or null for a stop word. */
  stem: string | null;
}

export function dictionaryKeys(raw: string, language: string): DictionaryKeys {
  const lower = raw.normalize('NFKC').toLowerCase();
  if (ARABIC_SCRIPT.test(lower)) {
    const word = foldArabicScript(lower);
    if (language === 'fa') return { word, folded: word, stem: stemPersian(word) };
    const stem = analyze(word, 'ar')[0] ?? null;
    return { word, folded: word, stem: stem === null ? null : foldArabicScript(stem) };
  }
  const folded = foldAccents(lower);
  return { word: lower, folded, stem: analyze(folded, language)[0] ?? null };
}
