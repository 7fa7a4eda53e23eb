/**
 * Writes resolved entries with one set-based statement per table (arrays passed to unnest), so
 * thousands of rows cost a handful of round trips. Rows are upserted by id; the import is the
 * authority on the details of the services, locations and organizations it contains, so their
 * schedules, languages, areas, eligibility, service-at-location links and phones that the import
 * no longer lists are deleted.
 */
import type { Queryable } from '../db/types.ts';
import type { Entry } from './records.ts';
import type { Resolution } from './resolve.ts';

type Column = [name: string, type: 'text' | 'float8' | 'int' | 'time'];

// A parameter array per column; chunks keep one statement's parameters to a sane size.
const CHUNK = 5000;

async function upsert(
  tx: Queryable,
  table: string,
  columns: Column[],
  rows: unknown[][],
  conflict: string,
  update: string[] | 'nothing',
  extraSet = '',
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const params = columns.map((_, i) => chunk.map((r) => r[i] ?? null));
    const unnest = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    const action =
      update === 'nothing'
        ? 'DO NOTHING'
        : `DO UPDATE SET ${[...update.map((c) => `${c} = EXCLUDED.${c}`), ...(extraSet ? [extraSet] : [])].join(', ')}`;
    await tx.query(
      `INSERT INTO ${table} (${columns.map(([n]) => n).join(', ')}) SELECT * FROM unnest(${unnest}) ON CONFLICT (${conflict}) ${action}`,
      params,
    );
  }
}

function names(columns: Column[], except: string[] = ['id']): string[] {
  return columns.map(([n]) => n).filter((n) => !except.includes(n));
}

const ORGANIZATION: Column[] = [
  ['id', 'text'], ['name', 'text'], ['alternate_name', 'text'], ['description', 'text'], ['email', 'text'], ['website', 'text'], ['source', 'text'],
];
const PROGRAM: Column[] = [['id', 'text'], ['organization_id', 'text'], ['name', 'text'], ['description', 'text']];
const SERVICE: Column[] = [
  ['id', 'text'], ['organization_id', 'text'], ['program_id', 'text'], ['name', 'text'], ['alternate_name', 'text'], ['description', 'text'],
  ['url', 'text'], ['email', 'text'], ['status', 'text'], ['fees_description', 'text'], ['application_process', 'text'],
  ['eligibility_description', 'text'], ['minimum_age', 'int'], ['maximum_age', 'int'], ['category_id', 'text'],
];
const LOCATION: Column[] = [
  ['id', 'text'], ['organization_id', 'text'], ['name', 'text'], ['description', 'text'], ['latitude', 'float8'], ['longitude', 'float8'],
  ['address_1', 'text'], ['city', 'text'], ['state_province', 'text'], ['postal_code', 'text'], ['country', 'text'], ['site_id', 'text'],
];
const SERVICE_AT_LOCATION: Column[] = [['id', 'text'], ['service_id', 'text'], ['location_id', 'text']];
const PHONE: Column[] = [
  ['id', 'text'], ['organization_id', 'text'], ['service_id', 'text'], ['location_id', 'text'], ['number', 'text'], ['extension', 'text'],
  ['type', 'text'], ['description', 'text'],
];
const SCHEDULE: Column[] = [
  ['id', 'text'], ['service_id', 'text'], ['location_id', 'text'], ['byday', 'text'], ['opens_at', 'time'], ['closes_at', 'time'], ['description', 'text'],
];
const SERVICE_AREA: Column[] = [['id', 'text'], ['service_id', 'text'], ['name', 'text'], ['description', 'text']];
const ELIGIBILITY: Column[] = [['id', 'text'], ['service_id', 'text'], ['kind', 'text'], ['value', 'text'], ['description', 'text']];

export interface DirectoryCounts {
  organizations: number;
  programs: number;
  services: number;
  locations: number;
  service_at_location: number;
  phones: number;
  schedules: number;
  languages: number;
  service_areas: number;
  eligibility: number;
}

const ADDRESS_PREFERENCE = { physical: 0, postal: 1, virtual: 2 } as const;

