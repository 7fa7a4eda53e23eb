import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../knowledge/db/index.ts';
import { createTestDb, type TestDb } from '../../knowledge/db/testing.ts';
import { loadDemoContent } from '../../knowledge/index.ts';
import type { Suggester } from '../../recommender/index.ts';
import { createStaff } from '../auth/staff.ts';
import { searchTerms, serviceEligible } from './library.ts';
import { appWithAssessorRoutes } from './test-app.ts';

describe('search terms and service eligibility', () => {
  it('needs every word, taking LIKE wildcards literally', () => {
    expect(searchTerms('  English  classes ')).toEqual(['%english%', '%classes%']);
    expect(searchTerms('100%_sure')).toEqual(['%100\\%\\_sure%']);
    expect(searchTerms(undefined)).toEqual([]);
  });

  it('checks status lists and age ranges (a band only has to overlap)', () => {
    const youth = { minAge: 15, maxAge: 24, immigrationStatuses: null };
    expect(serviceEligible(youth, { age: 30 })).toBe(false);
    expect(serviceEligible(youth, { age: 20 })).toBe(true);
    expect(serviceEligible(youth, { ageBand: '18-24' })).toBe(true);
    expect(serviceEligible(youth, { ageBand: '25-34' })).toBe(false);
    const ircc = { minAge: null, maxAge: null, immigrationStatuses: ['permanent_resident', 'protected_person'] };
    expect(serviceEligible(ircc, { immigrationStatus: 'refugee_claimant' })).toBe(false);
    expect(serviceEligible(ircc, { immigrationStatus: 'protected_person', age: 80 })).toBe(true);
  });
});

