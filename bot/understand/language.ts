/**
 * Which language a chat message is written in, tuned for what newcomers actually type: two to
 * eight words, typos, missing accents, English acronyms (SIN, OHIP, IRCC) inside other languages.
 *
 * Signals, cheapest and most reliable first:
 *  1. script — Gurmukhi is Punjabi, Han is Chinese; Arabic or Cyrillic script narrows the field;
 *  2. letters — Persian پ چ ژ گ ک ی vs Arabic ة ي ك ى; Ukrainian і ї є ґ vs Russian ы э ъ ё;
 *  3. whole-message greetings and thanks from the intent lexicons ("merci", "gracias", "дякую");
 *  4. the ELD n-gram model (npm `eld`, chosen over franc, tinyld, cld3-asm and lande for its
 *     accuracy on short text — see bot/understand/README.md), limited to the script's languages;
 *  5. the hint — the previous turn's language, then the widget's — when the text is too short or
 *     too ambiguous to say. The bot's own languages win near-ties.
 */
import { UI_LANGUAGES, DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import { defaultLexicons, type Lexicon } from './lexicons.ts';
import { matchAnyAt, findAll } from './phrases.ts';
import { countScripts, dominantScript, type DetectedScript, type Script } from './script.ts';
import { tokenize } from './tokens.ts';

export interface LanguageHints {
  /** The language the widget is set to. */
  hint?: string;
  /** The language detected for this person's previous message. */
  previous?: string;
}

/** Which signal decided. */
export type LanguageSource = 'script' | 'letters' | 'phrase' | 'model' | 'hint' | 'romanized' | 'default';

export interface DetectedLanguage {
  /** ISO 639-1 code where one exists ('en', 'fr', 'ar', 'fa', 'zh', 'uk', 'pa', …). */
  language: string;
  /** 0..1. Below about 0.5 the text alone did not settle it. */
  confidence: number;
  script: DetectedScript;
  source: LanguageSource;
}

/** Language → score (higher is better), as the n-gram model reports it. */
export type LanguageScorer = (text: string) => Record<string, number>;

export interface LanguageDetector {
  detect(text: string, hints?: LanguageHints): DetectedLanguage;
}

/** Thrown for input that is not text. */
export class LanguageInputError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'LanguageInputError';
  }
}

// Scripts used by one language only (for our purposes).
const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  Han: 'zh', Kana: 'ja', Hangul: 'ko', Gurmukhi: 'pa', Greek: 'el', Hebrew: 'he', Thai: 'th',
  Armenian: 'hy', Georgian: 'ka', Ethiopic: 'am', Bengali: 'bn', Gujarati: 'gu', Tamil: 'ta',
  Telugu: 'te', Kannada: 'kn', Malayalam: 'ml', Oriya: 'or', Sinhala: 'si', Khmer: 'km', Lao: 'lo',
  Myanmar: 'my', Tibetan: 'bo',
};

// Languages the model knows, by script (ELD's 60 languages, less the single-script ones above).
const MODEL_CANDIDATES: Partial<Record<Script, readonly string[]>> = {
  Latin: ['en', 'fr', 'es', 'pt', 'it', 'de', 'nl', 'tl', 'vi', 'tr', 'pl', 'ro', 'ca', 'cs', 'da', 'et',
    'eu', 'fi', 'hr', 'hu', 'is', 'lt', 'lv', 'ms', 'no', 'sk', 'sl', 'sq', 'sv', 'az', 'yo'],
  Arabic: ['ar', 'fa', 'ur', 'ku'],
  Cyrillic: ['uk', 'ru', 'be', 'bg', 'sr'],
  Devanagari: ['hi', 'mr'],
};

/**
 * Languages people often type in Latin letters (Arabizi, Finglish, romanized Punjabi). In a
 * conversation held in one of them, Latin text the model cannot place among the bot's own Latin
 * languages is that language romanized: the n-gram model, trained on native script, calls
 * "chetori mitunam hesab banki baz konam" Romanian or Estonian.
 */