/** The address to show for each location: a physical one before a postal one, the first of each. */
function bestAddresses(entries: Entry<'address'>[]): Map<string, Entry<'address'>['data']> {
  const best = new Map<string, Entry<'address'>['data']>();
  for (const { data } of entries) {
    const current = best.get(data.location_id);
    if (!current || ADDRESS_PREFERENCE[data.address_type] < ADDRESS_PREFERENCE[current.address_type]) best.set(data.location_id, data);
  }
  return best;
}

/** HSDS 1.1 eligibility texts per service, joined in file order. */
function eligibilityTexts(entries: Entry<'eligibility_text'>[]): Map<string, string> {
  const texts = new Map<string, string[]>();
  for (const { data } of entries) texts.set(data.service_id, [...(texts.get(data.service_id) ?? []), data.text]);
  return new Map([...texts].map(([id, list]) => [id, list.join('\n')]));
}

export interface WriteOptions {
  source: string;
  /** Country of locations that have no address (our column is required). */
  defaultCountry: string;
}

export async function writeDirectory(tx: Queryable, { valid }: Resolution, { source, defaultCountry }: WriteOptions): Promise<DirectoryCounts> {
  const orgIds = valid.organization.map((e) => e.key);
  const serviceIds = valid.service.map((e) => e.key);
  const locationIds = valid.location.map((e) => e.key);

  await upsert(
    tx, 'organization', ORGANIZATION,
    valid.organization.map(({ data: d }) => [d.id, d.name, d.alternate_name, d.description, d.email, d.website, source]),
    'id', names(ORGANIZATION), 'updated_at = now()',
  );
  await upsert(tx, 'program', PROGRAM, valid.program.map(({ data: d }) => [d.id, d.organization_id, d.name, d.description]), 'id', names(PROGRAM));

  const texts = eligibilityTexts(valid.eligibility_text);
  await upsert(
    tx, 'service', SERVICE,
    valid.service.map(({ data: d }) => [
      d.id, d.organization_id, d.program_id, d.name, d.alternate_name, d.description, d.url, d.email, d.status, d.fees_description,
      d.application_process, d.eligibility_description ?? texts.get(d.id) ?? null, d.minimum_age, d.maximum_age, d.category_id,
    ]),
    'id', names(SERVICE), 'updated_at = now()',
  );
  const inBatch = new Set(serviceIds);
  const textsForExisting = [...texts].filter(([id]) => !inBatch.has(id));
  if (textsForExisting.length) {
    await tx.query(
      `UPDATE service s SET eligibility_description = t.text, updated_at = now()
         FROM unnest($1::text[], $2::text[]) AS t(id, text) WHERE s.id = t.id`,
      [textsForExisting.map(([id]) => id), textsForExisting.map(([, t]) => t)],
    );
  }

  const addresses = bestAddresses(valid.address);
  await upsert(
    tx, 'location', LOCATION,
    valid.location.map(({ data: d }) => {
      const a = addresses.get(d.id);
      return [
        d.id, d.organization_id, d.name ?? a?.address_1 ?? '', d.description, d.latitude, d.longitude,
        a?.address_1, a?.city, a?.state_province, a?.postal_code, a?.country ?? defaultCountry, d.site_id,
      ];
    }),
    'id', names(LOCATION),
  );
  const locationsInBatch = new Set(locationIds);
  const addressesForExisting = [...addresses.values()].filter((a) => !locationsInBatch.has(a.location_id));
  if (addressesForExisting.length) {
    const cols = ['address_1', 'city', 'state_province', 'postal_code', 'country'] as const;
    await tx.query(
      `UPDATE location l SET ${cols.map((c) => `${c} = a.${c}`).join(', ')}
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS a(id, ${cols.join(', ')})
        WHERE l.id = a.id`,
      [addressesForExisting.map((a) => a.location_id), ...cols.map((c) => addressesForExisting.map((a) => a[c]))],
    );
  }

  // Details the import no longer lists go; the rows it lists are upserted right after.
  const sal = valid.service_at_location.map(({ data: d }) => [d.id, d.service_id, d.location_id]);
  await tx.query('DELETE FROM service_at_location WHERE service_id = ANY($1::text[]) AND NOT (id = ANY($2::text[]))', [serviceIds, sal.map((r) => r[0])]);
  // The same service and location under a new id: the old link row gives way.
  await tx.query(
    `DELETE FROM service_at_location s USING unnest($1::text[], $2::text[], $3::text[]) AS n(id, service_id, location_id)
      WHERE s.service_id = n.service_id AND s.location_id = n.location_id AND s.id <> n.id`,
    [sal.map((r) => r[0]), sal.map((r) => r[1]), sal.map((r) => r[2])],
  );
  await upsert(tx, 'service_at_location', SERVICE_AT_LOCATION, sal, 'id', names(SERVICE_AT_LOCATION));

  const phones = valid.phone.map(({ data: d }) => [d.id, d.organization_id, d.service_id, d.location_id, d.number, d.extension, d.type, d.description]);
  await tx.query(
    `DELETE FROM phone WHERE NOT (id = ANY($4::text[])) AND (service_id = ANY($1::text[])
        OR (service_id IS NULL AND location_id = ANY($2::text[]))
        OR (service_id IS NULL AND location_id IS NULL AND organization_id = ANY($3::text[])))`,
    [serviceIds, locationIds, orgIds, phones.map((r) => r[0])],
  );
  await upsert(tx, 'phone', PHONE, phones, 'id', names(PHONE));

  const schedules = valid.schedule.flatMap(({ data: d }) =>
    d.days.map((day) => [d.days.length === 1 ? d.id : `${d.id}:${day}`, d.service_id, d.location_id, day, d.opens_at, d.closes_at, d.description]),
  );
  await tx.query(
    `DELETE FROM schedule WHERE NOT (id = ANY($3::text[]))
        AND (service_id = ANY($1::text[]) OR (service_id IS NULL AND location_id = ANY($2::text[])))`,
    [serviceIds, locationIds, schedules.map((r) => r[0])],
  );
  await upsert(tx, 'schedule', SCHEDULE, schedules, 'id', names(SCHEDULE));

  const languagePairs = new Map<string, [string, string]>();
  for (const { data: d } of valid.language) for (const code of d.languages) languagePairs.set(`${d.service_id}\u0000${code}`, [d.service_id, code]);
  const languages = [...languagePairs.values()];
  await tx.query(
    `DELETE FROM service_language l WHERE l.service_id = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM unnest($2::text[], $3::text[]) AS n(service_id, language)
                         WHERE n.service_id = l.service_id AND n.language = l.language)`,
    [serviceIds, languages.map((r) => r[0]), languages.map((r) => r[1])],
  );
  await upsert(tx, 'service_language', [['service_id', 'text'], ['language', 'text']], languages, 'service_id, language', 'nothing');

  const areas = valid.service_area.map(({ data: d }) => [d.id, d.service_id, d.name, d.description]);
  await tx.query('DELETE FROM service_area WHERE service_id = ANY($1::text[]) AND NOT (id = ANY($2::text[]))', [serviceIds, areas.map((r) => r[0])]);
  await upsert(tx, 'service_area', SERVICE_AREA, areas, 'id', names(SERVICE_AREA));

  const eligibility = valid.eligibility.map(({ data: d }) => [d.id, d.service_id, d.kind, d.value, d.description]);
  await tx.query('DELETE FROM eligibility WHERE service_id = ANY($1::text[]) AND NOT (id = ANY($2::text[]))', [serviceIds, eligibility.map((r) => r[0])]);
  await upsert(tx, 'eligibility', ELIGIBILITY, eligibility, 'id', names(ELIGIBILITY));

  return {
    organizations: valid.organization.length,
    programs: valid.program.length,
    services: valid.service.length,
    locations: valid.location.length,
    service_at_location: sal.length,
    phones: phones.length,
    schedules: schedules.length,
    languages: languages.length,
    service_areas: areas.length,
    eligibility: eligibility.length,
  };
}
