import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../index/types.ts';
import { isOpenAt, localTime } from './open-now.ts';

const WEEKDAYS: OpeningHours[] = ['MO', 'TU', 'WE', 'TH', 'FR'].map((day) => ({ day: day as OpeningHours['day'], opens: '08:30', closes: '16:30' }));

describe('open now', () => {
  it('reads Toronto local time, in winter and in summer', () => {
    // 2026-01-05 is a Monday; EST is UTC−5, EDT (July) UTC−4.
    expect(localTime(new Date('2026-01-05T15:00:00Z'))).toEqual({ day: 'MO', minutes: 10 * 60 });
    expect(localTime(new Date('2026-07-06T14:00:00Z'))).toEqual({ day: 'MO', minutes: 10 * 60 });
    expect(localTime(new Date('2026-01-05T03:00:00Z'))).toEqual({ day: 'SU', minutes: 22 * 60 });
  });

  it('is open inside the hours and closed outside them', () => {
    expect(isOpenAt(WEEKDAYS, new Date('2026-01-05T15:00:00Z'))).toBe(true); // Mon 10:00
    expect(isOpenAt(WEEKDAYS, new Date('2026-01-05T13:29:00Z'))).toBe(false); // Mon 08:29
    expect(isOpenAt(WEEKDAYS, new Date('2026-01-05T21:30:00Z'))).toBe(false); // Mon 16:30, closing time
    expect(isOpenAt(WEEKDAYS, new Date('2026-01-10T15:00:00Z'))).toBe(false); // Sat 10:00
    expect(isOpenAt([], new Date('2026-01-05T15:00:00Z'))).toBe(false);
  });

  it('handles rows past midnight and all-day rows', () => {
    const night: OpeningHours[] = [{ day: 'FR', opens: '22:00', closes: '02:00' }];
    expect(isOpenAt(night, new Date('2026-01-10T04:00:00Z'))).toBe(true); // Fri→Sat 23:00
    expect(isOpenAt(night, new Date('2026-01-10T06:30:00Z'))).toBe(true); // Sat 01:30
    expect(isOpenAt(night, new Date('2026-01-10T07:30:00Z'))).toBe(false); // Sat 02:30
    const allDay: OpeningHours[] = [{ day: 'SU', opens: '00:00', closes: '23:59' }];
    expect(isOpenAt(allDay, new Date('2026-01-05T04:59:30Z'))).toBe(true); // Sun 23:59:30
  });
});
