import { describe, expect, it } from 'vitest';
import { planText, type Plan } from '../assessor/plan.ts';
import { ASSESSOR, CONSOLE, formatDate, formatPercent, languageFromTag, languageName, plural, SHARED, translator, weekdayName } from './staff-strings.ts';

const TABLES = { shared: SHARED, console: CONSOLE, assessor: ASSESSOR } as Record<string, { en: Record<string, string>; fr: Record<string, string> }>;

/** Keys whose French is rightly the same word as the English (checked, so nothing slips by as "the same"). */
const SAME_IN_FRENCH = new Set(['assessor.col.actions', 'assessor.plan.actions']);

// Words that only English has: one in a French string means a phrase was left untranslated.
const ENGLISH = /(?<!\p{L})(the|and|of|to|for|with|your|you|is|are|not|no|add|sign|chat|chats|take|waiting|referral|advisor|newcomer|statement|search|found|reject|accept|cancel|print|save|loading|email|password)(?!\p{L})/iu;

describe('staff strings (advisor console, assessor view)', () => {
  it('has every key in French, with the same placeholders, translated, in French typography', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [name, { en, fr }] of Object.entries(TABLES)) {
      expect(Object.keys(fr).sort(), name).toEqual(Object.keys(en).sort());
      for (const [key, english] of Object.entries(en)) {
        const french = fr[key];
        const id = `${name}.${key}`;
        expect(french.trim().length, id).toBeGreaterThan(0);
        expect(placeholders(french), id).toEqual(placeholders(english));
        if (!SAME_IN_FRENCH.has(id)) expect(french, `${id} is the English text`).not.toBe(english);
        // Placeholders are names, not words: take them out before looking for English.
        expect(french.replace(/\{\w+\}/g, ''), `${id} has English in it`).not.toMatch(ENGLISH);
        // A no-break space before a colon and inside guillemets; ’ rather than a typewriter apostrophe.
        expect(french, `${id}: space before “:”`).not.toMatch(/[^\u00a0]:/);
        expect(french, `${id}: guillemets`).not.toMatch(/«[^\u00a0]|[^\u00a0]»/);
        expect(french, `${id}: apostrophe`).not.toContain("'");
        expect(french, `${id}: English quotes`).not.toMatch(/[“”"]/);
      }
    }
    // The allowance is for keys that exist and really are the same.
    for (const id of SAME_IN_FRENCH) {
      const [name, ...rest] = id.split('.');
      const key = rest.join('.');
      expect(TABLES[name].fr[key], id).toBe(TABLES[name].en[key]);
    }
  });

  it('translates with the shared table underneath, fills placeholders, and picks plural forms the French way', () => {
    const fr = translator(CONSOLE, 'fr');
    const en = translator(CONSOLE, 'en');
    expect(fr('signOut')).toBe('Se déconnecter');
    expect(fr('takeLabel', { reason: 'crise', language: 'arabe' })).toBe('Prendre en charge\u00a0: crise, arabe');
    expect(en('takeLabel', { reason: 'crisis', language: 'Arabic' })).toBe('Take chat: crisis, Arabic');
    // French counts 0 and 1 as singular, English only 1.
    expect(plural(en, 'en', 1, 'newChatsOne', 'newChatsOther')).toBe('1 new chat waiting');
    expect(plural(en, 'en', 3, 'newChatsOne', 'newChatsOther')).toBe('3 new chats waiting');
    expect(plural(fr, 'fr', 1, 'newChatsOne', 'newChatsOther')).toBe('1 nouvelle conversation en attente');
    expect(plural(fr, 'fr', 2, 'newChatsOne', 'newChatsOther')).toBe('2 nouvelles conversations en attente');
    const assessorFr = translator(ASSESSOR, 'fr');
    expect(plural(assessorFr, 'fr', 0, 'foundOne', 'foundOther')).toBe('0 service trouvé');
    expect(assessorFr('immigration.refugee_claimant')).toBe('Demandeuse ou demandeur d’asile');
  });

  it('takes French from any fr-* browser tag, and formats dates, numbers, days and language names for the locale', () => {
    expect(['fr', 'fr-CA', 'FR-ca', 'fr-FR'].map(languageFromTag)).toEqual(['fr', 'fr', 'fr', 'fr']);
    expect(['en-CA', 'es', 'de-DE', '', undefined].map(languageFromTag)).toEqual(['en', 'en', 'en', 'en', 'en']);
    // A calendar date stays on its day whatever the machine's time zone.
    expect(formatDate('2025-03-01', 'fr')).toBe('1 mars 2025');
    expect(formatDate('2025-03-01', 'en')).toBe('Mar 1, 2025');
    expect(formatDate('not a date', 'fr')).toBe('not a date');
    expect(formatDate('2025-03-01T15:04:00Z', 'fr', true)).toMatch(/^1 mars 2025.*\d{1,2} h \d{2}$/);
    expect(formatPercent(0.87, 'fr')).toBe('87\u00a0%');
    expect(formatPercent(0.87, 'en')).toBe('87%');
    expect([weekdayName('MO', 'fr'), weekdayName('SU', 'en'), weekdayName('XX', 'fr')]).toEqual(['lun.', 'Sun', 'XX']);
    expect([languageName('ar', 'fr'), languageName('ar', 'en'), languageName('not a code!', 'fr')]).toEqual(['arabe', 'Arabic', 'not a code!']);
  });

  it('prints the plan as text in the plan language, with French labels and the French titles the API sends', () => {
    const plan: Plan = {
      id: 'p-7',
      createdOn: '2025-03-01',
      status: 'active',
      client: { site: 'ottawa', ageBand: '25-34', immigrationStatus: 'protected_person', languages: ['ar'], householdSize: 3, children: 1, arrivalDate: null },
      statements: [
        {
          position: 0,
          statementId: 's-1',
          text: { en: 'I need a job', fr: 'J’ai besoin d’un emploi' },
          freeText: null,
          category: null,
          actions: [
            {
              actionId: 'a-1',
              title: { en: 'Resume workshop', fr: 'Atelier de CV' },
              status: 'planned',
              addedBy: 'suggestion',
              referral: { id: 'svc-1', name: 'Emploi Ottawa', organization: 'OCISO', phones: ['613-555-0100'], addresses: [] },
            },
          ],
        },
        { position: 1, statementId: null, text: null, freeText: 'Logement', category: null, actions: [] },
      ],
    };
    expect(planText(plan, 'fr').split('\n')).toEqual([
      'Plan d’établissement p-7',
      'Créé le\u00a0: 1 mars 2025',
      '',
      'Énoncé\u00a0: J’ai besoin d’un emploi',
      '  - Atelier de CV',
      '    Aiguillage\u00a0: Emploi Ottawa (OCISO), 613-555-0100',
      '',
      'Énoncé\u00a0: Logement',
      '  Aucune action pour le moment',
      '',
    ]);
    expect(planText(plan, 'en')).toContain('Driving statement: I need a job\n  - Resume workshop\n    Referral: Emploi Ottawa (OCISO), 613-555-0100');
  });
});