const OFTEN_ROMANIZED = new Set(['ar', 'fa', 'pa']);

const EXTRA_SCRIPTS: Record<string, Script> = {
  ps: 'Arabic', ckb: 'Arabic', prs: 'Arabic', sd: 'Arabic', ug: 'Arabic', mk: 'Cyrillic', kk: 'Cyrillic',
  ky: 'Cyrillic', mn: 'Cyrillic', tg: 'Cyrillic', ne: 'Devanagari', so: 'Latin', sw: 'Latin', ht: 'Latin',
  id: 'Latin', ha: 'Latin', ig: 'Latin', om: 'Latin', ti: 'Ethiopic', yue: 'Han',
};

/** The script a language is usually written in, if known. */
export function scriptOfLanguage(language: string): Script | undefined {
  const code = language.toLowerCase().split(/[-_]/)[0];
  for (const [script, lang] of Object.entries(SCRIPT_LANGUAGE)) if (lang === code) return script as Script;
  for (const [script, langs] of Object.entries(MODEL_CANDIDATES)) if (langs.includes(code)) return script as Script;
  return EXTRA_SCRIPTS[code];
}

function count(text: string, letters: string): number {
  let n = 0;
  for (const ch of text) if (letters.includes(ch)) n++;
  return n;
}

/** Language from letters only some Arabic-script languages use, or undefined. */
function arabicScriptByLetters(text: string): { language: string; confidence: number } | undefined {
  if (count(text, 'ټډړښږځڅڼۍې') > 0) return { language: 'ps', confidence: 0.9 };
  if (count(text, 'ٹڈڑںےۓہ') > 0) return { language: 'ur', confidence: 0.9 };
  if (count(text, 'ەێۆڵڕڤ') > 0) return { language: 'ku', confidence: 0.85 };
  // پ چ ژ گ never occur in Arabic words; ک ی are Persian code points a Persian keyboard types.
  const persian = 3 * count(text, 'پچژگ') + count(text, 'کی');
  const arabic = count(text, 'ةيكى');
  if (persian > 0 && arabic === 0) return { language: 'fa', confidence: persian >= 2 ? 0.92 : 0.85 };
  if (arabic > 0 && persian === 0) return { language: 'ar', confidence: arabic >= 2 ? 0.92 : 0.85 };
  if (persian >= 2 * arabic && persian > 0) return { language: 'fa', confidence: 0.75 };
  if (arabic >= 2 * persian && arabic > 0) return { language: 'ar', confidence: 0.75 };
  return undefined;
}

/** Language from letters only some Cyrillic-script languages use, or undefined. */
function cyrillicByLetters(text: string): { language: string; confidence: number } | undefined {
  const lower = text.toLowerCase();
  if (count(lower, 'ў') > 0) return { language: 'be', confidence: 0.9 };
  if (count(lower, 'ђћџљњј') > 0) return { language: 'sr', confidence: 0.85 };
  if (count(lower, 'ѓќѕ') > 0) return { language: 'mk', confidence: 0.85 };
  const ukrainian = 2 * count(lower, 'їєґ') + count(lower, 'і');
  const russian = 2 * count(lower, 'ыэё') + count(lower, 'ъ');
  if (ukrainian > 0 && russian === 0) return { language: 'uk', confidence: ukrainian >= 2 ? 0.93 : 0.85 };
  if (russian > 0 && ukrainian === 0 && count(lower, 'ыэё') > 0) return { language: 'ru', confidence: 0.9 };
  if (ukrainian >= 2 * russian && ukrainian > 0) return { language: 'uk', confidence: 0.75 };
  if (russian >= 2 * ukrainian && count(lower, 'ыэё') > 0) return { language: 'ru', confidence: 0.75 };
  return undefined;
}

