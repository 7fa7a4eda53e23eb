import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import {
  CATALOGS,
  I18nError,
  MESSAGE_KEYS,
  MESSAGE_PARAMS,
  UI_LANGUAGES,
  catalog,
  direction,
  formatReturnTime,
  languageName,
  sourceLanguageNotice,
  t,
  toUiLanguage,
  type MessageKey,
} from './index.ts';
import { foreignWords } from './leftovers.ts';

// The parts of intl-messageformat's AST this test reads (0 literal, 6 plural, 7 '#', 8 tag).
interface Node {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Node[] }>;
}

/** Argument names used by a message, its plural blocks with their categories, and its literal text. */
function inspect(source: string, lang: string) {
  const args = new Set<string>();
  const plurals: Array<{ name: string; categories: string[] }> = [];
  const literals: string[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.type === 0) literals.push(String(node.value));
      else if (node.type !== 7 && node.type !== 8 && typeof node.value === 'string') {
        args.add(node.value);
        if (node.type === 6 && node.options) plurals.push({ name: node.value, categories: Object.keys(node.options) });
        for (const option of Object.values(node.options ?? {})) walk(option.value);
      }
    }
  };
  walk(new IntlMessageFormat(source, lang).getAst() as unknown as Node[]);
  return { args: [...args].sort(), plurals, literals: literals.join(' ') };
}

// Words the same in French (or any language) as in English; proper nouns.
const SAME_AS_ENGLISH: Partial<Record<string, readonly MessageKey[]>> = { fr: ['sourcesLabel'] };

const SAMPLE_PARAMS: Record<string, string | number> = {
  languages: 'English',
  when: 'tomorrow',
  n: 3,
  minutes: 5,
  service: 'COSTI',
  time: '9:00',
  day: 'Monday',
};

describe('catalogs', () => {
  it('define every key in every language', () => {
    for (const lang of UI_LANGUAGES) {
      expect(Object.keys(CATALOGS[lang]).sort(), lang).toEqual([...MESSAGE_KEYS].sort());
      for (const key of MESSAGE_KEYS) expect(CATALOGS[lang][key].trim().length, `${lang}.${key}`).toBeGreaterThan(0);
    }
  });

  it('use exactly the declared parameters in every language', () => {
    for (const lang of UI_LANGUAGES) {
      for (const key of MESSAGE_KEYS) {
        const { args } = inspect(CATALOGS[lang][key], lang);
        expect(args, `${lang}.${key}`).toEqual([...MESSAGE_PARAMS[key]].sort());
      }
    }
  });

  it("give every plural the language's own categories and 'other'", () => {
    for (const lang of UI_LANGUAGES) {
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const key of MESSAGE_KEYS) {
        for (const plural of inspect(CATALOGS[lang][key], lang).plurals) {
          expect(plural.categories, `${lang}.${key} {${plural.name}}`).toContain('other');
          for (const category of needed) {
            // A missing category falls back to 'other', which is wrong for Ukrainian "5 хвилин" vs "2 хвилини".
            expect(plural.categories, `${lang}.${key} {${plural.name}} lacks '${category}'`).toContain(category);
          }
        }
      }
    }
  });

  it('leave nothing in English in another language', () => {
    for (const lang of UI_LANGUAGES.filter((l) => l !== 'en')) {
      for (const key of MESSAGE_KEYS) {
        const source = CATALOGS[lang][key];
        if (!SAME_AS_ENGLISH[lang]?.includes(key)) expect(source, `${lang}.${key} equals English`).not.toBe(CATALOGS.en[key]);
        const { literals } = inspect(source, lang);
        expect(foreignWords(literals, lang), `${lang}.${key}`).toEqual([]);
      }
    }
  });

  it('format in every language with sample parameters', () => {
    for (const lang of UI_LANGUAGES) {
      for (const key of MESSAGE_KEYS) {
        const params = Object.fromEntries(MESSAGE_PARAMS[key].map((p) => [p, SAMPLE_PARAMS[p]]));
        const out = (t as (l: string, k: MessageKey, p: object) => string)(lang, key, params);
        expect(out.length, `${lang}.${key}`).toBeGreaterThan(0);
        expect(out, `${lang}.${key} left a placeholder`).not.toMatch(/[{}]/);
      }
    }
  });
});

