/**
 * Arabic normalisation and a light stemmer. `natural` has no usable Arabic stemmer, so this follows
 * Larkey, Ballesteros & Connell's "light10" (SIGIR 2002): normalise spelling variants, strip the
 * conjunction و and the definite article with its attached prepositions, then a few common suffixes.
 * Light stemming beats root extraction for retrieval because roots conflate too many meanings.
 */

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;

/** Folds the spelling variants writers mix freely: hamza-carrying alefs, alef maqsura, ta marbuta. */
export function normalizeArabic(word: string): string {
  return word
    .replace(DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

// Longest first, so "وال" is tried before "ال".
const ARTICLE_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/** Light stem of one already-normalised Arabic word. Short words are left alone: they are mostly particles. */
export function stemArabic(normalized: string): string {
  let w = normalized;
  if (w.length >= 4 && w.startsWith('و')) w = w.slice(1);
  for (const p of ARTICLE_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of SUFFIXES) {
    if (w.length - s.length >= 2 && w.endsWith(s)) w = w.slice(0, -s.length);
  }
  return w;
}

/** Function words that carry no topic, in normalised spelling. */
export const ARABIC_STOPWORDS: ReadonlySet<string> = new Set(
  [
    'في', 'من', 'على', 'الى', 'إلى', 'عن', 'ان', 'أن', 'إن', 'ما', 'لا', 'لم', 'لن', 'هل', 'قد', 'هذا', 'هذه', 'ذلك', 'تلك',
    'الذي', 'التي', 'الذين', 'و', 'او', 'أو', 'ثم', 'كيف', 'اين', 'أين', 'متى', 'ماذا', 'لماذا', 'كان', 'كانت', 'يكون', 'تكون',
    'مع', 'عند', 'لدى', 'كل', 'بعض', 'هو', 'هي', 'هم', 'انا', 'أنا', 'نحن', 'انت', 'أنت', 'انتم', 'أنتم', 'لك', 'لكم', 'له', 'لها',
    'به', 'بها', 'فيه', 'فيها', 'منه', 'منها', 'عليه', 'عليها', 'اذا', 'إذا', 'حتى', 'بين', 'بعد', 'قبل', 'اي', 'أي', 'غير',
    'يمكن', 'يمكنك', 'هناك', 'هنا', 'ايضا', 'أيضا', 'لكن', 'او', 'بل', 'الا', 'إلا', 'كما', 'لان', 'لأن', 'ب', 'ل', 'ك', 'ف',
  ].map(normalizeArabic),
);
