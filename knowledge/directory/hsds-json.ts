/**
 * Reads an HSDS JSON document into entries. Accepted roots:
 * - our directory document `{ "meta": …, "organizations": [ … ] }` (optionally also `services`),
 * - a bare array of organizations, or of services each with a nested `organization`
 *   (HSDS 3.0 `service_full`), or an HSDS 3.0 paged list `{ "contents": [ … ] }`,
 * - a single organization or service object (HSDS 3.0 `organization_full`, `service_full`).
 * Nested records take their parent's id (a service inside an organization belongs to it).
 * Fields our tables do not hold (contacts, fundings, accessibility, …) are ignored.
 */
import { ImportError } from '../import/errors.ts';
import type { EntryCollector } from './collector.ts';
import type { EntryKind, Origin } from './records.ts';
import {
  addressRow,
  eligibilityRow,
  eligibilityTextRow,
  idOf,
  languageRow,
  locationRow,
  organizationRow,
  phoneRow,
  programRow,
  scheduleRow,
  serviceAreaRow,
  serviceAtLocationRow,
  serviceRow,
  type DetailLinks,
  type HsdsRecord,
  type Parsed,
} from './rows.ts';
import { FieldProblem } from './values.ts';

interface Walk {
  file: string;
  /** Index + 1 of the top-level item being read. */
  row: number;
  collector: EntryCollector;
  defaultCountry: string;
}

function isRecord(value: unknown): value is HsdsRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childPath(path: string, key: string, index?: number): string {
  const step = index === undefined ? key : `${key}[${index}]`;
  return path ? `${path}.${step}` : step;
}

/** Array-valued fields must be arrays (or absent): a string there is a malformed record. */
function checkArrays(r: HsdsRecord, keys: string[]): void {
  for (const key of keys) {
    if (r[key] !== undefined && r[key] !== null && !Array.isArray(r[key])) throw new FieldProblem(key, `${key} must be an array`);
  }
}

function items(r: HsdsRecord, key: string): unknown[] {
  return Array.isArray(r[key]) ? (r[key] as unknown[]) : [];
}

/**
 * Adds one record and returns the key its children refer to. A record that fails still gets a
 * key (its id, or its path), so its children are left out with it rather than reported as orphans.
 */
function add<K extends EntryKind>(w: Walk, kind: K, value: unknown, path: string, parse: (r: HsdsRecord) => Parsed<K>): string {
  const at: Origin = { file: w.file, row: w.row, path, seq: w.collector.nextSeq() };
  if (!isRecord(value)) {
    w.collector.addInvalid(kind, `@${path}`, at, { field: '', reason: `expected a ${kind.replace(/_/g, ' ')} object` });
    return `@${path}`;
  }
  try {
    const parsed = parse(value);
    w.collector.add(kind, parsed.key, parsed.data, at, parsed.derivedKey);
    return parsed.key;
  } catch (err) {
    if (!(err instanceof FieldProblem)) throw err;
    const key = idOf(value) ?? `@${path}`;
    w.collector.addInvalid(kind, key, at, { field: err.field, reason: err.reason });
    return key;
  }
}

function safeId(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
}

function details(w: Walk, r: HsdsRecord, path: string, links: DetailLinks): void {
  items(r, 'phones').forEach((p, i) => add(w, 'phone', p, childPath(path, 'phones', i), (x) => phoneRow(x, links)));
  items(r, 'schedules').forEach((s, i) => add(w, 'schedule', s, childPath(path, 'schedules', i), (x) => scheduleRow(x, links)));
}

function walkLocation(w: Walk, value: unknown, path: string, organizationId?: string): string {
  const key = add(w, 'location', value, path, (r) => {
    checkArrays(r, ['addresses', 'phones', 'schedules']);
    return locationRow(r, organizationId);
  });
  if (!isRecord(value)) return key;
  items(value, 'addresses').forEach((a, i) =>
    add(w, 'address', a, childPath(path, 'addresses', i), (r) => addressRow(r, { locationId: key, defaultCountry: w.defaultCountry })),
  );
  details(w, value, path, { locationId: key });
  return key;
}

