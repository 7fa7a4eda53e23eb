/**
 * Language normalization for HSDS `language` rows. Codes are checked against the runtime's
 * CLDR data (Intl.DisplayNames knows ISO 639-1 and most ISO 639-2/3 codes), and English names
 * or autonyms ("Spanish", "español") map to the same codes, so "Spanish", "spa" and "es" all
 * become "es".
 */

const displayEn = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Names that CLDR spells differently from how directories write them. */
const ALIASES: Record<string, string> = {
  creole: 'ht', // in North American 211 data "Creole" means Haitian Creole
  'haitian-creole': 'ht',
  kreyol: 'ht',
  'kreyòl': 'ht',
  farsi: 'fa',
  mandarin: 'zh',
  tagalog: 'fil',
  bengali: 'bn',
  panjabi: 'pa',
  pushto: 'ps',
  dari: 'prs',
  sorani: 'ckb',
  kurmanji: 'ku',
  asl: 'ase',
  'sign language': 'ase',
  'american sign language': 'ase',
  'langue des signes québécoise': 'fcs',
  lsq: 'fcs',
};

/** The code we store for a valid code: the canonical ISO 639-1 code when one exists ("spa" → "es"). */
function canonicalCode(code: string): string | undefined {
  const lower = code.toLowerCase();
  if (displayEn.of(lower) === undefined) return undefined;
  const canonical = Intl.getCanonicalLocales(lower)[0];
  // "prs" canonicalizes to the locale "fa-AF"; keep the more precise language code instead.
  return canonical.includes('-') ? lower : canonical;
}

function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

let twoLetterNames: Map<string, string> | undefined;
let threeLetterNames: Map<string, string> | undefined;

/** English names and autonyms of every two-letter code the runtime knows. */
function namesOfTwoLetterCodes(): Map<string, string> {
  if (twoLetterNames) return twoLetterNames;
  const names = new Map<string, string>();
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = a + b;
      const english = displayEn.of(code);
      if (english === undefined || Intl.getCanonicalLocales(code)[0] !== code) continue;
      names.set(nameKey(english), code);
      try {
        const autonym = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
        if (autonym && !names.has(nameKey(autonym))) names.set(nameKey(autonym), code);
      } catch {
        // no locale data for this language's own name: the English name is enough
      }
    }
  }
  twoLetterNames = names;
  return names;
}

/** English names of languages that only have a three-letter code ("Cantonese" → "yue"). Built on first need. */
function namesOfThreeLetterCodes(): Map<string, string> {
  if (threeLetterNames) return threeLetterNames;
  const names = new Map<string, string>();
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      for (const c of LETTERS) {
        const code = a + b + c;
        const english = displayEn.of(code);
        if (english === undefined || Intl.getCanonicalLocales(code)[0] !== code) continue;
        if (!names.has(nameKey(english))) names.set(nameKey(english), code);
      }
    }
  }
  threeLetterNames = names;
  return names;
}

/** One language given as a code or a name; undefined when it is neither. */
export function languageCode(value: string): string | undefined {
  const text = value.trim();
  const tag = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i.exec(text);
  if (tag) {
    const code = canonicalCode(tag[1]);
    if (code) return code;
  }
  // "Spanish (limited)", "Chinese (website)": the qualifier does not change the language.
  const key = nameKey(text.replace(/\([^)]*\)/g, ' ').replace(/[.]+$/, ''));
  if (key === '') return undefined;
  const alias = ALIASES[key];
  if (alias) return canonicalCode(alias) ?? alias;
  return namesOfTwoLetterCodes().get(key) ?? namesOfThreeLetterCodes().get(key);
}

/**
 * Every language in a free-text cell such as "English, Spanish" or "English and Creole".
 * Throws a reason naming the part that is not a language, because a row like
 * "other languages available upon request" must not be stored as a language.
 */
export function languageCodes(value: string): string[] {
  const parts = value
    .split(/\s*(?:,|;|\/|&|\\n|\n|\band\b|\bet\b|\by\b)\s*/i)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) throw new Error('no language given');
  const codes: string[] = [];
  for (const part of parts) {
    const code = languageCode(part);
    if (!code) throw new Error(`"${part}" is not a language name or ISO 639 code`);
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}
