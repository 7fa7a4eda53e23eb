/**
 * Field-level parsing shared by the JSON and CSV readers. Each parser returns the value in the
 * form our tables store, or throws a FieldProblem whose reason is shown to the admin as is.
 */
import { IMMIGRATION_STATUSES, SITES } from '../domain/types.ts';

export class FieldProblem extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const ELIGIBILITY_KINDS = ['immigration_status', 'residency', 'other'] as const;
const SITE_IDS = new Set(SITES.map((s) => s.id));

/** Text or null: blank strings become null; numbers and booleans are written out. */
export function text(value: unknown, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new FieldProblem(field, `expected text, got ${Array.isArray(value) ? 'an array' : 'an object'}`);
}

export function requiredText(value: unknown, field: string): string {
  const t = text(value, field);
  if (t === null) throw new FieldProblem(field, `${field} is required`);
  return t;
}

function number(value: unknown, field: string): number | null {
  const t = text(value, field);
  if (t === null) return null;
  const n = Number(t);
  if (!Number.isFinite(n)) throw new FieldProblem(field, `"${t}" is not a number`);
  return n;
}

/** Latitude and longitude come as a pair: one without the other cannot be placed on a map. */
export function coordinates(lat: unknown, lon: unknown): { latitude: number | null; longitude: number | null } {
  const latitude = number(lat, 'latitude');
  const longitude = number(lon, 'longitude');
  if (latitude !== null && (latitude < -90 || latitude > 90)) throw new FieldProblem('latitude', `${latitude} is not a latitude (-90 to 90)`);
  if (longitude !== null && (longitude < -180 || longitude > 180)) {
    throw new FieldProblem('longitude', `${longitude} is not a longitude (-180 to 180)`);
  }
  if (latitude === null && longitude !== null) throw new FieldProblem('latitude', 'longitude is given without latitude');
  if (latitude !== null && longitude === null) throw new FieldProblem('longitude', 'latitude is given without longitude');
  return { latitude, longitude };
}

function age(value: unknown, field: string): number | null {
  const n = number(value, field);
  if (n === null) return null;
  if (!Number.isInteger(n) || n < 0 || n > 130) throw new FieldProblem(field, `${n} is not an age in whole years (0 to 130)`);
  return n;
}

export function ages(min: unknown, max: unknown): { minimum_age: number | null; maximum_age: number | null } {
  const minimum_age = age(min, 'minimum_age');
  const maximum_age = age(max, 'maximum_age');
  if (minimum_age !== null && maximum_age !== null && minimum_age > maximum_age) {
    throw new FieldProblem('maximum_age', `maximum_age ${maximum_age} is below minimum_age ${minimum_age}`);
  }
  return { minimum_age, maximum_age };
}

/** HSDS status is required, but real exports (HSDS 1.1 Miami) leave it blank: blank means active. */
export function serviceStatus(value: unknown): string {
  const t = text(value, 'status');
  if (t === null) return 'active';
  const s = t.toLowerCase().replace(/[_\s]+/g, ' ');
  if (!(SERVICE_STATUSES as readonly string[]).includes(s)) {
    throw new FieldProblem('status', `"${t}" is not a service status (${SERVICE_STATUSES.join(', ')})`);
  }
  return s;
}

/** ISO 3166-1 alpha-2; a blank country takes the import's default. */
export function country(value: unknown, fallback: string): string {
  const t = text(value, 'country');
  if (t === null) return fallback;
  const c = t.toUpperCase();
  if (!/^[A-Z]{2}$/.test(c)) throw new FieldProblem('country', `"${t}" is not a two-letter ISO 3166-1 country code`);
  return c;
}

export function siteId(value: unknown): string | null {
  const t = text(value, 'site_id');
  if (t !== null && !SITE_IDS.has(t)) throw new FieldProblem('site_id', `"${t}" is not a site (${[...SITE_IDS].join(', ')})`);
  return t;
}

/**
 * A time of day as HH:MM (HH:MM:SS when seconds are given). Accepts the HSDS form "09:00",
 * with seconds or a UTC offset ("09:00-05:00"; the offset is dropped, the wall time kept), and
 * the 12-hour form real exports use ("9:00am", "9 am", "9:00a").
 */
