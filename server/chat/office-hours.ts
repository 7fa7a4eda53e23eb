/**
 * When people are at their desks: weekly hours per site in the site's time zone, minus holidays.
 * Pure functions plus one loader; the time zone arithmetic uses Intl so no tz library is needed.
 */
import type { Queryable } from '../../knowledge/db/index.ts';

export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface OfficeSlot {
  day: Weekday;
  /** "HH:MM" local time. */
  opens: string;
  closes: string;
}

export interface OfficeHours {
  timeZone: string;
  slots: OfficeSlot[];
  /** Closed days, "YYYY-MM-DD" local dates. */
  holidays: string[];
}

export interface NextOpen {
  /** The instant, ISO 8601 UTC. */
  at: string;
  localDate: string;
  localTime: string;
  weekday: Weekday;
  timeZone: string;
}

export interface OfficeStatus {
  open: boolean;
  /** When closed: the next opening within two weeks (absent if none is configured). */
  nextOpen?: NextOpen;
}

export const DEFAULT_OFFICE_HOURS: Omit<OfficeHours, 'holidays'> = {
  timeZone: 'America/Toronto',
  slots: (['MO', 'TU', 'WE', 'TH', 'FR'] as const).map((day) => ({ day, opens: '09:00', closes: '17:00' })),
};

interface LocalParts {
  date: string;
  weekday: Weekday;
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

export function localParts(instant: Date, timeZone: string): LocalParts {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const weekday = WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()];
  return { date, weekday, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The UTC instant of a local wall-clock time in a zone (the zone's offset is read at that moment). */
export function zonedInstant(localDate: string, hhmm: string, timeZone: string): Date {
  const guess = new Date(`${localDate}T${hhmm}:00Z`);
  // Offset = local reading of `guess` minus `guess`; correct once, then again across a DST edge.
  let at = guess;
  for (let i = 0; i < 2; i++) {
    const p = localParts(at, timeZone);
    const shownAsUtc = Date.parse(`${p.date}T${String(Math.floor(p.minutes / 60)).padStart(2, '0')}:${String(p.minutes % 60).padStart(2, '0')}:00Z`);
    at = new Date(at.getTime() - (shownAsUtc - guess.getTime()));
  }
  return at;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function officeStatus(hours: OfficeHours, now: Date): OfficeStatus {
  const here = localParts(now, hours.timeZone);
  const holidays = new Set(hours.holidays);
  const open = !holidays.has(here.date) && hours.slots.some((s) => s.day === here.weekday && here.minutes >= toMinutes(s.opens) && here.minutes < toMinutes(s.closes));
  if (open) return { open };
  for (let d = 0; d <= 14; d++) {
    const date = addDays(here.date, d);
    if (holidays.has(date)) continue;
    const weekday = WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()];
    const starts = hours.slots
      .filter((s) => s.day === weekday && (d > 0 || toMinutes(s.opens) > here.minutes))
      .map((s) => s.opens)
      .sort();
    if (starts.length) {
      return { open, nextOpen: { at: zonedInstant(date, starts[0], hours.timeZone).toISOString(), localDate: date, localTime: starts[0], weekday, timeZone: hours.timeZone } };
    }
  }
  return { open };
}

/** The site's hours from chat_office_hours and chat_holiday, or the default week when the site has none. */
export async function loadOfficeHours(db: Queryable, siteId: string | null, now: Date, fallback = DEFAULT_OFFICE_HOURS): Promise<OfficeHours> {
  const slots = siteId
    ? await db.query<{ byday: Weekday; opens: string; closes: string; time_zone: string }>(
        `SELECT byday, to_char(opens_at, 'HH24:MI') AS opens, to_char(closes_at, 'HH24:MI') AS closes, time_zone
           FROM chat_office_hours WHERE site_id = $1 ORDER BY byday, opens_at`,
        [siteId],
      )
    : { rows: [] };
  const holidays = await db.query<{ day: string }>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day FROM chat_holiday
      WHERE (site_id IS NULL OR site_id = $1) AND day >= $2::date - 1 AND day <= $2::date + 30`,
    [siteId, now.toISOString().slice(0, 10)],
  );
  const base = slots.rows.length
    ? { timeZone: slots.rows[0].time_zone, slots: slots.rows.map((r) => ({ day: r.byday, opens: r.opens, closes: r.closes })) }
    : fallback;
  return { ...base, holidays: holidays.rows.map((r) => r.day) };
}
