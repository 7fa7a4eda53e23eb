import { describe, expect, it } from 'vitest';
import { BOT_STRING_KEYS, directionOf, languageFromTag, LANGUAGES, OWN_STRINGS, translate } from './strings.ts';

describe('widget strings', () => {
  it('has every string in all eight languages, with the same placeholders as English', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const lang of LANGUAGES) {
      const table = OWN_STRINGS[lang] as Record<string, string>;
      expect(Object.keys(table).sort()).toEqual(Object.keys(OWN_STRINGS.en).sort());
      for (const [key, en] of Object.entries(OWN_STRINGS.en)) {
        expect(table[key].trim().length, `${lang}.${key}`).toBeGreaterThan(0);
        expect(placeholders(table[key]), `${lang}.${key}`).toEqual(placeholders(en));
        if (lang !== 'en' && en.length > 12) expect(table[key], `${lang}.${key} is untranslated`).not.toBe(en);
      }
      for (const key of BOT_STRING_KEYS) expect(translate(lang, key)).not.toBe(key);
    }
  });

  it('fills placeholders, maps browser tags, and lays Arabic and Farsi out right to left', () => {
    expect(translate('fr', 'queue', { n: 3 })).toBe('Vous êtes le numéro 3 dans la file.');
    expect(translate('ar', 'card.call')).toBe('اتصال');
    expect(languageFromTag('fr-CA')).toBe('fr');
    expect(languageFromTag('prs')).toBe('fa');
    expect(languageFromTag('de-DE')).toBeUndefined();
    expect(LANGUAGES.filter((l) => directionOf(l) === 'rtl')).toEqual(['ar', 'fa']);
  });
});
