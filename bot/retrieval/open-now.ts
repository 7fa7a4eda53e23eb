/** "Is it open now?" against HSDS opening-hours rows, in the directory's local time. */
import type { OpeningHours, Weekday } from '../index/types.ts';

/** The demo region's time zone; opening hours in the directory are local times there. */
export const DIRECTORY_TIME_ZONE = 'America/Toronto';

/** Where "now" comes from; tests pass a fixed one. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

const WEEKDAYS: Record<string, Weekday> = { Mon: 'MO', Tue: 'TU', Wed: 'WE', Thu: 'TH', Fri: 'FR', Sat: 'SA', Sun: 'SU' };
const ORDER: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Weekday and minutes since local midnight of an instant in a time zone. */
export function localTime(at: Date, timeZone = DIRECTORY_TIME_ZONE): { day: Weekday; minutes: number } {
  const parts = formatter(timeZone).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = WEEKDAYS[get('weekday')];
  if (!day) throw new Error(`could not read the weekday of ${at.toISOString()} in ${timeZone}`);
  return { day, minutes: (Number(get('hour')) % 24) * 60 + Number(get('minute')) };
}

function toMinutes(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})/.exec(hhmm);
  if (!m) throw new Error(`not a time of day: "${hhmm}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * Whether any row covers the instant. A row closing at or before its opening time runs past
 * midnight into the next day; "23:59" and "00:00" as closing times mean the end of the day.
 */
export function isOpenAt(schedule: readonly OpeningHours[], at: Date, timeZone = DIRECTORY_TIME_ZONE): boolean {
  const { day, minutes } = localTime(at, timeZone);
  const yesterday = ORDER[(ORDER.indexOf(day) + 6) % 7];
  for (const row of schedule) {
    const opens = toMinutes(row.opens);
    let closes = toMinutes(row.closes);
    if (closes === 0 || closes === 23 * 60 + 59) closes = 24 * 60;
    if (closes > opens) {
      if (row.day === day && minutes >= opens && minutes < closes) return true;
    } else {
      if (row.day === day && minutes >= opens) return true;
      if (row.day === yesterday && minutes < closes) return true;
    }
  }
  return false;
}