/** Library and directory search through HTTP on the demo content, checked against the tables. */
describe(`library and directory search API (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  let test: TestDb;
  let db: Db;
  let app: FastifyInstance;
  let suggester: Suggester;
  let base: string;
  let token = '';

  beforeAll(async () => {
    test = await createTestDb();
    db = test.db;
    await loadDemoContent(db, { plans: 0 });
    await createStaff(db, { id: 'a1', email: 'a1@example.org', displayName: 'a1', role: 'assessor', agencyId: 'ag-windsor-1', password: 'pw-pw-pw-pw' });
    await createStaff(db, { id: 'v1', email: 'v1@example.org', displayName: 'v1', role: 'advisor', agencyId: 'ag-windsor-1', password: 'pw-pw-pw-pw' });
    ({ app, base, suggester } = await appWithAssessorRoutes(db));
    token = (await (await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'a1@example.org', password: 'pw-pw-pw-pw' }) })).json()).token;
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await suggester?.stop();
    await test?.drop();
  });

  const get = (path: string, as: string | null = token) => fetch(`${base}${path}`, { headers: as ? { authorization: `Bearer ${as}` } : {} });

  it('finds library statements by every word, in English or French', async () => {
    const en = await (await get('/api/library/statements?q=stay%20tonight')).json();
    expect(en.statements.length).toBeGreaterThan(0);
    for (const s of en.statements) expect(s.text.toLowerCase()).toMatch(/stay.*tonight|tonight.*stay/);
    const fr = await (await get('/api/library/statements?q=logement&language=fr&limit=5')).json();
    expect(fr.statements.length).toBeGreaterThan(0);
    expect(fr.statements.length).toBeLessThanOrEqual(5);
    for (const s of fr.statements) {
      expect(s.text.toLowerCase()).toContain('logement');
      const stored = await db.query<{ t: string }>(`SELECT text->>'fr' AS t FROM driving_statement WHERE id = $1`, [s.id]);
      expect(s.text).toBe(stored.rows[0].t);
    }
  });

  it("finds actions and says whether each fits the client's age band and status", async () => {
    const { actions } = await (await get('/api/library/actions?limit=100&ageBand=25-34&immigrationStatus=refugee_claimant')).json();
    expect(actions.length).toBe(100);
    const closed = await db.query<{ id: string }>(`SELECT id FROM action WHERE immigration_statuses IS NOT NULL AND NOT ('refugee_claimant' = ANY(immigration_statuses))`);
    const closedIds = new Set(closed.rows.map((r) => r.id));
    for (const a of actions) if (closedIds.has(a.id)) expect(a.eligible).toBe(false);
    expect(actions.some((a: { eligible: boolean }) => a.eligible)).toBe(true);
    const english = await (await get('/api/library/actions?q=english')).json();
    expect(english.actions.length).toBeGreaterThan(0);
    for (const a of english.actions) {
      expect(a.title.toLowerCase()).toContain('english');
      expect(a.eligible).toBeNull();
    }
  });

  it('finds directory services at a site, in a language, open to the client, with hours and languages', async () => {
    const res = await get('/api/directory/services?site=windsor&language=ar&immigrationStatus=refugee_claimant&age=30&limit=100');
    expect(res.status).toBe(200);
    const { services } = await res.json();
    // The same filter written directly against the tables.
    const expected = await db.query<{ id: string }>(
      `SELECT DISTINCT s.id FROM service s
         JOIN service_at_location sal ON sal.service_id = s.id JOIN location l ON l.id = sal.location_id AND l.site_id = 'windsor'
         JOIN service_language sl ON sl.service_id = s.id AND sl.language = 'ar'
        WHERE s.status = 'active' AND (s.minimum_age IS NULL OR s.minimum_age <= 30) AND (s.maximum_age IS NULL OR s.maximum_age >= 30)
          AND (NOT EXISTS (SELECT 1 FROM eligibility e WHERE e.service_id = s.id AND e.kind = 'immigration_status')
               OR EXISTS (SELECT 1 FROM eligibility e WHERE e.service_id = s.id AND e.kind = 'immigration_status' AND e.value = 'refugee_claimant'))`,
    );
    expect(services.map((s: { id: string }) => s.id).sort()).toEqual(expected.rows.map((r) => r.id).sort());
    expect(services.length).toBeGreaterThan(0);
    for (const s of services) {
      expect(s.eligible).toBe(true);
      expect(s.languages).toContain('ar');
      expect(s.addresses.some((a: { site: string }) => a.site === 'windsor')).toBe(true);
    }
    expect(services.some((s: { hours: unknown[] }) => s.hours.length > 0)).toBe(true);
    const ircc = await (await get('/api/directory/services?site=windsor&immigrationStatus=permanent_resident&limit=100')).json();
    // Services closed to refugee claimants appear for a permanent resident, not for a claimant.
    const onlyForPr = ircc.services.filter((s: { eligibility: { immigrationStatuses: string[] | null } }) => s.eligibility.immigrationStatuses && !s.eligibility.immigrationStatuses.includes('refugee_claimant'));
    expect(onlyForPr.length).toBeGreaterThan(0);
    const claimant = await (await get('/api/directory/services?site=windsor&immigrationStatus=refugee_claimant&limit=100')).json();
    const claimantIds = new Set(claimant.services.map((s: { id: string }) => s.id));
    for (const s of onlyForPr) expect(claimantIds.has(s.id)).toBe(false);
  });

  it('refuses unknown parameters, bad values and other roles', async () => {
    const advisor = (await (await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'v1@example.org', password: 'pw-pw-pw-pw' }) })).json()).token;
    const cases: [string, string | null, number][] = [
      ['/api/directory/services?site=atlantis', token, 400],
      ['/api/directory/services?age=old', token, 400],
      ['/api/directory/services?age=30&ageBand=25-34', token, 400],
      ['/api/directory/services?immigrationStatus=tourist', token, 400],
      ['/api/library/statements?language=de', token, 400],
      ['/api/library/actions?colour=blue', token, 400],
      ['/api/library/actions', advisor, 403],
      ['/api/library/statements', null, 401],
    ];
    for (const [path, as, status] of cases) {
      const res = await get(path, as);
      expect({ path, status: res.status }).toEqual({ path, status });
      expect((await res.json()).message).toEqual(expect.any(String));
    }
  });
});
