/**
 * Tokens for phrase matching: words with their offsets in the original message (so a matched
 * span such as a service name can be cut out exactly as the person typed it), normalized so
 * that the spellings people actually type meet the lexicon: no accents on Latin letters, no
 * Arabic vowel marks, Arabic and Persian letter variants merged, optional Gurmukhi marks dropped.
 * Chinese and Japanese characters are one token each, since those languages use no spaces.
 */

export interface Token {
  /** Normalized form, compared with the lexicon. */
  norm: string;
  /** For an elided word ("l'école", "d'aide"), the part after the apostrophe ("ecole", "aide"). */
  alt?: string;
  /** Offsets in the original text: text.slice(start, end) is what the person typed. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}'’ʼ`\u200c\u200d]+/gu;
const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LATIN = /\p{Script=Latin}/u;
const MARK = /\p{M}/u;
const APOSTROPHES = ["'", '’', 'ʼ', '`'];

const CHAR_MAP: Record<string, string> = {
  // Arabic-script letter variants that people type interchangeably (and Persian vs Arabic keyboards).
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ێ': 'ي',
  'ک': 'ك', 'ڪ': 'ك',
  'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ہ': 'ه', 'ھ': 'ه',
  // Ukrainian ґ is often typed as г, Russian ё as е.
  'ґ': 'г', 'ё': 'е',
  // Gurmukhi: bindi and tippi both mark nasalization.
  '\u0A02': '\u0A70',
};
// Marks that are optional in everyday typing: Arabic harakat and tatweel, Gurmukhi nukta and
// addak, Devanagari nukta; apostrophes and zero-width joiners.
const DROP = /[\u064B-\u065F\u0670\u0640\u0A3C\u0A71\u093C'’ʼ`\u200c\u200d]/gu;

/** The matching form of one word. */
export function normalizeWord(word: string): string {
  const lower = word.normalize('NFKC').toLowerCase();
  let out = '';
  let previousIsLatin = false;
  for (const ch of lower.normalize('NFD')) {
    if (MARK.test(ch)) {
      // Accents go only on Latin letters; Gurmukhi and Devanagari vowel signs are letters' vowels.
      if (previousIsLatin) continue;
    } else {
      previousIsLatin = LATIN.test(ch);
    }
    out += ch;
  }
  let mapped = '';
  for (const ch of out.normalize('NFC')) mapped += CHAR_MAP[ch] ?? ch;
  return mapped.replace(DROP, '');
}

// Arabic and Persian write "and" (و) joined to the next word: "وبدي موت" is "and I want to die".
const JOINED_AND = /^\u0648[\u0621-\u064A\u066E-\u06D3]{3,}$/u;

/** The word without a joined "and" (و), or '' when it has none. */
function withoutConjunction(norm: string): string {
  return JOINED_AND.test(norm) ? norm.slice(1) : '';
}

/** Words of `text` with their original offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const base = match.index ?? 0;
    let runStart = -1;
    const flush = (end: number) => {
      if (runStart < 0) return;
      const raw = text.slice(runStart, end);
      const norm = normalizeWord(raw);
      const apostrophe = Math.max(...APOSTROPHES.map((a) => raw.lastIndexOf(a)));
      const alt = apostrophe > 0 ? normalizeWord(raw.slice(apostrophe + 1)) : withoutConjunction(norm);
      if (norm) tokens.push(alt && alt !== norm ? { norm, alt, start: runStart, end } : { norm, start: runStart, end });
      runStart = -1;
    };
    let offset = 0;
    for (const ch of word) {
      const at = base + offset;
      if (IDEOGRAPH.test(ch)) {
        flush(at);
        tokens.push({ norm: normalizeWord(ch), start: at, end: at + ch.length });
      } else if (runStart < 0) {
        runStart = at;
      }
      offset += ch.length;
    }
    flush(base + word.length);
  }
  return tokens;
}
