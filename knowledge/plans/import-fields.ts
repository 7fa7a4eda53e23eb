/**
 * Field-level checks shared by the JSONL and CSV plan importers. Each check gets a `fail`
 * callback that throws an ImportError pointing at the line and field being checked.
 */
import type { Queryable } from '../db/types.ts';
import { AGE_BANDS, IMMIGRATION_STATUSES, isEligible, type AgeBand, type Eligibility, type ImmigrationStatus } from '../domain/types.ts';
import { parseIsoDay } from './dates.ts';
import { loadLibraries } from './inputs.ts';
import { ACTION_STATUSES, type ActionStatus, type GeneratedClient } from './types.ts';

/** Throws; `field` names the JSON path or CSV column at fault. */
export type Fail = (reason: string, field: string) => never;

/** The ids a plan file may refer to, read once before parsing. */
export interface References {
  sites: Set<string>;
  agencies: Set<string>;
  statements: Set<string>;
  actions: Map<string, Eligibility | undefined>;
  services: Set<string>;
}

export async function loadReferences(db: Queryable): Promise<References> {
  const ids = async (sql: string) => new Set((await db.query<{ id: string }>(sql)).rows.map((r) => r.id));
  const libraries = await loadLibraries(db);
  return {
    sites: await ids('SELECT id FROM site'),
    agencies: await ids('SELECT id FROM agency'),
    statements: new Set(libraries.statements.map((s) => s.id)),
    actions: new Map(libraries.actions.map((a) => [a.id, a.eligibility])),
    services: await ids('SELECT id FROM service'),
  };
}

/** The client attributes of the import format, in the JSONL key spelling. */
export const CLIENT_FIELDS = ['id', 'site', 'agency', 'age_band', 'immigration_status', 'languages', 'household_size', 'children', 'arrival_date'] as const;
export type ClientField = (typeof CLIENT_FIELDS)[number];

export function requireText(value: unknown, field: string, fail: Fail): string {
  if (typeof value !== 'string' || value.trim() === '') fail(`${field} is required`, field);
  return (value as string).trim();
}

export function optionalText(value: unknown, field: string, fail: Fail): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') fail(`${field} must be a string`, field);
  return (value as string).trim() || null;
}

/** A calendar date 'YYYY-MM-DD'; plan dates may not lie in the future. */
export function requireDate(value: unknown, field: string, fail: Fail, options: { notFuture?: boolean } = {}): string {
  const text = requireText(value, field, fail);
  const day = parseIsoDay(text);
  if (day === null) fail(`"${text}" is not a date in the form YYYY-MM-DD`, field);
  if (options.notFuture && day! > Math.floor(Date.now() / 86_400_000) + 1) fail(`${text} lies in the future`, field);
  return text;
}

/** Whole number within bounds; CSV passes digits as strings. */
export function requireInteger(value: unknown, field: string, fail: Fail, min: number, max: number): number {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) fail(`${field} must be a whole number`, field);
  if ((n as number) < min || (n as number) > max) fail(`${field} must be between ${min} and ${max}, got ${n}`, field);
  return n as number;
}

const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/**
 * Validates the client attributes of one record. `field` maps an attribute name to the name
 * the file uses for it ("client.age_band" in JSONL, "age_band" in CSV).
 */
export function parseClient(
  raw: Record<ClientField, unknown>,
  refs: References,
  field: (name: ClientField) => string,
  fail: Fail,
): GeneratedClient {
  const id = requireText(raw.id, field('id'), fail);
  const site = requireText(raw.site, field('site'), fail);
  if (!refs.sites.has(site)) fail(`unknown site "${site}"`, field('site'));
  const agency = requireText(raw.agency, field('agency'), fail);
  if (!refs.agencies.has(agency)) fail(`unknown agency "${agency}"`, field('agency'));
  const ageBand = requireText(raw.age_band, field('age_band'), fail);
  if (!(AGE_BANDS as readonly string[]).includes(ageBand)) fail(`age band "${ageBand}" is not one of ${AGE_BANDS.join(', ')}`, field('age_band'));
  const status = requireText(raw.immigration_status, field('immigration_status'), fail);
  if (!(IMMIGRATION_STATUSES as readonly string[]).includes(status)) {
    fail(`immigration status "${status}" is not one of ${IMMIGRATION_STATUSES.join(', ')}`, field('immigration_status'));
  }
  if (!Array.isArray(raw.languages)) fail('languages must be a list of language codes', field('languages'));
  const languages = (raw.languages as unknown[]).map((code) => {
    if (typeof code !== 'string' || !LANGUAGE_CODE.test(code)) fail(`"${String(code)}" is not a two- or three-letter language code`, field('languages'));
    return code as string;
  });
  const householdSize = requireInteger(raw.household_size, field('household_size'), fail, 1, 20);
  const children = requireInteger(raw.children, field('children'), fail, 0, 19);
  if (children >= householdSize) fail(`children (${children}) must be fewer than household_size (${householdSize})`, field('children'));
  const arrival = raw.arrival_date === undefined || raw.arrival_date === null || raw.arrival_date === '' ? null : requireDate(raw.arrival_date, field('arrival_date'), fail);
  return {
    id,
    agencyId: agency,
    siteId: site,
    ageBand: ageBand as AgeBand,
    immigrationStatus: status as ImmigrationStatus,
    languages,
    householdSize,
    children,
    arrivalDate: arrival,
  };
}

/** The attribute of `b` that differs from `a`, if any, for conflict messages. */
export function clientDifference(a: GeneratedClient, b: GeneratedClient): { field: ClientField; was: string; now: string } | null {
  const pairs: [ClientField, unknown, unknown][] = [
    ['site', a.siteId, b.siteId],
    ['agency', a.agencyId, b.agencyId],
    ['age_band', a.ageBand, b.ageBand],
    ['immigration_status', a.immigrationStatus, b.immigrationStatus],
    ['languages', a.languages.join(';'), b.languages.join(';')],
    ['household_size', a.householdSize, b.householdSize],
    ['children', a.children, b.children],
    ['arrival_date', a.arrivalDate ?? '', b.arrivalDate ?? ''],
  ];
  for (const [field, was, now] of pairs) if (was !== now) return { field, was: String(was), now: String(now) };
  return null;
}

export function requireStatementId(value: string, field: string, refs: References, fail: Fail): string {
  if (!refs.statements.has(value)) fail(`unknown driving statement "${value}"`, field);
  return value;
}

/** A known action the client is eligible for. */
export function requireAction(value: unknown, field: string, client: GeneratedClient, refs: References, fail: Fail): string {
  const id = requireText(value, field, fail);
  if (!refs.actions.has(id)) fail(`unknown action "${id}"`, field);
  if (!isEligible(refs.actions.get(id), client.ageBand, client.immigrationStatus)) {
    fail(`client ${client.id} (${client.ageBand}, ${client.immigrationStatus}) is not eligible for action "${id}"`, field);
  }
  return id;
}

export function optionalService(value: unknown, field: string, refs: References, fail: Fail): string | null {
  const id = optionalText(value, field, fail);
  if (id !== null && !refs.services.has(id)) fail(`unknown directory service "${id}"`, field);
  return id;
}

export function actionStatus(value: unknown, field: string, fail: Fail): ActionStatus {
  const status = optionalText(value, field, fail) ?? 'planned';
  if (!(ACTION_STATUSES as readonly string[]).includes(status)) fail(`status "${status}" is not one of ${ACTION_STATUSES.join(', ')}`, field);
  return status as ActionStatus;
}