export function timeOfDay(value: unknown, field: string): string {
  const t = requiredText(value, field);
  const bad = () => new FieldProblem(field, `"${t}" is not a time of day (HH:MM from 00:00 to 23:59, or 9:00am)`);
  const h24 = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(t);
  const h12 = /^(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s*(?:m\.?)?$/i.exec(t);
  let hour: number;
  let minute: number;
  let second = 0;
  if (h24) {
    [hour, minute] = [Number(h24[1]), Number(h24[2])];
    if (h24[3] !== undefined) second = Number(h24[3]);
    if (hour > 23) throw bad();
  } else if (h12) {
    [hour, minute] = [Number(h12[1]), h12[2] === undefined ? 0 : Number(h12[2])];
    if (hour < 1 || hour > 12) throw bad();
    hour = (hour % 12) + (h12[3].toLowerCase() === 'p' ? 12 : 0);
  } else {
    throw bad();
  }
  if (minute > 59 || second > 59) throw bad();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(hour)}:${pad(minute)}${second ? `:${pad(second)}` : ''}`;
}

const DAY_NAMES: Record<string, Weekday> = {
  mo: 'MO', mon: 'MO', monday: 'MO',
  tu: 'TU', tue: 'TU', tues: 'TU', tuesday: 'TU',
  we: 'WE', wed: 'WE', wednesday: 'WE',
  th: 'TH', thu: 'TH', thur: 'TH', thurs: 'TH', thursday: 'TH',
  fr: 'FR', fri: 'FR', friday: 'FR',
  sa: 'SA', sat: 'SA', saturday: 'SA',
  su: 'SU', sun: 'SU', sunday: 'SU',
};

/**
 * Weekdays from HSDS 3.0 `byday` ("MO,TU") or HSDS 1.1 `weekday` (1 = Monday … 7 = Sunday, or
 * a day name). Monthly forms such as "2MO" (second Monday) cannot be stored as weekly hours.
 */
export function weekdays(value: unknown, field: string): Weekday[] {
  const t = requiredText(value, field);
  const days: Weekday[] = [];
  for (const part of t.split(/\s*,\s*/)) {
    let day: Weekday | undefined;
    if (/^[1-7]$/.test(part)) day = WEEKDAYS[Number(part) - 1];
    else if (/^[+-]?\d+[a-z]{2}$/i.test(part)) {
      throw new FieldProblem(field, `"${part}" is a monthly occurrence; only weekly opening hours can be stored`);
    } else day = DAY_NAMES[part.toLowerCase().replace(/\.$/, '')];
    if (!day) throw new FieldProblem(field, `"${part}" is not a weekday (MO…SU, 1 = Monday … 7 = Sunday, or a day name)`);
    if (!days.includes(day)) days.push(day);
  }
  return days;
}

/** HSDS 3.0 freq: WEEKLY (or blank) is all our opening-hours table can hold. */
export function weeklyFrequency(value: unknown): void {
  const t = text(value, 'freq');
  if (t !== null && t.toUpperCase() !== 'WEEKLY') {
    throw new FieldProblem('freq', `"${t}" schedules cannot be stored; only weekly opening hours (freq WEEKLY) are supported`);
  }
}

export function eligibilityKind(value: unknown): string {
  const t = requiredText(value, 'kind');
  if (!(ELIGIBILITY_KINDS as readonly string[]).includes(t)) {
    throw new FieldProblem('kind', `"${t}" is not an eligibility kind (${ELIGIBILITY_KINDS.join(', ')})`);
  }
  return t;
}

export function eligibilityValue(kind: string, value: unknown): string {
  const t = requiredText(value, 'value');
  if (kind === 'immigration_status' && !(IMMIGRATION_STATUSES as readonly string[]).includes(t)) {
    throw new FieldProblem('value', `"${t}" is not an immigration status (${IMMIGRATION_STATUSES.join(', ')})`);
  }
  return t;
}

/** Phone numbers as exported, minus quotes some exports wrap around them (HSDS 3.0 examples do). */
export function phoneNumber(value: unknown): string {
  const t = requiredText(value, 'number').replace(/^"+|"+$/g, '').trim();
  if (t === '') throw new FieldProblem('number', 'number is required');
  return t;
}
