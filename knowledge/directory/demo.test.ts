import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/testing.ts';
import { SITES } from '../domain/types.ts';
import { buildDemoDirectory, renderDemoDirectory } from '../content/directory/build-demo.ts';
import { CATEGORY_IDS } from '../content/directory/demo-catalogue.ts';
import { DEMO_DIRECTORY_FILE, importHsdsJson } from './index.ts';
import { demoDocument, seedCategories, snapshot, tempDir, writeJson } from './test-support.ts';

const BIG_SITES = ['ottawa', 'london', 'windsor'];
const ESSENTIALS = ['orientation', 'language', 'employment', 'housing', 'food', 'health'];

function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('demo directory build script', () => {
  it('is deterministic and matches the committed file', () => {
    expect(JSON.stringify(buildDemoDirectory())).toBe(JSON.stringify(buildDemoDirectory()));
    expect(readFileSync(DEMO_DIRECTORY_FILE, 'utf8')).toBe(renderDemoDirectory());
    // Another seed gives another directory: the output really comes from the generator.
    expect(JSON.stringify(buildDemoDirectory(7))).not.toBe(JSON.stringify(buildDemoDirectory()));
  });

  it('is clearly fictional: names, phones, postal codes, emails and places', () => {
    const doc = buildDemoDirectory();
    expect(doc.meta.demo).toBe(true);
    const names = doc.organizations.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
    for (const org of doc.organizations) {
      expect(org.name).toMatch(/ \(demo\)$/);
      expect(org.email).toMatch(/@[a-z0-9-]+\.example\.org$/);
      const phones = [...org.phones, ...org.services.flatMap((s) => s.phones)];
      for (const p of phones) expect(p.number).toMatch(/^\d{3}-555-01\d{2}$/);
      for (const loc of org.locations) {
        const site = SITES.find((s) => s.id === loc.site_id)!;
        expect(km(loc, site)).toBeLessThan(8);
        const prefix = site.id === 'ottawa' || site.id === 'pembroke' ? 'K' : 'N';
        expect(loc.addresses[0].postal_code).toMatch(new RegExp(`^${prefix}\\d[A-Z] \\dD\\d$`));
      }
    }
  });
});