// Acronyms (SIN, OHIP, IRCC, PR), links and addresses say nothing about the language around them.
const NOISE = /https?:\/\/\S+|www\.\S+|\S+@\S+|\b[A-Z][A-Z0-9]+\b|\p{N}+/gu;

/** Bonus on the model score for the bot's own languages and for the hinted one. */
const PREFERRED_BONUS = 0.02;
const HINT_BONUS = 0.05;
/** Relative margin between the top two (after bonuses) that counts as certain. */
const SURE_MARGIN = 0.12;
/** Below this, the text alone is not trusted over a hint. */
export const MIN_CONFIDENCE = 0.5;
/** Texts shorter than this many letters count as too short to judge. */
const SHORT_LETTERS = 12;

/** Languages whose greetings or thanks (with fillers) make up the whole message. */
function wholeMessagePhrases(text: string, lexicons: readonly Lexicon[]): string[] {
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens.length > 4) return [];
  const out: string[] = [];
  for (const lexicon of lexicons) {
    const covered = new Array<boolean>(tokens.length).fill(false);
    const matches = findAll([...lexicon.greeting, ...lexicon.thanks], tokens);
    if (matches.length === 0) continue;
    for (const m of matches) for (let i = m.start; i < m.end; i++) covered[i] = true;
    let all = true;
    for (let i = 0; i < tokens.length && all; i++) {
      if (covered[i]) continue;
      const end = matchAnyAt(lexicon.fillers, tokens, i);
      if (end > i) for (let j = i; j < end; j++) covered[j] = true;
      else all = false;
    }
    if (all) out.push(lexicon.language);
  }
  return out;
}

interface Pick {
  language: string;
  confidence: number;
}