describe('t', () => {
  it('picks the language and falls back to English for languages the bot does not speak', () => {
    expect(t('fr', 'card.phone')).toBe('Téléphone');
    expect(t('fr-CA', 'card.phone')).toBe('Téléphone');
    expect(t('zh-Hans-CN', 'card.address')).toBe('地址');
    expect(t('de', 'card.phone')).toBe('Phone');
    expect(t(undefined, 'card.phone')).toBe('Phone');
  });

  it('follows each language’s plural rules', () => {
    expect(t('en', 'queuePosition', { n: 2, minutes: 1 })).toBe('You are number 2 in line. The wait is about 1 minute.');
    expect(t('en', 'queuePosition', { n: 2, minutes: 7 })).toContain('about 7 minutes');
    expect(t('uk', 'queuePosition', { n: 1, minutes: 2 })).toContain('2 хвилини');
    expect(t('uk', 'queuePosition', { n: 1, minutes: 5 })).toContain('5 хвилин');
    expect(t('uk', 'queuePosition', { n: 1, minutes: 21 })).toContain('21 хвилина');
    expect(t('ar', 'queuePosition', { n: 1, minutes: 2 })).toContain('دقيقتين');
    expect(t('ar', 'queuePosition', { n: 1, minutes: 3 })).toContain('دقائق');
    expect(t('fa', 'queuePosition', { n: 4, minutes: 10 })).toContain('۱۰'); // Persian digits
  });

  it('isolates left-to-right names inside right-to-left text', () => {
    const out = t('ar', 'referralReceived', { service: 'COSTI Immigration Services' });
    expect(out).toContain('\u2068COSTI Immigration Services\u2069');
    expect(t('en', 'referralReceived', { service: 'COSTI' })).toContain(' COSTI ');
  });

  it('rejects unknown keys and missing parameters with a typed error', () => {
    expect(() => (t as (l: string, k: string) => string)('en', 'noSuchKey')).toThrow(I18nError);
    expect(() => (t as (l: string, k: string, p: object) => string)('en', 'queuePosition', { n: 1 })).toThrow(/minutes/);
  });
});

describe('direction', () => {
  it('is rtl for Arabic and Persian only among the bot’s languages', () => {
    const rtl = UI_LANGUAGES.filter((l) => direction(l) === 'rtl');
    expect(rtl.sort()).toEqual(['ar', 'fa']);
    expect(direction('ur')).toBe('rtl');
    expect(direction('pa-Arab')).toBe('rtl');
    expect(direction('pa-Guru')).toBe('ltr');
  });

  it('maps language tags onto the bot’s languages', () => {
    expect(toUiLanguage('fa-AF')).toBe('fa');
    expect(toUiLanguage('prs')).toBe('fa');
    expect(toUiLanguage('pa-Arab-PK')).toBeUndefined();
    expect(toUiLanguage('ru')).toBeUndefined();
    expect(catalog('xx')).toBe(CATALOGS.en);
  });
});

describe('helpers', () => {
  it('names the source languages in the reader’s language', () => {
    expect(sourceLanguageNotice('en', ['en', 'fr'])).toBe('This information is only available in English and French:');
    expect(sourceLanguageNotice('es', ['en'])).toBe('Esta información solo está disponible en inglés:');
    expect(sourceLanguageNotice('zh', ['fr'])).toContain('法语');
    expect(languageName('fr', 'uk')).toBe('французька');
    expect(() => sourceLanguageNotice('en', [])).toThrow(I18nError);
  });

  it('says when advisors are back as today, tomorrow or a weekday', () => {
    const now = new Date('2025-05-09T14:00:00Z'); // Friday 10:00 in Toronto
    const opts = { now, timeZone: 'America/Toronto' };
    expect(formatReturnTime('en', new Date('2025-05-09T17:00:00Z'), opts)).toMatch(/^today at 1:00/);
    expect(formatReturnTime('en', new Date('2025-05-10T13:00:00Z'), opts)).toMatch(/^tomorrow at 9:00/);
    expect(formatReturnTime('en', new Date('2025-05-12T13:00:00Z'), opts)).toMatch(/^on Monday, May 12 at 9:00/);
    expect(formatReturnTime('fr', new Date('2025-05-12T13:00:00Z'), opts)).toBe('lundi 12 mai à 9 h 00');
    // Persian uses the Gregorian calendar here, as Canadian appointments do.
    expect(formatReturnTime('fa', new Date('2025-05-12T13:00:00Z'), opts)).toContain('مه');
    expect(() => formatReturnTime('en', new Date('nope'))).toThrow(I18nError);
  });
});

describe('foreignWords (the leftover check itself)', () => {
  it('catches English in other scripts, wrong scripts, and English words in French', () => {
    expect(foreignWords('مرحبا Hello', 'ar')).toEqual(['Hello']);
    expect(foreignWords('ਤੁਸੀਂ ਕਰ ਸकਦੇ ਹੋ', 'pa')).toEqual(['ਸकਦੇ']); // a Devanagari letter typed into Gurmukhi
    expect(foreignWords('Merci, please call', 'fr')).toEqual(['please', 'call']);
    expect(foreignWords('Appelez Kids Help Phone — https://kidshelpphone.ca', 'fr', ['Kids Help Phone'])).toEqual([]);
  });
});
