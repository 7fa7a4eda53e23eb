import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/testing.ts';
import { ImportError } from '../import/errors.ts';
import { DEMO_DIRECTORY_FILE, importHsdsCsv, importHsdsJson } from './index.ts';
import { countRows, demoDocument, seedCategories, tempDir, writeCsvPackage, writeJson } from './test-support.ts';

type Doc = ReturnType<typeof demoDocument>;

/** Runs `importer`, expects an ImportError, and checks that no directory row changed. */
async function expectRejected(t: TestDb, importer: () => Promise<unknown>): Promise<ImportError> {
  const before = await countRows(t.db);
  const error = await importer().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect(await countRows(t.db)).toEqual(before);
  return error as ImportError;
}

function editedDemo(edit: (doc: Doc) => void): string {
  const doc = demoDocument();
  edit(doc);
  return writeJson(tempDir(), 'directory.json', doc);
}

const ORGS = ['id', 'name', 'description'];
const SERVICES = ['id', 'organization_id', 'name', 'minimum_age', 'maximum_age'];
const SCHEDULES = ['id', 'service_id', 'weekday', 'opens_at', 'closes_at'];

describe(`HSDS import rejections (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await seedCategories(t.db);
    await importHsdsJson(t.db, DEMO_DIRECTORY_FILE, { source: 'demo' });
  });
  afterAll(async () => t.drop());

  it('malformed JSON names the line of the syntax error', async () => {
    const lines = readFileSync(DEMO_DIRECTORY_FILE, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('"status": "active"'));
    lines[line] = lines[line].replace('"active",', '"active",,');
    const file = path.join(tempDir(), 'broken.json');
    writeFileSync(file, lines.join('\n'));
    const e = await expectRejected(t, () => importHsdsJson(t.db, file, { source: 'demo' }));
    expect(e.file).toBe(file);
    expect(e.row).toBe(line + 1);
    expect(e.field).toBe('$');
    expect(e.reason).toMatch(/not valid JSON at line \d+, column \d+/);
  });

  it('a service without a name', async () => {
    const file = editedDemo((doc) => delete doc.organizations[3].services[1].name);
    const e = await expectRejected(t, () => importHsdsJson(t.db, file, { source: 'demo' }));
    expect([e.file, e.row, e.field, e.reason]).toEqual([file, 4, 'organizations[3].services[1].name', 'name is required']);
  });

  it('a service pointing to an unknown organization', async () => {
    const file = editedDemo((doc) => {
      (doc as Doc & { services: unknown[] }).services = [{ id: 'svc-orphan', organization_id: 'no-such-org', name: 'Orphan service' }];
    });
    const e = await expectRejected(t, () => importHsdsJson(t.db, file, { source: 'demo' }));
    expect([e.row, e.field, e.reason]).toEqual([1, 'services[0].organization_id', 'unknown organization "no-such-org"']);
  });

  it('a service that names another organization than the one it is nested in', async () => {
    const file = editedDemo((doc) => (doc.organizations[0].services[0].organization_id = doc.organizations[1].id));
    const e = await expectRejected(t, () => importHsdsJson(t.db, file, { source: 'demo' }));
    expect([e.row, e.field]).toEqual([1, 'organizations[0].services[0].organization_id']);
    expect(e.reason).toMatch(/does not match the enclosing record's id/);
  });

  it('latitude 123', async () => {
    const file = editedDemo((doc) => (doc.organizations[5].locations[0].latitude = 123));
    const e = await expectRejected(t, () => importHsdsJson(t.db, file, { source: 'demo' }));
    expect([e.row, e.field, e.reason]).toEqual([6, 'organizations[5].locations[0].latitude', '123 is not a latitude (-90 to 90)']);
  });

  it('opening time "25:00"', async () => {
    const file = editedDemo((doc) => (doc.organizations[2].services[0].schedules[0].opens_at = '25:00'));
    const e = await expectRejected(t, () => importHsdsJson(t.db, file, { source: 'demo' }));
    expect([e.row, e.field]).toEqual([3, 'organizations[2].services[0].schedules[0].opens_at']);
    expect(e.reason).toMatch(/"25:00" is not a time of day/);
  });

  it.each([
    ['weekday code', (d: Doc) => (d.organizations[1].services[0].schedules[0].byday = 'MO,XX'), 'organizations[1].services[0].schedules[0].byday', /"XX" is not a weekday/],
    ['language', (d: Doc) => d.organizations[1].services[0].languages.push({ name: 'Klingonese' }), 'organizations[1].services[0].languages', /"Klingonese" is not a language/],
    ['category', (d: Doc) => (d.organizations[1].services[0].category_id = 'astrology'), 'organizations[1].services[0].category_id', /unknown category "astrology"/],
    ['age range', (d: Doc) => Object.assign(d.organizations[1].services[0], { minimum_age: 30, maximum_age: 20 }), 'organizations[1].services[0].maximum_age', /below minimum_age/],
    ['negative age', (d: Doc) => (d.organizations[1].services[0].minimum_age = -1), 'organizations[1].services[0].minimum_age', /not an age/],
    ['immigration status', (d: Doc) => d.organizations[1].services[0].eligibility.push({ kind: 'immigration_status', value: 'tourist' }), 'organizations[1].services[0].eligibility', /"tourist" is not an immigration status/],
    ['site', (d: Doc) => (d.organizations[1].locations[0].site_id = 'toronto'), 'organizations[1].locations[0].site_id', /"toronto" is not a site/],
    ['repeated id with other content', (d: Doc) => (d.organizations[1].services[1].id = d.organizations[1].services[0].id), 'organizations[1].services[1].id', /defined twice with different content/],
  ])('a bad %s', async (_label, edit, field, reason) => {
    const file = editedDemo(edit);
    const e = await expectRejected(t, () => importHsdsJson(t.db, file, { source: 'demo' }));
    expect(e.row).toBe(2);
    expect(e.field?.startsWith(field)).toBe(true);
    expect(e.reason).toMatch(reason);
  });

  it("an id that belongs to another import's organization", async () => {
    const file = editedDemo((doc) => (doc.organizations = [doc.organizations[0]]));
    const e = await expectRejected(t, () => importHsdsJson(t.db, file, { source: 'someone-else' }));
    expect([e.row, e.field]).toEqual([1, 'organizations[0].id']);
    expect(e.reason).toMatch(/already belongs to the import "demo"/);
  });

  it('a document that is not HSDS', async () => {
    const file = writeJson(tempDir(), 'other.json', { hello: 'world' });
    const e = await expectRejected(t, () => importHsdsJson(t.db, file, { source: 'demo' }));
    expect([e.row, e.field]).toEqual([1, '$']);
  });

  describe('CSV', () => {
    const valid = (p = 'csv') => ({
      'organizations.csv': [ORGS, [`${p}-org-1`, 'Test Org (demo)', 'A test organization'], [`${p}-org-2`, 'Other Org (demo)', '']],
      'services.csv': [
        SERVICES,
        [`${p}-svc-1`, `${p}-org-1`, 'Counselling', '', ''],
        [`${p}-svc-2`, `${p}-org-1`, 'Youth group', '12', '24'],
        [`${p}-svc-3`, `${p}-org-2`, 'Food bank', '', ''],
      ],
      'regular_schedules.csv': [
        SCHEDULES,
        ['', `${p}-svc-1`, '1', '9:00am', '5:00pm'],
        ['', `${p}-svc-1`, 'Tuesday', '09:00', '17:00'],
        ['', `${p}-svc-2`, '6', '10:00', '14:00'],
      ],
    });

    it('imports a valid HSDS 1.1 package, normalizing weekdays and 12-hour times', async () => {
      const result = await importHsdsCsv(t.db, writeCsvPackage(valid()), { source: 'csv-test' });
      expect(result.counts).toMatchObject({ organizations: 2, services: 3, schedules: 3 });
      const r = await t.db.query(`SELECT byday, opens_at, closes_at FROM schedule WHERE service_id LIKE 'csv-svc-%' ORDER BY service_id, byday`);
      expect(r.rows).toEqual([
        { byday: 'MO', opens_at: '09:00:00', closes_at: '17:00:00' },
        { byday: 'TU', opens_at: '09:00:00', closes_at: '17:00:00' },
        { byday: 'SA', opens_at: '10:00:00', closes_at: '14:00:00' },
      ]);
      const again = await importHsdsCsv(t.db, writeCsvPackage(valid()), { source: 'csv-test' });
      expect(again.counts).toEqual(result.counts);
      expect((await t.db.query(`SELECT 1 FROM schedule WHERE service_id LIKE 'csv-svc-%'`)).rows).toHaveLength(3);
    });

    it('a row with the wrong number of columns, with its row number', async () => {
      const tables = valid();
      tables['services.csv'][3] = ['csv-svc-3', 'csv-org-2', 'Food bank'];
      const dir = writeCsvPackage(tables);
      const e = await expectRejected(t, () => importHsdsCsv(t.db, dir, { source: 'csv-test' }));
      expect([path.basename(e.file), e.row, e.field]).toEqual(['services.csv', 4, 'minimum_age']);
      expect(e.reason).toBe('row has 3 values, the header has 5 columns');
    });

    it('a bad value, with its row number and column', async () => {
      const tables = valid();
      tables['regular_schedules.csv'][3][4] = '25:00';
      const dir = writeCsvPackage(tables);
      const e = await expectRejected(t, () => importHsdsCsv(t.db, dir, { source: 'csv-test' }));
      expect([path.basename(e.file), e.row, e.field]).toEqual(['regular_schedules.csv', 4, 'closes_at']);
      expect(e.reason).toMatch(/"25:00" is not a time of day/);
    });

    it('a weekday number out of range and an unknown service', async () => {
      const tables = valid();
      tables['regular_schedules.csv'][2][2] = '8';
      let e = await expectRejected(t, () => importHsdsCsv(t.db, writeCsvPackage(tables), { source: 'csv-test' }));
      expect([path.basename(e.file), e.row, e.field]).toEqual(['regular_schedules.csv', 3, 'weekday']);
      const orphan = valid();
      orphan['regular_schedules.csv'][1][1] = 'csv-svc-404';
      e = await expectRejected(t, () => importHsdsCsv(t.db, writeCsvPackage(orphan), { source: 'csv-test' }));
      expect([path.basename(e.file), e.row, e.field, e.reason]).toEqual(['regular_schedules.csv', 2, 'service_id', 'unknown service "csv-svc-404"']);
    });

    it('a duplicated id', async () => {
      const tables = valid();
      tables['services.csv'][3][0] = 'csv-svc-1';
      const e = await expectRejected(t, () => importHsdsCsv(t.db, writeCsvPackage(tables), { source: 'csv-test' }));
      expect([path.basename(e.file), e.row, e.field]).toEqual(['services.csv', 4, 'id']);
      expect(e.reason).toBe('duplicate id "csv-svc-1" (first at row 2)');
    });

    it('an unclosed quote and a missing column', async () => {
      const dir = writeCsvPackage(valid());
      writeFileSync(path.join(dir, 'services.csv'), `${SERVICES.join(',')}\ncsv-svc-1,csv-org-1,"Counselling,,\n`);
      let e = await expectRejected(t, () => importHsdsCsv(t.db, dir, { source: 'csv-test' }));
      expect([path.basename(e.file), e.row, e.field]).toEqual(['services.csv', 2, 'name']);
      expect(e.reason).toMatch(/not valid CSV: Quote Not Closed/);
      writeFileSync(path.join(dir, 'services.csv'), 'id,organization_id\ncsv-svc-1,csv-org-1\n');
      e = await expectRejected(t, () => importHsdsCsv(t.db, dir, { source: 'csv-test' }));
      expect([path.basename(e.file), e.row, e.field, e.reason]).toEqual(['services.csv', 1, 'name', 'missing column "name"']);
    });

    it('skip mode leaves out invalid rows and the rows that depend on them, and reports them', async () => {
      const tables = valid('skip');
      tables['organizations.csv'][2][1] = ''; // csv-org-2 has no name …
      tables['regular_schedules.csv'][2][3] = 'noon-ish'; // … and one schedule a bad time
      const result = await importHsdsCsv(t.db, writeCsvPackage(tables), { source: 'csv-test', onInvalidRow: 'skip' });
      expect(result.counts).toMatchObject({ organizations: 1, services: 2, schedules: 2 });
      expect(result.skipped.map((s) => [path.basename(s.file), s.row, s.field])).toEqual([
        ['organizations.csv', 3, 'name'],
        ['services.csv', 4, 'organization_id'],
        ['regular_schedules.csv', 3, 'opens_at'],
      ]);
      expect(result.skipped[1].reason).toMatch(/depends on organization "skip-org-2" \(organizations.csv row 3\), which is invalid/);
      const r = await t.db.query(`SELECT id FROM service WHERE id LIKE 'skip-svc-%' ORDER BY id`);
      expect(r.rows).toEqual([{ id: 'skip-svc-1' }, { id: 'skip-svc-2' }]);
    });
  });
});
