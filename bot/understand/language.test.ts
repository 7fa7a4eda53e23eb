import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createLanguageDetector,
  LanguageInputError,
  loadLanguageDetector,
  scriptOfLanguage,
  type LanguageDetector,
  type LanguageScorer,
} from './language.ts';

const load = (name: string) => JSON.parse(readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8'));
const devSet = load('short-messages.json') as {
  messages: Record<string, string[]>;
  codeSwitched: Array<{ text: string; language: string }>;
  tiny: Array<{ text: string; language: string | null }>;
};
const heldOut = load('held-out-messages.json') as { messages: Record<string, string[]> };

/** Share of messages detected as their labelled language, per language and overall. */
function accuracy(detector: LanguageDetector, messages: Record<string, string[]>, hintFor: (lang: string) => string | undefined) {
  const perLanguage: Record<string, number> = {};
  let right = 0;
  let total = 0;
  for (const [lang, texts] of Object.entries(messages)) {
    const ok = texts.filter((text) => detector.detect(text, { hint: hintFor(lang) }).language === lang).length;
    perLanguage[lang] = ok / texts.length;
    right += ok;
    total += texts.length;
  }
  return { perLanguage, overall: right / total };
}

describe('production detector (ELD large) on short newcomer messages', () => {
  let detector: LanguageDetector;
  beforeAll(async () => {
    detector = await loadLanguageDetector();
  });

  it('has at least 20 messages for each of the eight languages', () => {
    expect(Object.keys(devSet.messages).sort()).toEqual(['ar', 'en', 'es', 'fa', 'fr', 'pa', 'uk', 'zh']);
    for (const texts of Object.values(devSet.messages)) expect(texts.length).toBeGreaterThanOrEqual(20);
  });

  for (const [name, set] of [
    ['the tuning set', devSet],
    ['the held-out set', heldOut],
  ] as const) {
    it(`is accurate on ${name} with no hint`, () => {
      const { perLanguage, overall } = accuracy(detector, set.messages, () => undefined);
      expect(overall).toBeGreaterThanOrEqual(0.97);
      for (const [lang, share] of Object.entries(perLanguage)) expect(share, lang).toBeGreaterThanOrEqual(0.9);
    });

    it(`overrides a wrong widget language on ${name} when the text is clear`, () => {
      // English widget for everyone (French for the English messages): the text must win.
      const { overall } = accuracy(detector, set.messages, (lang) => (lang === 'en' ? 'fr' : 'en'));
      expect(overall).toBeGreaterThanOrEqual(0.95);
    });
  }

  it('follows the writer’s language through English borrowings', () => {
    const right = devSet.codeSwitched.filter((m) => detector.detect(m.text).language === m.language).length;
    expect(right / devSet.codeSwitched.length).toBeGreaterThanOrEqual(0.85);
  });

  it('knows one-word thanks in every language, and defers to the hint when a word says nothing', () => {
    for (const { text, language } of devSet.tiny) {
      const r = detector.detect(text, { hint: 'es' });
      expect(r.language, text).toBe(language ?? 'es');
    }
    expect(detector.detect('ok').source).toBe('default');
    expect(detector.detect('OHIP', { hint: 'fa' })).toMatchObject({ language: 'fa', source: 'hint' });
  });

  it('prefers the previous turn over the widget language when the text cannot decide', () => {
    expect(detector.detect('ok', { hint: 'en', previous: 'fr' }).language).toBe('fr');
  });

  it('never lets a hint in another script override the script', () => {
    expect(detector.detect('谢谢', { hint: 'fr' }).language).toBe('zh');
    expect(detector.detect('ok', { hint: 'zh' }).language).toBe('en');
  });

  it('reads Latin letters in an Arabic, Persian or Punjabi conversation as that language romanized', () => {
    for (const [language, text] of [
      ['fa', 'chetori mitunam hesab banki baz konam'],
      ['fa', 'salam, kart salamat chejoori begiram'],
      ['ar', 'kif a3mel 7sab bank'],
      ['ar', 'wein fi doctor 3arabi b ottawa'],
    ]) {
      expect(detector.detect(text, { previous: language }), text).toMatchObject({ language, source: 'romanized' });
      // Without the conversation's language the model still guesses some European language.
      expect(detector.detect(text).language, text).not.toBe(language);
    }
  });

  it('keeps English, French or Spanish the model is sure of, whatever the conversation', () => {
    expect(detector.detect('how do I open a bank account', { previous: 'fa' }).language).toBe('en');
    expect(detector.detect('where is the food bank in windsor', { previous: 'ar' }).language).toBe('en');
    expect(detector.detect('comment avoir la carte sante', { previous: 'ar' }).language).toBe('fr');
    expect(detector.detect('how do I open a bank account', { previous: 'uk' }).language).toBe('en');
  });
});

describe('letters that settle a script', () => {
  // A scorer that knows nothing, so only script and letters can decide.
  const silent: LanguageScorer = () => ({});
  const detector = createLanguageDetector(silent);

  it('tells Persian from Arabic', () => {
    expect(detector.detect('چطور ثبت نام کنم')).toMatchObject({ language: 'fa', source: 'letters' });
    expect(detector.detect('كيف اسجل في المدرسة')).toMatchObject({ language: 'ar', source: 'letters' });
  });

  it('recognizes Urdu and Pashto by their own letters', () => {
    expect(detector.detect('مجھے مدد چاہیے').language).toBe('ur');
    expect(detector.detect('زه مرسته غواړم').language).toBe('ps');
  });

  it('tells Ukrainian from Russian', () => {
    expect(detector.detect('де отримати їжу')).toMatchObject({ language: 'uk', source: 'letters' });
    expect(detector.detect('Вы можете помочь')).toMatchObject({ language: 'ru', source: 'letters' });
  });

  it('maps single-language scripts straight to their language', () => {
    expect(detector.detect('ਮਦਦ ਚਾਹੀਦੀ')).toMatchObject({ language: 'pa', source: 'script' });
    expect(detector.detect('需要帮助')).toMatchObject({ language: 'zh', source: 'script' });
    expect(detector.detect('도움이 필요해요').language).toBe('ko');
  });
});

describe('how the model is used', () => {
  it('only considers languages written in the script found', () => {
    const confused: LanguageScorer = () => ({ ru: 0.9, fr: 0.5 });
    expect(createLanguageDetector(confused).detect('bonjour je cherche un logement').language).toBe('fr');
  });

  it("gives near-ties to the bot's own languages", () => {
    const close: LanguageScorer = () => ({ it: 0.7727, fr: 0.7663 });
    expect(createLanguageDetector(close).detect('quelque chose de long').language).toBe('fr');
  });

  it('falls back to the hint when the model cannot separate the candidates', () => {
    const tie: LanguageScorer = () => ({ en: 0.5, es: 0.5, fr: 0.5 });
    const d = createLanguageDetector(tie);
    expect(d.detect('una frase cualquiera', { hint: 'es' })).toMatchObject({ language: 'es', source: 'hint' });
    // With no hint, a weak guess on a long enough text is returned as such, flagged by its confidence.
    const guess = d.detect('una frase cualquiera');
    expect(guess.source).toBe('model');
    expect(guess.confidence).toBeLessThan(0.5);
  });

  it('uses the default language when there is nothing to go on', () => {
    const d = createLanguageDetector(() => ({}), { defaultLanguage: 'fr' });
    expect(d.detect('👍 123')).toMatchObject({ language: 'fr', source: 'default', script: 'None', confidence: 0 });
  });

  it('rejects input that is not text', () => {
    expect(() => createLanguageDetector(() => ({})).detect(undefined as unknown as string)).toThrow(LanguageInputError);
  });

  it('knows the usual script of languages', () => {
    expect(scriptOfLanguage('fa-IR')).toBe('Arabic');
    expect(scriptOfLanguage('pa')).toBe('Gurmukhi');
    expect(scriptOfLanguage('uk')).toBe('Cyrillic');
    expect(scriptOfLanguage('xx')).toBeUndefined();
  });
});
