/**
 * t(lang, key, params): the bot's interface strings in the user's language, English when the
 * language is not one the bot speaks.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { MESSAGE_PARAMS, type Catalog, type MessageKey, type ParamsOf, type PlainKey, type ParamValue } from './keys.ts';
import { direction, intlLocale, uiLanguageOrDefault, DEFAULT_LANGUAGE, type UiLanguage } from './languages.ts';
import { en } from './messages/en.ts';
import { fr } from './messages/fr.ts';
import { ar } from './messages/ar.ts';
import { es } from './messages/es.ts';
import { zh } from './messages/zh.ts';
import { uk } from './messages/uk.ts';
import { fa } from './messages/fa.ts';
import { pa } from './messages/pa.ts';

export const CATALOGS: Readonly<Record<UiLanguage, Catalog>> = { en, fr, ar, es, zh, uk, fa, pa };

/** A wrong key, or parameters that do not fit the message. */
export class I18nError extends Error {
  constructor(
    message: string,
    readonly key: string,
    readonly language: string,
  ) {
    super(message);
    this.name = 'I18nError';
  }
}

// Unicode isolates keep an embedded left-to-right name ("COSTI Immigration Services") from
// reordering the punctuation around it inside Arabic or Persian text.
const FSI = '\u2068';
const PDI = '\u2069';

const compiled = new Map<string, IntlMessageFormat>();

function formatter(language: UiLanguage, key: MessageKey): IntlMessageFormat {
  const cacheKey = `${language}\u0000${key}`;
  let f = compiled.get(cacheKey);
  if (!f) {
    const source = CATALOGS[language][key] ?? CATALOGS[DEFAULT_LANGUAGE][key];
    f = new IntlMessageFormat(source, intlLocale(language));
    compiled.set(cacheKey, f);
  }
  return f;
}

export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(MESSAGE_PARAMS, key);
}

/** The interface string `key` in `language` (any BCP 47 tag; unknown languages get English). */
export function t<K extends PlainKey>(language: string | undefined, key: K): string;
export function t<K extends MessageKey>(language: string | undefined, key: K, params: ParamsOf<K>): string;
export function t(language: string | undefined, key: string, params?: Record<string, ParamValue>): string {
  const lang = uiLanguageOrDefault(language);
  if (!isMessageKey(key)) throw new I18nError(`Unknown message key "${key}"`, key, lang);
  const expected: readonly string[] = MESSAGE_PARAMS[key];
  const given = params ?? {};
  const missing = expected.filter((name) => given[name] === undefined || given[name] === null);
  if (missing.length > 0) {
    throw new I18nError(`Message "${key}" needs parameter(s): ${missing.join(', ')}`, key, lang);
  }
  const values: Record<string, ParamValue> = {};
  for (const name of expected) {
    const value = given[name];
    values[name] = typeof value === 'string' && direction(lang) === 'rtl' ? FSI + value + PDI : value;
  }
  const out = formatter(lang, key).format(values);
  if (typeof out !== 'string') throw new I18nError(`Message "${key}" did not format to text`, key, lang);
  return out;
}

/** The raw ICU strings of one language, e.g. for a client that formats them itself. */
export function catalog(language: string | undefined): Catalog {
  return CATALOGS[uiLanguageOrDefault(language)];
}

/** The name of language `code` written in `inLanguage` ("en" in "fr" → "anglais"). */
export function languageName(code: string, inLanguage: string | undefined): string {
  const lang = uiLanguageOrDefault(inLanguage);
  try {
    return new Intl.DisplayNames([intlLocale(lang)], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code; // not a well-formed language code
  }
}

/**
 * "This information is only available in English and French:" in `language`, naming the
 * languages the source exists in.
 */
export function sourceLanguageNotice(language: string | undefined, sourceLanguages: readonly string[]): string {
  const lang = uiLanguageOrDefault(language);
  if (sourceLanguages.length === 0) throw new I18nError('sourceLanguageNotice needs at least one language', 'sourceLanguageNotice', lang);
  const names = sourceLanguages.map((code) => languageName(code, lang));
  const languages = new Intl.ListFormat(intlLocale(lang), { type: 'conjunction' }).format(names);
  return t(lang, 'sourceLanguageNotice', { languages });
}

/** The calendar date (y-m-d) of `date` in `timeZone`, as a day number for comparing days. */
function dayNumber(date: Date, timeZone: string | undefined): number {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  return Math.round(Date.parse(`${parts}T00:00:00Z`) / 86_400_000);
}

/**
 * When advisors are back, in words: "today at 1:00 PM", "tomorrow at 9:00 AM",
 * "on Monday, May 12 at 9:00 AM" — for officeHoursClosed's `when`.
 */
export function formatReturnTime(
  language: string | undefined,
  at: Date,
  options: { now?: Date; timeZone?: string } = {},
): string {
  const lang = uiLanguageOrDefault(language);
  if (Number.isNaN(at.getTime())) throw new I18nError('formatReturnTime got an invalid date', 'when.dayAt', lang);
  const now = options.now ?? new Date();
  const { timeZone } = options;
  const locale = intlLocale(lang);
  // Gregorian everywhere: appointments in Canada are made by it, whatever a locale's default calendar.
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone, calendar: 'gregory' }).format(at);
  const days = dayNumber(at, timeZone) - dayNumber(now, timeZone);
  if (days === 0) return t(lang, 'when.todayAt', { time });
  if (days === 1) return t(lang, 'when.tomorrowAt', { time });
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone, calendar: 'gregory' }).format(at);
  return t(lang, 'when.dayAt', { day, time });
}
