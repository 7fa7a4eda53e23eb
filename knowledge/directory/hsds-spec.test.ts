/**
 * Conformance with the official HSDS 3.0 examples (read at run time from ../shared/external-data,
 * never copied into the repository). The examples are fictional and, as published, violate the
 * spec in two places our importer catches: latitude 100 / longitude 101, and a location whose
 * organization_id names no organization in the package.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/testing.ts';
import { ImportError } from '../import/errors.ts';
import { importHsdsCsv, importHsdsJson } from './index.ts';
import { countRows, hasExternal, HSDS_SPEC, snapshot, tempDir } from './test-support.ts';

const EXAMPLES = path.join(HSDS_SPEC, 'examples');
const CSV_EXAMPLES = path.join(EXAMPLES, 'csv');
const ORG_ID = 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610';
const available = hasExternal(EXAMPLES);

async function rejection(p: Promise<unknown>): Promise<ImportError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(ImportError);
  return e as ImportError;
}

/** A copy of the CSV example package with `edit` applied to the rows of some files. */
function csvCopy(edits: Record<string, (rows: Record<string, string>[]) => void>): string {
  const dir = tempDir();
  cpSync(CSV_EXAMPLES, dir, { recursive: true });
  for (const [name, edit] of Object.entries(edits)) {
    const file = path.join(dir, name);
    const rows = parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
    const header = Object.keys(rows[0]);
    edit(rows);
    const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    writeFileSync(file, [header.join(','), ...rows.map((r) => header.map((h) => cell(r[h] ?? '')).join(','))].join('\n') + '\n');
  }
  return dir;
}

/** The CSV example with its two defects repaired: a real place and an existing organization. */
const repairs = {
  'locations.csv': (rows: Record<string, string>[]) => Object.assign(rows[0], { latitude: '51.5072', longitude: '-0.1276', organization_id: ORG_ID }),
};

/** A JSON example with the impossible coordinates replaced. */
function repairedJson(name: string): string {
  const text = readFileSync(path.join(EXAMPLES, name), 'utf8').replace(/"latitude": 100/g, '"latitude": 51.5072').replace(/"longitude": 101/g, '"longitude": -0.1276');
  const file = path.join(tempDir(), name);
  writeFileSync(file, text);
  return file;
}