function walkService(w: Walk, value: unknown, path: string, organizationId?: string): void {
  let orgId = organizationId;
  let programId: string | undefined;
  if (isRecord(value)) {
    if (isRecord(value.organization)) orgId = walkOrganization(w, value.organization, childPath(path, 'organization'));
    if (isRecord(value.program)) {
      const programOrg = orgId ?? safeId(value.organization_id);
      programId = add(w, 'program', value.program, childPath(path, 'program'), (r) => programRow(r, programOrg));
    }
  }
  const key = add(w, 'service', value, path, (r) => {
    checkArrays(r, ['phones', 'schedules', 'languages', 'service_areas', 'eligibility', 'service_at_locations']);
    return serviceRow(r, { organization_id: orgId, program_id: programId });
  });
  if (!isRecord(value)) return;
  details(w, value, path, { serviceId: key });
  items(value, 'languages').forEach((l, i) => add(w, 'language', l, childPath(path, 'languages', i), (r) => languageRow(r, key)));
  items(value, 'service_areas').forEach((a, i) => add(w, 'service_area', a, childPath(path, 'service_areas', i), (r) => serviceAreaRow(r, key)));
  items(value, 'eligibility').forEach((e, i) => {
    const at = childPath(path, 'eligibility', i);
    if (isRecord(e) && e.kind === undefined && e.eligibility !== undefined) add(w, 'eligibility_text', e, at, (r) => eligibilityTextRow(r, key));
    else add(w, 'eligibility', e, at, (r) => eligibilityRow(r, key));
  });
  items(value, 'service_at_locations').forEach((sal, i) => {
    const salPath = childPath(path, 'service_at_locations', i);
    let locationId = isRecord(sal) ? safeId(sal.location_id) : undefined;
    // A nested location carries no organization_id; the organization's own list supplies it.
    if (isRecord(sal) && isRecord(sal.location)) locationId = walkLocation(w, sal.location, childPath(salPath, 'location'));
    add(w, 'service_at_location', sal, salPath, (r) => {
      checkArrays(r, ['phones', 'schedules']);
      return serviceAtLocationRow(r, { serviceId: key, locationId });
    });
    if (isRecord(sal)) details(w, sal, salPath, { serviceId: key, locationId });
  });
}

function walkOrganization(w: Walk, value: unknown, path: string): string {
  const key = add(w, 'organization', value, path, (r) => {
    checkArrays(r, ['phones', 'locations', 'programs', 'services']);
    return organizationRow(r);
  });
  if (!isRecord(value)) return key;
  items(value, 'phones').forEach((p, i) => add(w, 'phone', p, childPath(path, 'phones', i), (r) => phoneRow(r, { organizationId: key })));
  items(value, 'locations').forEach((l, i) => walkLocation(w, l, childPath(path, 'locations', i), key));
  items(value, 'programs').forEach((p, i) => add(w, 'program', p, childPath(path, 'programs', i), (r) => programRow(r, key)));
  items(value, 'services').forEach((s, i) => walkService(w, s, childPath(path, 'services', i), key));
  return key;
}

/** HSDS 3.0 `service_at_location_full`: a service offered at a location, both nested in the link. */
function walkServiceAtLocationRoot(w: Walk, sal: HsdsRecord): void {
  walkService(w, sal.service, 'service');
  const serviceId = isRecord(sal.service) ? (idOf(sal.service) ?? '@service') : '@service';
  const locationId = isRecord(sal.location) ? walkLocation(w, sal.location, 'location') : safeId(sal.location_id);
  add(w, 'service_at_location', sal, '', (r) => {
    checkArrays(r, ['phones', 'schedules']);
    return serviceAtLocationRow(r, { serviceId, locationId });
  });
  details(w, sal, '', { serviceId, locationId });
}

/** Services carry what only services have; anything else at the top level is an organization. */
function looksLikeService(r: HsdsRecord): boolean {
  return isRecord(r.organization) || 'organization_id' in r || 'service_at_locations' in r || 'status' in r;
}

function walkTopLevel(w: Walk, value: unknown, path: string, kind?: 'organization' | 'service'): void {
  const isService = kind ? kind === 'service' : isRecord(value) && looksLikeService(value);
  if (isService) walkService(w, value, path);
  else walkOrganization(w, value, path);
}

export function collectHsdsJson(document: unknown, file: string, collector: EntryCollector, defaultCountry: string): void {
  const walk = (list: unknown[], key: string | undefined, kind?: 'organization' | 'service') =>
    list.forEach((item, i) => walkTopLevel({ file, row: i + 1, collector, defaultCountry }, item, key ? `${key}[${i}]` : `[${i}]`, kind));
  if (Array.isArray(document)) return walk(document, undefined);
  if (!isRecord(document)) {
    throw new ImportError(file, 'expected an HSDS document (an object or an array), got a JSON scalar', 1, '$');
  }
  // An object with an id is one record (an organization_full also has a `services` list).
  if (document.id === undefined && (Array.isArray(document.organizations) || Array.isArray(document.services))) {
    walk(items(document, 'organizations'), 'organizations', 'organization');
    walk(items(document, 'services'), 'services', 'service');
    return;
  }
  if (document.id === undefined && Array.isArray(document.contents)) return walk(document.contents, 'contents');
  if (isRecord(document.service)) return walkServiceAtLocationRoot({ file, row: 1, collector, defaultCountry }, document);
  if (document.id !== undefined) return walkTopLevel({ file, row: 1, collector, defaultCountry }, document, '');
  throw new ImportError(
    file,
    'not an HSDS document: expected {"organizations": [...]}, an array of organizations or services, a paged list {"contents": [...]}, or one organization or service',
    1,
    '$',
  );
}
