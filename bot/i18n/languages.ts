/**
 * The languages the bot speaks (interface strings, crisis text) and how a requested
 * language tag maps onto them. Content is written in fewer languages (see knowledge/).
 */

export const UI_LANGUAGES = ['en', 'fr', 'ar', 'es', 'zh', 'uk', 'fa', 'pa'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export type TextDirection = 'rtl' | 'ltr';

/** The language used when nothing better is known. */
export const DEFAULT_LANGUAGE: UiLanguage = 'en';

// Languages written right to left in their usual script (Sorani Kurdish `ckb` and `ku` in Arabic script
// included, since the detector reports Arabic-script Kurdish as `ku`).
const RTL = new Set(['ar', 'fa', 'prs', 'ur', 'ps', 'he', 'yi', 'ckb', 'ku', 'dv', 'sd', 'ug']);

export function isUiLanguage(code: unknown): code is UiLanguage {
  return typeof code === 'string' && (UI_LANGUAGES as readonly string[]).includes(code);
}

/** 'rtl' for Arabic, Persian and other right-to-left languages; script subtags win ('pa-Arab' is rtl). */
export function direction(language: string): TextDirection {
  const parts = language.toLowerCase().split(/[-_]/);
  const script = parts.find((p, i) => i > 0 && p.length === 4);
  if (script) return script === 'arab' || script === 'hebr' || script === 'thaa' ? 'rtl' : 'ltr';
  return RTL.has(parts[0]) ? 'rtl' : 'ltr';
}

/**
 * The interface language for a BCP 47 tag or language code ('fr-CA' → 'fr', 'zh-Hans-CN' → 'zh',
 * 'prs' / 'fa-AF' → 'fa'), or undefined when the bot does not speak it. Punjabi in Shahmukhi
 * ('pa-Arab', 'pnb') is not Gurmukhi, so it is not mapped to 'pa'.
 */
export function toUiLanguage(tag: string | undefined | null): UiLanguage | undefined {
  if (!tag) return undefined;
  const parts = tag.trim().toLowerCase().split(/[-_]/);
  const base = parts[0];
  if (base === 'pa' && parts.includes('arab')) return undefined;
  if (base === 'prs') return 'fa'; // Dari readers read standard Persian script
  if (base === 'cmn' || base === 'yue') return 'zh';
  return isUiLanguage(base) ? base : undefined;
}

// Canadian conventions where they differ (en-CA "9:00 a.m.", fr-CA "9 h 00"); Simplified Chinese.
const INTL_LOCALES: Record<UiLanguage, string> = {
  en: 'en-CA',
  fr: 'fr-CA',
  ar: 'ar',
  es: 'es',
  zh: 'zh-Hans',
  uk: 'uk',
  fa: 'fa',
  pa: 'pa-Guru',
};

/** The locale to give Intl formatters for an interface language. */
export function intlLocale(language: UiLanguage): string {
  return INTL_LOCALES[language];
}

/** Like toUiLanguage, falling back to English. */
export function uiLanguageOrDefault(tag: string | undefined | null): UiLanguage {
  return toUiLanguage(tag) ?? DEFAULT_LANGUAGE;
}
