import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../i18n/languages.ts';
import { foreignWords } from '../i18n/leftovers.ts';
import { CRISIS_LINES, CRISIS_TEXTS, CrisisKindError, LINES_FOR, crisisResponse } from './crisis.ts';
import { CRISIS_KINDS, type CrisisKind } from './lexicons.ts';

// Names of services and the keywords they ask people to text stay as the services publish them.
const PROPER_NOUNS = ['Kids Help Phone', "Assaulted Women's Helpline", 'Health811', 'CONNECT', 'SMS'];

describe('crisisResponse', () => {
  it('tells everyone in danger to call 911, first, in every language and kind', () => {
    for (const lang of UI_LANGUAGES) {
      for (const kind of CRISIS_KINDS) {
        const r = crisisResponse(kind, lang);
        expect(r.urgent).toBe(true);
        expect(r.text.split('\n')[0], `${lang}/${kind}`).toContain('911');
        expect(r.lines[0]).toMatchObject({ id: 'emergency', phone: '911' });
      }
    }
  });

  it('lists the lines for the kind of crisis with their numbers and official sites', () => {
    const expected: Record<CrisisKind, string[]> = {
      self_harm: ['988', '1-800-668-6868', '686868', 'https://988.ca', 'https://kidshelpphone.ca'],
      violence: ['1-866-863-0511', 'https://www.awhl.org', '1-800-668-6868'],
      medical: ['811', 'https://ontario.ca/health811'],
      danger: ['1-866-863-0511'],
    };
    for (const kind of CRISIS_KINDS) {
      const r = crisisResponse(kind, 'en');
      for (const fragment of expected[kind]) expect(r.text, kind).toContain(fragment);
      expect(r.lines.map((l) => l.id)).toEqual(LINES_FOR[kind]);
      for (const line of r.lines) expect(line.phone).toBe(CRISIS_LINES[line.id].phone);
    }
  });

  it('says an advisor has been alerted, in the reader’s language', () => {
    expect(crisisResponse('medical', 'en').text).toContain('An advisor has been alerted');
    expect(crisisResponse('medical', 'fr').advisorAlerted).toContain('avertie');
    for (const lang of UI_LANGUAGES) {
      const r = crisisResponse('danger', lang);
      expect(r.text.endsWith(r.advisorAlerted), lang).toBe(true);
    }
  });

  it('adds the safety note only for violence', () => {
    expect(crisisResponse('violence', 'en').text).toContain('close this window');
    expect(crisisResponse('self_harm', 'en').text).not.toContain('close this window');
  });

  it('uses the French keyword and site of Kids Help Phone in French', () => {
    const r = crisisResponse('self_harm', 'fr');
    expect(r.text).toContain('PARLER au 686868');
    expect(r.text).toContain('https://jeunessejecoute.ca');
  });

  it('keeps numbers and links left to right inside Arabic and Persian', () => {
    for (const lang of ['ar', 'fa'] as const) {
      const r = crisisResponse('self_harm', lang);
      expect(r.direction).toBe('rtl');
      expect(r.text).toContain('\u20661-800-668-6868\u2069');
      expect(r.text).toContain('\u2066https://988.ca\u2069');
    }
    expect(crisisResponse('self_harm', 'zh').text).not.toContain('\u2066');
  });

  it('falls back to English for languages the bot does not speak', () => {
    expect(crisisResponse('self_harm', 'ru').language).toBe('en');
    expect(crisisResponse('self_harm', undefined).text).toBe(crisisResponse('self_harm', 'en').text);
  });

  it('is translated: no English left outside the services’ own names', () => {
    for (const lang of UI_LANGUAGES.filter((l) => l !== 'en')) {
      const texts = CRISIS_TEXTS[lang];
      const all = [
        ...Object.values(texts.intro),
        ...Object.values(texts.lines).flatMap((l) => [l.name, l.how.replaceAll('{phone}', '').replaceAll('{sms}', '')]),
        texts.advisorAlerted,
        texts.safetyNote,
      ];
      for (const s of all) expect(foreignWords(s, lang, PROPER_NOUNS), `${lang}: ${s}`).toEqual([]);
      expect(texts.advisorAlerted).not.toBe(CRISIS_TEXTS.en.advisorAlerted);
    }
  });

  it('rejects an unknown kind', () => {
    expect(() => crisisResponse('sad' as CrisisKind, 'en')).toThrow(CrisisKindError);
  });
});
