/**
 * One HSDS record (a JSON object or a CSV row) to the data of one entry. JSON and CSV share the
 * HSDS field names, so both readers use these; the HSDS 1.1 names (`url` of an organization,
 * `fees`, `weekday`, `language`, `service_area`, `eligibility`) are read as fallbacks.
 */
import { createHash } from 'node:crypto';
import type { EntryData, EntryKind } from './records.ts';
import {
  FieldProblem,
  ages,
  coordinates,
  country,
  eligibilityKind,
  eligibilityValue,
  phoneNumber,
  requiredText,
  serviceStatus,
  siteId,
  text,
  timeOfDay,
  weekdays,
  weeklyFrequency,
} from './values.ts';
import { languageCodes } from './languages.ts';

export type HsdsRecord = Record<string, unknown>;

export interface Parsed<K extends EntryKind> {
  key: string;
  data: EntryData[K];
  /** The key was made from the content because the record has no id of its own. */
  derivedKey?: boolean;
}

function shortHash(value: string): string {
  return createHash('sha1').update(value).digest('hex').slice(0, 12);
}

/** The record's id, when it has a usable one. */
export function idOf(r: HsdsRecord): string | undefined {
  try {
    return text(r.id, 'id') ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * A link to a parent. Nested JSON gives the parent by position; a record that also names one
 * must name the same.
 */
function link(r: HsdsRecord, field: string, parent: string | null | undefined): string | null {
  const own = text(r[field], field);
  if (parent === undefined || parent === null) return own;
  if (own !== null && own !== parent) throw new FieldProblem(field, `${field} "${own}" does not match the enclosing record's id "${parent}"`);
  return parent;
}

function requiredLink(r: HsdsRecord, field: string, parent?: string | null): string {
  const id = link(r, field, parent);
  if (id === null) throw new FieldProblem(field, `${field} is required`);
  return id;
}

export function organizationRow(r: HsdsRecord): Parsed<'organization'> {
  const id = requiredText(r.id, 'id');
  return {
    key: id,
    data: {
      id,
      name: requiredText(r.name, 'name'),
      alternate_name: text(r.alternate_name, 'alternate_name'),
      // Required by HSDS, yet blank in real exports; an empty description loses nothing.
      description: text(r.description, 'description') ?? '',
      email: text(r.email, 'email'),
      website: text(r.website, 'website') ?? text(r.url, 'url'),
    },
  };
}

export function programRow(r: HsdsRecord, organizationId?: string | null): Parsed<'program'> {
  const id = requiredText(r.id, 'id');
  return {
    key: id,
    data: {
      id,
      organization_id: requiredLink(r, 'organization_id', organizationId),
      name: requiredText(r.name, 'name'),
      description: text(r.description, 'description') ?? '',
    },
  };
}

export function serviceRow(r: HsdsRecord, parent: { organization_id?: string | null; program_id?: string | null } = {}): Parsed<'service'> {
  const id = requiredText(r.id, 'id');
  const name = requiredText(r.name, 'name');
  const organization_id = requiredLink(r, 'organization_id', parent.organization_id);
  return {
    key: id,
    data: {
      id,
      organization_id,
      program_id: link(r, 'program_id', parent.program_id),
      name,
      alternate_name: text(r.alternate_name, 'alternate_name'),
      description: text(r.description, 'description') ?? '',
      url: text(r.url, 'url'),
      email: text(r.email, 'email'),
      status: serviceStatus(r.status),
      fees_description: text(r.fees_description, 'fees_description') ?? text(r.fees, 'fees'),
      application_process: text(r.application_process, 'application_process'),
      eligibility_description: text(r.eligibility_description, 'eligibility_description'),
      ...ages(r.minimum_age, r.maximum_age),
      category_id: text(r.category_id, 'category_id'),
    },
  };
}

export function locationRow(r: HsdsRecord, organizationId?: string | null): Parsed<'location'> {
  const id = requiredText(r.id, 'id');
  return {
    key: id,
    data: {
      id,
      organization_id: link(r, 'organization_id', organizationId),
      name: text(r.name, 'name') ?? text(r.alternate_name, 'alternate_name'),
      description: text(r.description, 'description'),
      ...coordinates(r.latitude, r.longitude),
      site_id: siteId(r.site_id),
    },
  };
}

const ADDRESS_TYPES = ['physical', 'postal', 'virtual'] as const;

export function addressRow(
  r: HsdsRecord,
  options: { locationId?: string | null; addressType?: 'physical' | 'postal'; defaultCountry: string },
): Parsed<'address'> {
  const location_id = requiredLink(r, 'location_id', options.locationId);
  const type = (text(r.address_type, 'address_type') ?? options.addressType ?? 'physical').toLowerCase();
  if (!(ADDRESS_TYPES as readonly string[]).includes(type)) {
    throw new FieldProblem('address_type', `"${type}" is not an address type (${ADDRESS_TYPES.join(', ')})`);
  }
  const data = {
    id: text(r.id, 'id'),
    location_id,
    address_type: type as (typeof ADDRESS_TYPES)[number],
    address_1: requiredText(r.address_1, 'address_1'),
    city: requiredText(r.city, 'city'),
    state_province: requiredText(r.state_province, 'state_province'),
    postal_code: requiredText(r.postal_code, 'postal_code'),
    country: country(r.country, options.defaultCountry),
  };
  return data.id ? { key: data.id, data } : { key: `${location_id}:address:${shortHash(JSON.stringify(data))}`, data, derivedKey: true };
}

export function serviceAtLocationRow(r: HsdsRecord, links: { serviceId?: string | null; locationId?: string | null }): Parsed<'service_at_location'> {
  const service_id = requiredLink(r, 'service_id', links.serviceId);
  const location_id = requiredLink(r, 'location_id', links.locationId);
  const id = text(r.id, 'id');
  return id ? { key: id, data: { id, service_id, location_id } } : { key: `${service_id}@${location_id}`, data: { id: `${service_id}@${location_id}`, service_id, location_id }, derivedKey: true };
}

export interface DetailLinks {
  organizationId?: string | null;
  serviceId?: string | null;
  locationId?: string | null;
  serviceAtLocationId?: string | null;
}

export function phoneRow(r: HsdsRecord, links: DetailLinks = {}): Parsed<'phone'> {
  const id = requiredText(r.id, 'id');
  return {
    key: id,
    data: {
      id,
      organization_id: link(r, 'organization_id', links.organizationId),
      service_id: link(r, 'service_id', links.serviceId),
      location_id: link(r, 'location_id', links.locationId),
      service_at_location_id: link(r, 'service_at_location_id', links.serviceAtLocationId),
      number: phoneNumber(r.number),
      extension: text(r.extension, 'extension'),
      type: text(r.type, 'type'),
      description: text(r.description, 'description'),
    },
  };
}

/**
 * An HSDS 3.0 schedule (byday "MO,TU", freq WEEKLY) or an HSDS 1.1 regular_schedule row
 * (weekday 1–7 or a day name). Schedules without an id (every row of the Miami export) get one
 * made from what they describe, so re-importing them finds the same rows.
 */
export function scheduleRow(r: HsdsRecord, links: DetailLinks = {}): Parsed<'schedule'> {
  weeklyFrequency(r.freq);
  const dayField = r.byday !== undefined && r.byday !== null && r.byday !== '' ? 'byday' : 'weekday';
  const days = weekdays(r[dayField], dayField);
  const data = {
    id: '',
    service_id: link(r, 'service_id', links.serviceId),
    location_id: link(r, 'location_id', links.locationId),
    service_at_location_id: link(r, 'service_at_location_id', links.serviceAtLocationId),
    days,
    opens_at: timeOfDay(r.opens_at, 'opens_at'),
    closes_at: timeOfDay(r.closes_at, 'closes_at'),
    description: text(r.description, 'description'),
  };
  const id = text(r.id, 'id');
  if (id) return { key: id, data: { ...data, id } };
  const derived = ['schedule', data.service_id ?? '-', data.location_id ?? '-', data.service_at_location_id ?? '-', days.join(''), `${data.opens_at}-${data.closes_at}`].join(':');
  return { key: derived, data: { ...data, id: derived }, derivedKey: true };
}

/** Languages of a service: HSDS 3.0 `code` (or `name`), HSDS 1.1 free-text `language`. */
export function languageRow(r: HsdsRecord, serviceId?: string | null): Parsed<'language'> {
  const service_id = requiredLink(r, 'service_id', serviceId);
  const code = text(r.code, 'code');
  const field = code !== null ? 'code' : text(r.name, 'name') !== null ? 'name' : 'language';
  let languages: string[];
  try {
    languages = languageCodes(requiredText(r[field], field));
  } catch (err) {
    if (err instanceof FieldProblem) throw err;
    throw new FieldProblem(field, (err as Error).message);
  }
  return { key: `${service_id}:${languages.join(',')}`, data: { service_id, languages }, derivedKey: true };
}

export function serviceAreaRow(r: HsdsRecord, serviceId?: string | null): Parsed<'service_area'> {
  const service_id = requiredLink(r, 'service_id', serviceId);
  const nameField = text(r.name, 'name') !== null ? 'name' : 'service_area';
  const data = { id: '', service_id, name: requiredText(r[nameField], nameField), description: text(r.description, 'description') };
  const id = text(r.id, 'id');
  if (id) return { key: id, data: { ...data, id } };
  const derived = `${service_id}:area:${shortHash(data.name)}`;
  return { key: derived, data: { ...data, id: derived }, derivedKey: true };
}

/** Our structured eligibility ({kind, value}), the one extension row kind of the directory. */
export function eligibilityRow(r: HsdsRecord, serviceId?: string | null): Parsed<'eligibility'> {
  const service_id = requiredLink(r, 'service_id', serviceId);
  const kind = eligibilityKind(r.kind);
  const value = eligibilityValue(kind, r.value);
  const data = { id: '', service_id, kind, value, description: text(r.description, 'description') };
  const id = text(r.id, 'id');
  if (id) return { key: id, data: { ...data, id } };
  const derived = `${service_id}:eligibility:${kind}:${value}`;
  return { key: derived, data: { ...data, id: derived }, derivedKey: true };
}

/** HSDS 1.1 eligibility: a free-text rule, kept in the service's eligibility_description. */
export function eligibilityTextRow(r: HsdsRecord, serviceId?: string | null): Parsed<'eligibility_text'> {
  const service_id = requiredLink(r, 'service_id', serviceId);
  const eligibility = requiredText(r.eligibility, 'eligibility');
  return { key: `${service_id}:text:${shortHash(eligibility)}`, data: { service_id, text: eligibility }, derivedKey: true };
}
