import { describe, expect, it } from 'vitest';
import { asksOpenNow, filtersFor, siteMentioned } from './question-filters.ts';

describe('filters from the question and profile', () => {
  it('finds a single named site in several languages', () => {
    expect(siteMentioned('Where is a food bank in Windsor?')).toBe('windsor');
    expect(siteMentioned('Banque alimentaire à Ottawa ?')).toBe('ottawa');
    expect(siteMentioned('أين بنك الطعام في أوتاوا؟')).toBe('ottawa');
    expect(siteMentioned('services in Chatham-Kent')).toBe('chatham');
    expect(siteMentioned('Windsor or London?')).toBeNull();
    expect(siteMentioned('Londonderry is not London-ish')).toBe('london');
    expect(siteMentioned('no city here')).toBeNull();
  });

  it('recognises open-now questions', () => {
    expect(asksOpenNow('Is there a clinic open now?')).toBe(true);
    expect(asksOpenNow('Une clinique ouverte maintenant ?')).toBe(true);
    expect(asksOpenNow('¿Hay algo abierto ahora?')).toBe(true);
    expect(asksOpenNow('هل العيادة مفتوحة الآن؟')).toBe(true);
    expect(asksOpenNow('When does the clinic open?')).toBe(false);
  });

  it('lets the question override the profile site and keeps the profile rest', () => {
    expect(filtersFor('food bank in Ottawa open now', { site: 'windsor', immigrationStatus: 'refugee_claimant', ageBand: '25-34' })).toEqual({
      site: 'ottawa',
      immigrationStatus: 'refugee_claimant',
      age: '25-34',
      openNow: true,
    });
    expect(filtersFor('food bank', { site: 'windsor' })).toEqual({ site: 'windsor' });
  });
});