describe(`demo directory import (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await seedCategories(t.db);
  });
  afterAll(async () => t.drop());

  it('imports at least 125 organizations and 320 services marked as demo', async () => {
    const result = await importHsdsJson(t.db, DEMO_DIRECTORY_FILE, { source: 'demo' });
    expect(result.skipped).toEqual([]);
    expect(result.counts.organizations).toBeGreaterThanOrEqual(125);
    expect(result.counts.services).toBeGreaterThanOrEqual(320);
    const r = await t.db.query<{ orgs: number; services: number; not_demo: number; bad_phones: number }>(
      `SELECT (SELECT count(*) FROM organization WHERE source = 'demo')::int AS orgs,
              (SELECT count(*) FROM service)::int AS services,
              (SELECT count(*) FROM organization WHERE name NOT LIKE '% (demo)')::int AS not_demo,
              (SELECT count(*) FROM phone WHERE number !~ '^[0-9]{3}-555-01[0-9]{2}$')::int AS bad_phones`,
    );
    expect(r.rows[0]).toEqual({ orgs: result.counts.organizations, services: result.counts.services, not_demo: 0, bad_phones: 0 });
  });

  it('covers every site, every category at the big sites, and the essentials everywhere', async () => {
    const r = await t.db.query<{ site_id: string; categories: string[]; orgs: number }>(
      `SELECT l.site_id, array_agg(DISTINCT s.category_id) AS categories, count(DISTINCT s.organization_id)::int AS orgs
         FROM service s JOIN service_at_location sal ON sal.service_id = s.id JOIN location l ON l.id = sal.location_id
        GROUP BY l.site_id`,
    );
    const bySite = new Map(r.rows.map((row) => [row.site_id, row]));
    expect([...bySite.keys()].sort()).toEqual(SITES.map((s) => s.id).sort());
    for (const site of BIG_SITES) expect(bySite.get(site)!.categories.sort()).toEqual([...CATEGORY_IDS].sort());
    for (const site of SITES) expect(bySite.get(site.id)!.categories).toEqual(expect.arrayContaining(ESSENTIALS));
    const smallest = Math.min(...BIG_SITES.map((s) => bySite.get(s)!.orgs));
    for (const site of SITES.filter((s) => !BIG_SITES.includes(s.id))) expect(bySite.get(site.id)!.orgs).toBeLessThan(smallest);
  });

  it('stores schedules, languages, ages and immigration-status eligibility', async () => {
    const r = await t.db.query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM schedule WHERE byday IN ('SA', 'SU'))::int AS weekend,
              (SELECT count(*) FROM schedule WHERE closes_at >= '20:00')::int AS evenings,
              (SELECT count(DISTINCT service_id) FROM schedule WHERE opens_at = '00:00' AND closes_at = '23:59')::int AS always_open,
              (SELECT count(*) FROM service WHERE minimum_age = 12 AND maximum_age = 24)::int AS youth,
              (SELECT count(*) FROM service WHERE minimum_age = 55 AND maximum_age IS NULL)::int AS seniors,
              (SELECT count(DISTINCT service_id) FROM eligibility WHERE value = 'cuaet')::int AS cuaet,
              (SELECT count(DISTINCT service_id) FROM service_language WHERE language = 'ar')::int AS arabic,
              (SELECT count(*) FROM service s WHERE NOT EXISTS (SELECT 1 FROM eligibility e WHERE e.service_id = s.id))::int AS open_services`,
    );
    const row = r.rows[0];
    for (const key of Object.keys(row)) expect(row[key], key).toBeGreaterThan(0);
    const ircc = await t.db.query<{ statuses: string[] }>(
      `SELECT array_agg(value ORDER BY value) AS statuses FROM eligibility e JOIN service s ON s.id = e.service_id
        WHERE s.name = 'LINC English Classes' GROUP BY e.service_id LIMIT 1`,
    );
    expect(ircc.rows[0].statuses).toEqual(expect.arrayContaining(['permanent_resident', 'protected_person']));
    const french = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM service_language sl JOIN service_at_location sal ON sal.service_id = sl.service_id
         JOIN location l ON l.id = sal.location_id WHERE l.site_id = 'ottawa' AND sl.language = 'fr'`,
    );
    expect(french.rows[0].n).toBeGreaterThan(20);
  });

  it('re-importing changes nothing', async () => {
    const before = await snapshot(t.db);
    const again = await importHsdsJson(t.db, DEMO_DIRECTORY_FILE, { source: 'demo' });
    expect(again.skipped).toEqual([]);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('an edited re-import replaces the details of the services it contains', async () => {
    const doc = demoDocument();
    const service = doc.organizations[0].services[0];
    service.languages = [{ code: 'so' }];
    service.schedules = [{ id: `${service.id}-h1`, freq: 'WEEKLY', byday: 'SA', opens_at: '10:00', closes_at: '12:00' }];
    service.eligibility = [];
    const file = writeJson(tempDir(), 'edited.json', doc);
    await importHsdsJson(t.db, file, { source: 'demo' });
    const langs = await t.db.query<{ language: string }>('SELECT language FROM service_language WHERE service_id = $1', [service.id]);
    expect(langs.rows).toEqual([{ language: 'so' }]);
    const hours = await t.db.query('SELECT byday, opens_at, closes_at FROM schedule WHERE service_id = $1', [service.id]);
    expect(hours.rows).toEqual([{ byday: 'SA', opens_at: '10:00:00', closes_at: '12:00:00' }]);
    const elig = await t.db.query('SELECT 1 FROM eligibility WHERE service_id = $1', [service.id]);
    expect(elig.rows).toEqual([]);
    // Back to the committed file: the original rows return.
    await importHsdsJson(t.db, DEMO_DIRECTORY_FILE, { source: 'demo' });
    const restored = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM service_language WHERE service_id = $1', [service.id]);
    expect(restored.rows[0].n).toBe(demoDocument().organizations[0].services[0].languages.length);
  });
});
