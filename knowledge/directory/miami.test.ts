/**
 * The real Open211 Miami export (HSDS 1.1 CSV, 2019), read at run time from
 * ../shared/external-data and never copied into the repository. It has real defects; the
 * importer must name them precisely and, in skip mode, still load the thousands of valid rows.
 *
 * Defects found in the data (record numbers, header = row 1):
 * - services.csv: 447 services name one of 82 organization ids missing from organizations.csv
 *   (first: row 666, organization_id "6253");
 * - locations.csv: organization_id repeats the location's own id, so 3,015 of 4,089 locations
 *   point to no organization (first: row 4, "144");
 * - eligibility.csv: all 2,244 rows have an empty service_id (and id), so none can be attached;
 * - regular_schedules.csv: no row has an id (derived ones are used); 132 rows have no opening
 *   time and 28 have unreadable times such as "6:300pm", "8:00m" or "12:00pm (dispensing)";
 * - languages.csv: ids repeat (they are service ids) and 326 values are not languages
 *   ("other languages available upon request", blanks);
 * - phones.csv: 22 rows without a number; physical_addresses.csv: 35 rows without address_1.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/testing.ts';
import { ImportError } from '../import/errors.ts';
import { importHsdsCsv } from './index.ts';
import { countRows, hasExternal, MIAMI_211 } from './test-support.ts';

describe.skipIf(!hasExternal(MIAMI_211))(`Open211 Miami HSDS 1.1 import (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.drop());

  it('reject mode stops at the first real defect, naming file, row and field, and writes nothing', async () => {
    const before = await countRows(t.db);
    const e = await importHsdsCsv(t.db, MIAMI_211, { source: 'miami-211', defaultCountry: 'US' }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(ImportError);
    const error = e as ImportError;
    expect([path.basename(error.file), error.row, error.field, error.reason]).toEqual(['services.csv', 666, 'organization_id', 'unknown organization "6253"']);
    expect(await countRows(t.db)).toEqual(before);
  });

  it('skip mode imports the valid services and reports every skipped row', async () => {
    const result = await importHsdsCsv(t.db, MIAMI_211, { source: 'miami-211', defaultCountry: 'US', onInvalidRow: 'skip' });
    expect(result.counts.organizations).toBe(1074);
    expect(result.counts.services).toBe(4089 - 447);
    expect(result.counts.schedules).toBeGreaterThan(9000);
    expect(result.counts.languages).toBeGreaterThan(7000);
    expect(await countRows(t.db)).toMatchObject({ organization: 1074, service: 3642 });

    const skipped = result.skipped.map((s) => ({ ...s, file: path.basename(s.file) }));
    const has = (file: string, row: number, field: string, reason: RegExp) =>
      expect(skipped.find((s) => s.file === file && s.row === row && s.field === field && reason.test(s.reason)), `${file} row ${row} ${field}`).toBeDefined();
    has('services.csv', 666, 'organization_id', /^unknown organization "6253"$/);
    has('locations.csv', 4, 'organization_id', /^unknown organization "144"$/);
    has('eligibility.csv', 2, 'service_id', /^service_id is required$/);
    has('regular_schedules.csv', 692, 'opens_at', /^opens_at is required$/);
    has('regular_schedules.csv', 4180, 'closes_at', /"6:300pm" is not a time of day/);
    has('phones.csv', 900, 'number', /^number is required$/);
    expect(skipped.filter((s) => s.file === 'eligibility.csv')).toHaveLength(2244);
    expect(skipped.filter((s) => s.file === 'services.csv')).toHaveLength(447);
    expect(skipped.some((s) => s.file === 'languages.csv' && /"other languages available upon request" is not a language/.test(s.reason))).toBe(true);
    // Rows under a skipped service are skipped with it, not reported as orphans.
    expect(skipped.some((s) => s.file === 'regular_schedules.csv' && /depends on service ".+" \(services.csv row \d+\)/.test(s.reason))).toBe(true);
    expect(result.ignoredFiles).toEqual(expect.arrayContaining(['contacts.csv', 'taxonomy.csv']));
  });

  it('normalizes 12-hour times, weekday names and free-text languages', async () => {
    const hours = await t.db.query(`SELECT byday, opens_at, closes_at FROM schedule WHERE service_id = '136' ORDER BY opens_at, byday`);
    expect(hours.rows).toEqual(['FR', 'MO', 'TH', 'TU', 'WE'].map((byday) => ({ byday, opens_at: '09:00:00', closes_at: '17:00:00' })));
    const langs = await t.db.query<{ language: string }>(`SELECT language FROM service_language WHERE service_id = '136' ORDER BY language`);
    expect(langs.rows.map((r) => r.language)).toEqual(['en', 'es', 'ht']);
    const place = await t.db.query(`SELECT address_1, city, state_province, postal_code, country FROM location WHERE id = '136'`);
    expect(place.rows).toEqual([{ address_1: '11347 SW 160th Street', city: 'Miami', state_province: 'FL', postal_code: '33157', country: 'US' }]);
  });
});