describe.skipIf(!available)(`HSDS 3.0 official examples (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.drop());

  it('rejects the CSV package as published: latitude 100 in locations.csv row 2, nothing written', async () => {
    const before = await countRows(t.db);
    const e = await rejection(importHsdsCsv(t.db, CSV_EXAMPLES, { source: 'hsds-examples' }));
    expect([path.basename(e.file), e.row, e.field, e.reason]).toEqual(['locations.csv', 2, 'latitude', '100 is not a latitude (-90 to 90)']);
    expect(await countRows(t.db)).toEqual(before);
  });

  it('then names the second defect: the location belongs to an organization the package lacks', async () => {
    const dir = csvCopy({ 'locations.csv': (rows) => Object.assign(rows[0], { latitude: '51.5072', longitude: '-0.1276' }) });
    const e = await rejection(importHsdsCsv(t.db, dir, { source: 'hsds-examples' }));
    expect([path.basename(e.file), e.row, e.field, e.reason]).toEqual([
      'locations.csv',
      2,
      'organization_id',
      'unknown organization "985e4a42-bd9f-4edc-911d-0243a4640aca"',
    ]);
  });

  it('in skip mode imports the rest of the published CSV package and reports the location and its dependents', async () => {
    const result = await importHsdsCsv(t.db, CSV_EXAMPLES, { source: 'hsds-examples-skip', onInvalidRow: 'skip' });
    expect(result.counts).toMatchObject({ organizations: 1, programs: 1, services: 1, locations: 0, languages: 1, service_areas: 1 });
    expect(result.skipped.map((s) => [path.basename(s.file), s.row, s.field])).toEqual([
      ['locations.csv', 2, 'latitude'],
      ['addresses.csv', 2, 'location_id'],
      ['service_at_location.csv', 2, 'location_id'],
      ['phones.csv', 2, 'location_id'],
      ['schedules.csv', 2, 'location_id'],
    ]);
    expect(result.ignoredFiles).toContain('contacts.csv');
    await t.db.exec(`DELETE FROM organization WHERE source = 'hsds-examples-skip'`);
  });

  it('imports the repaired CSV package completely, expanding byday "TH,FR" to two rows', async () => {
    const result = await importHsdsCsv(t.db, csvCopy(repairs), { source: 'hsds-examples', defaultCountry: 'GB' });
    expect(result.skipped).toEqual([]);
    expect(result.counts).toMatchObject({
      organizations: 1, programs: 1, services: 1, locations: 1, service_at_location: 1, phones: 1, schedules: 2, languages: 1, service_areas: 1,
    });
    const s = await t.db.query('SELECT byday, opens_at, closes_at FROM schedule ORDER BY byday');
    expect(s.rows).toEqual([
      { byday: 'FR', opens_at: '10:00:00', closes_at: '18:00:00' },
      { byday: 'TH', opens_at: '10:00:00', closes_at: '18:00:00' },
    ]);
    const p = await t.db.query('SELECT number, organization_id, service_id, location_id FROM phone');
    // The example wraps the number in quotes; they are not part of the number.
    expect(p.rows).toEqual([{ number: '+44 1234 234567', organization_id: ORG_ID, service_id: 'ac148810-d857-441c-9679-408f346de14b', location_id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5' }]);
    const l = await t.db.query('SELECT address_1, city, country FROM location');
    expect(l.rows).toEqual([{ address_1: '1-30 Main Street', city: 'MyCity', country: 'US' }]);
    const lang = await t.db.query('SELECT language FROM service_language');
    expect(lang.rows).toEqual([{ language: 'ur' }]);
  });

  it('enforces every required HSDS 3.0 field of the tables it stores, or documents the default it applies', async () => {
    const fields = parse(readFileSync(path.join(HSDS_SPEC, 'hsds-3.0-schema-fields.csv'), 'utf8'), { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
    const files: Record<string, string> = {
      organization: 'organizations.csv', program: 'programs.csv', service: 'services.csv', location: 'locations.csv', address: 'addresses.csv',
      phone: 'phones.csv', schedule: 'schedules.csv', language: 'languages.csv', service_area: 'service_areas.csv', service_at_location: 'service_at_location.csv',
    };
    /** Required by HSDS but blank in real exports, or never stored: the import fills them in. */
    const defaulted: Record<string, string> = {
      'organization.description': 'stored as an empty description',
      'program.description': 'stored as an empty description',
      'address.id': 'not stored; the address is copied into its location',
      'service.status': 'blank means active',
      'location.location_type': 'not stored',
      'address.country': 'the import’s defaultCountry',
      'address.address_type': 'physical',
      'schedule.id': 'derived from the schedule’s content',
      'language.id': 'not stored; languages are kept per service',
      'service_area.id': 'derived from service and area name',
      'service_at_location.id': 'derived from service and location',
    };
    const required = fields.filter((f) => files[f.table_name] && f.type !== 'array' && (f.constraints_required === 'true' || f.constraints_tablular_required === 'true'));
    expect(required.length).toBeGreaterThan(15);
    for (const f of required) {
      const key = `${f.table_name}.${f.name}`;
      const file = files[f.table_name];
      const dir = csvCopy({
        ...repairs,
        [file]: (rows) => {
          if (file === 'locations.csv') repairs['locations.csv'](rows);
          rows[0][f.name] = '';
        },
      });
      const before = await snapshot(t.db);
      const outcome = await importHsdsCsv(t.db, dir, { source: 'hsds-examples', defaultCountry: 'GB' }).then(() => undefined, (e: unknown) => e);
      if (defaulted[key]) {
        expect(outcome, `${key} should import with a default`).toBeUndefined();
      } else {
        expect(outcome, `${key} should be enforced`).toBeInstanceOf(ImportError);
        const e = outcome as ImportError;
        expect([path.basename(e.file), e.row, e.field], key).toEqual([files[f.table_name], 2, f.name]);
        expect(await snapshot(t.db)).toEqual(before);
      }
    }
  });

  it('rejects service_full.json as published, naming the JSON path of latitude 100', async () => {
    const e = await rejection(importHsdsJson(t.db, path.join(EXAMPLES, 'service_full.json'), { source: 'hsds-examples' }));
    expect([e.row, e.field, e.reason]).toEqual([1, 'organization.locations[0].latitude', '100 is not a latitude (-90 to 90)']);
  });

  it('imports the repaired JSON examples, merging the entities they repeat, to the same rows as the CSV package', async () => {
    const fromCsv = await snapshot(t.db);
    for (const name of ['service_full.json', 'organization_full.json', 'service_at_location_full.json']) {
      const result = await importHsdsJson(t.db, repairedJson(name), { source: 'hsds-examples', defaultCountry: 'GB' });
      expect(result.skipped, name).toEqual([]);
      expect(result.counts, name).toMatchObject({ organizations: 1, programs: 1, services: 1, locations: 1, phones: 1, schedules: 2, languages: 1, service_areas: 1 });
      const now = await snapshot(t.db);
      expect(now.schedule, name).toEqual(fromCsv.schedule);
      expect(now.phone, name).toEqual(fromCsv.phone);
      expect(now.service_language, name).toEqual(fromCsv.service_language);
    }
  });
});