function pickFromModel(
  scores: Record<string, number>,
  candidates: readonly string[],
  preferred: ReadonlySet<string>,
  hinted: ReadonlySet<string>,
  letters: number,
): Pick | undefined {
  const ranked = candidates
    .filter((c) => (scores[c] ?? 0) > 0)
    .map((c) => {
      const bonus = (preferred.has(c) ? PREFERRED_BONUS : 0) + (hinted.has(c) ? HINT_BONUS : 0);
      return { language: c, score: scores[c] * (1 + bonus) };
    })
    .sort((a, b) => b.score - a.score);
  if (ranked.length === 0) return undefined;
  // Bonuses choose between near-equals; confidence reflects only what the text itself says.
  const top = ranked[0];
  const raw = scores[top.language];
  const rival = Math.max(0, ...ranked.slice(1).map((r) => scores[r.language]));
  const margin = (raw - rival) / raw;
  const sureness = Math.max(0, Math.min(1, margin / SURE_MARGIN));
  const length = Math.min(1, Math.sqrt(letters / SHORT_LETTERS));
  return { language: top.language, confidence: round((0.3 + 0.65 * sureness) * length) };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * A detector around an n-gram scorer (the ELD model in production; anything with the same shape
 * in tests). `preferred` are the languages the bot speaks, which win near-ties.
 */
export function createLanguageDetector(
  scorer: LanguageScorer,
  options: { lexicons?: readonly Lexicon[]; preferred?: readonly string[]; defaultLanguage?: string } = {},
): LanguageDetector {
  const lexicons = options.lexicons ?? defaultLexicons();
  const preferred = new Set(options.preferred ?? UI_LANGUAGES);
  const defaultLanguage = options.defaultLanguage ?? DEFAULT_LANGUAGE;

  function detect(text: string, hints: LanguageHints = {}): DetectedLanguage {
    if (typeof text !== 'string') throw new LanguageInputError('detectLanguage expects the message text as a string');
    const hintList = [hints.previous, hints.hint].filter((h): h is string => typeof h === 'string' && h.length > 0)
      .map((h) => h.toLowerCase().split(/[-_]/)[0]);
    const hinted = new Set(hintList);
    const cleaned = text.replace(NOISE, ' ');
    const script = dominantScript(cleaned);
    const letters = script === 'None' ? 0 : (countScripts(cleaned).get(script) ?? 0);

    // When the text cannot decide: a hint that fits the script, else the model's weak guess if
    // there was enough text to make one, else the default language.
    const undecided = (guess?: Pick): DetectedLanguage => {
      const fitting = hintList.find((h) => script === 'None' || scriptOfLanguage(h) === script);
      if (fitting) return { language: fitting, confidence: 0.5, script, source: 'hint' };
      if (guess && (letters >= SHORT_LETTERS / 2 || scriptOfLanguage(defaultLanguage) !== script)) {
        return { ...guess, script, source: 'model' };
      }
      return { language: defaultLanguage, confidence: 0, script, source: 'default' };
    };

    if (script === 'None') return undecided();

    const single = SCRIPT_LANGUAGE[script];
    if (single) return { language: single, confidence: letters >= 2 ? 0.97 : 0.8, script, source: 'script' };

    const phrase = wholeMessagePhrases(cleaned, lexicons).filter((l) => scriptOfLanguage(l) === script);
    if (phrase.length === 1 || (phrase.length > 1 && phrase.some((l) => hinted.has(l)))) {
      const language = phrase.find((l) => hinted.has(l)) ?? phrase[0];
      return { language, confidence: 0.85, script, source: 'phrase' };
    }

    const byLetters = script === 'Arabic' ? arabicScriptByLetters(cleaned) : script === 'Cyrillic' ? cyrillicByLetters(cleaned) : undefined;
    if (byLetters) return { ...byLetters, script, source: 'letters' };

    const candidates = phrase.length > 1 ? phrase : (MODEL_CANDIDATES[script] ?? []);
    const guess = candidates.length > 0 ? pickFromModel(scorer(cleaned), candidates, preferred, hinted, letters) : undefined;
    const romanized = script === 'Latin' ? hintList.find((h) => OFTEN_ROMANIZED.has(h)) : undefined;
    if (romanized) {
      const ownLatin = guess && guess.confidence >= MIN_CONFIDENCE && preferred.has(guess.language) && scriptOfLanguage(guess.language) === 'Latin';
      if (!ownLatin) return { language: romanized, confidence: 0.6, script, source: 'romanized' };
    }
    if (guess && guess.confidence >= MIN_CONFIDENCE) return { ...guess, script, source: 'model' };
    // Too short or too close to call: trust the conversation over a wild guess.
    return undecided(guess);
  }

  return { detect };
}

/** ELD database size: 'large' is the most accurate on short text; 'medium' halves the memory. */
export type ModelSize = 'large' | 'medium';

async function loadEld(size: ModelSize) {
  // Literal specifiers, so bundlers and the package's exports map both see them.
  return size === 'medium' ? (await import('eld/medium')).eld : (await import('eld/large')).eld;
}

const shared = new Map<ModelSize, Promise<LanguageDetector>>();

/**
 * The production detector on ELD's n-gram model, loaded once per size on first use. 'large'
 * (default) takes about 1 s and 140 MB of heap to load, 'medium' about 0.5 s and 65 MB; either
 * then answers in about 25 µs a message.
 */
export function loadLanguageDetector(options: { size?: ModelSize } = {}): Promise<LanguageDetector> {
  const size = options.size ?? 'large';
  let detector = shared.get(size);
  if (!detector) {
    detector = loadEld(size).then((eld) => createLanguageDetector((text) => eld.detect(text).getScores()));
    detector.catch(() => shared.delete(size)); // let a later call try again
    shared.set(size, detector);
  }
  return detector;
}

/** Detects the language of `text` with the shared production detector. */
export async function detectLanguage(text: string, hints: LanguageHints = {}): Promise<DetectedLanguage> {
  return (await loadLanguageDetector()).detect(text, hints);
}
