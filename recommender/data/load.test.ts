import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../knowledge/db/testing.ts';
import { loadDemoContent } from '../../knowledge/index.ts';
import { planContext, rowActions } from './access.ts';
import { loadCatalog } from './catalog.ts';
import { isoFromDay } from './dates.ts';
import { loadTrainingData } from './load.ts';
import type { Catalog, TrainingData } from './types.ts';

/** A plan by ids and texts, independent of indices. */
function decoded(d: TrainingData, p: number) {
  const rows = [];
  for (let r = d.planRowStart[p]; r < d.planRowStart[p + 1]; r++) {
    rows.push({
      position: d.rowPosition[r],
      statement: d.rowStatement[r] >= 0 ? d.catalog.statements.ids[d.rowStatement[r]] : null,
      text: d.freeTexts.get(r) ?? null,
      actions: Array.from(rowActions(d, r), (a) => d.catalog.actions.ids[a]).sort(),
    });
  }
  return { id: d.planIds[p], date: isoFromDay(d.planDay[p]), context: planContext(d, p), rows };
}

describe(`loadTrainingData (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  let t: TestDb;
  let catalog: Catalog;
  let all: TrainingData;
  const HAND = 'zz-hand-made';

  beforeAll(async () => {
    t = await createTestDb();
    await loadDemoContent(t.db, { plans: 1200, seed: 5 });
    // One hand-made plan, the latest of all, with what the generator rarely or never writes:
    // free text, a statement without actions, an unknown arrival, an accepted suggestion.
    const { db } = t;
    const agency = (await db.query<{ id: string; site_id: string }>('SELECT id, site_id FROM agency ORDER BY id LIMIT 1')).rows[0];
    const lib = (await db.query<{ s: string; a1: string; a2: string }>(
      `SELECT (SELECT min(id) FROM driving_statement) AS s, (SELECT min(id) FROM action) AS a1, (SELECT max(id) FROM action) AS a2`,
    )).rows[0];
    await db.query(
      `INSERT INTO client (id, agency_id, site_id, age_band, immigration_status, languages, household_size, children, arrival_date)
       VALUES ('c-hand', $1, $2, '35-44', 'protected_person', '{uk,fr}', 5, 3, NULL)`,
      [agency.id, agency.site_id],
    );
    await db.query(`INSERT INTO plan (id, client_id, agency_id, assessor_id, created_on) VALUES ($1, 'c-hand', $2, 'staff-1', '2030-01-15')`, [HAND, agency.id]);
    await db.query(
      `INSERT INTO plan_statement (plan_id, position, statement_id, free_text) VALUES
         ($1, 0, $2, NULL), ($1, 1, NULL, 'Wants evening English classes'), ($1, 2, $2, NULL)`,
      [HAND, lib.s],
    );
    await db.query(
      `INSERT INTO plan_action (plan_id, statement_position, action_id, added_by) VALUES
         ($1, 0, $3, 'assessor'), ($1, 0, $2, 'suggestion'), ($1, 1, $2, 'assessor')`,
      [HAND, lib.a1, lib.a2],
    );
    catalog = await loadCatalog(db);
    all = await loadTrainingData(db, { catalog, chunkSize: 250 });
  });
  afterAll(async () => t?.drop());

  it('reads the libraries with their categories, texts and eligibility', async () => {
    const counts = (await t.db.query<{ c: number; s: number; a: number; restricted: number }>(
      `SELECT (SELECT count(*) FROM category)::int AS c, (SELECT count(*) FROM driving_statement)::int AS s, (SELECT count(*) FROM action)::int AS a,
              (SELECT count(*) FROM action WHERE min_age IS NOT NULL OR max_age IS NOT NULL OR immigration_statuses IS NOT NULL)::int AS restricted`,
    )).rows[0];
    expect([catalog.categories.size, catalog.statements.size, catalog.actions.size]).toEqual([counts.c, counts.s, counts.a]);
    expect(catalog.actionEligibility.filter(Boolean)).toHaveLength(counts.restricted);
    const row = (await t.db.query<{ id: string; category_id: string; text: string; statuses: string[] | null }>(
      `SELECT a.id, i.category_id, a.text->>'en' AS text, a.immigration_statuses AS statuses
         FROM action a JOIN indicator i ON i.id = a.indicator_id WHERE a.immigration_statuses IS NOT NULL ORDER BY a.id LIMIT 1`,
    )).rows[0];
    const a = catalog.actions.indexOf(row.id);
    expect(catalog.actionTexts[a]).toBe(row.text);
    expect(catalog.actionTranslations[a].en).toBe(row.text);
    expect(catalog.categories.ids[catalog.actionCategory[a]]).toBe(row.category_id);
    expect(catalog.actionEligibility[a]?.immigrationStatuses).toEqual(row.statuses);
  });

  it('loads every plan, statement and action, oldest first', async () => {
    const n = (await t.db.query<{ plans: number; statements: number; actions: number; free: number }>(
      `SELECT (SELECT count(*) FROM plan)::int AS plans, (SELECT count(*) FROM plan_statement)::int AS statements,
              (SELECT count(*) FROM plan_action)::int AS actions,
              (SELECT count(*) FROM plan_statement WHERE statement_id IS NULL)::int AS free`,
    )).rows[0];
    expect(all.planCount).toBe(n.plans);
    expect(all.rowCount).toBe(n.statements);
    expect(all.rowActions.length).toBe(n.actions);
    expect(all.freeTexts.size).toBe(n.free);
    expect(n.free).toBeGreaterThan(1); // the generator's free text and ours
    const order = await t.db.query<{ id: string }>('SELECT id FROM plan ORDER BY created_on, id');
    expect(all.planIds).toEqual(order.rows.map((r) => r.id));
    for (let p = 1; p < all.planCount; p++) expect(all.planDay[p]).toBeGreaterThanOrEqual(all.planDay[p - 1]);
  });

  it('matches the database for each plan: context, statements in position order, actions', async () => {
    const hand = all.planIds.indexOf(HAND);
    expect(hand).toBe(all.planCount - 1);
    const [s, a1, a2] = [catalog.statements.ids[0], catalog.actions.ids[0], catalog.actions.ids[catalog.actions.size - 1]];
    expect(decoded(all, hand)).toEqual({
      id: HAND,
      date: '2030-01-15',
      context: expect.objectContaining({ ageBand: '35-44', immigrationStatus: 'protected_person', languages: ['uk', 'fr'], householdSize: 5, children: 3, arrivalDate: null, planDate: '2030-01-15' }),
      rows: [
        { position: 0, statement: s, text: null, actions: [a1, a2].sort() },
        { position: 1, statement: null, text: 'Wants evening English classes', actions: [a1] },
        { position: 2, statement: s, text: null, actions: [] },
      ],
    });
    // A generated plan, checked against its rows in the database.
    const p = 321;
    const id = all.planIds[p];
    const client = (await t.db.query<Record<string, unknown>>(
      `SELECT c.site_id, c.age_band, c.immigration_status, c.household_size, c.children, c.languages, c.arrival_date::text AS arrival, p.created_on::text AS created
         FROM plan p JOIN client c ON c.id = p.client_id WHERE p.id = $1`,
      [id],
    )).rows[0];
    expect(planContext(all, p)).toEqual({
      siteId: client.site_id,
      ageBand: client.age_band,
      immigrationStatus: client.immigration_status,
      householdSize: client.household_size,
      children: client.children,
      languages: client.languages,
      arrivalDate: client.arrival,
      planDate: client.created,
    });
    const statements = (await t.db.query<{ position: number; statement_id: string | null; free_text: string | null; actions: string[] }>(
      `SELECT s.position, s.statement_id, s.free_text,
              array(SELECT a.action_id FROM plan_action a WHERE a.plan_id = s.plan_id AND a.statement_position = s.position ORDER BY 1) AS actions
         FROM plan_statement s WHERE s.plan_id = $1 ORDER BY s.position`,
      [id],
    )).rows;
    expect(decoded(all, p).rows).toEqual(
      statements.map((r) => ({ position: r.position, statement: r.statement_id, text: r.statement_id ? null : r.free_text, actions: r.actions })),
    );
  });

  it('gives the same data whatever the chunk size, and reports progress per chunk', async () => {
    const progress: [number, number][] = [];
    const oneChunk = await loadTrainingData(t.db, { catalog, chunkSize: 100_000, onProgress: (loaded, total) => progress.push([loaded, total]) });
    expect(oneChunk).toEqual(all);
    expect(progress).toEqual([[all.planCount, all.planCount]]);
    const steps: number[] = [];
    const small = await loadTrainingData(t.db, { catalog, chunkSize: 97, onProgress: (loaded) => steps.push(loaded) });
    expect(small).toEqual(all);
    expect(steps).toHaveLength(Math.ceil(all.planCount / 97));
    expect(steps.at(-1)).toBe(all.planCount);
  });

  it('restricts to a date window, to the most recent plans, and to assessor-added actions', async () => {
    const from = isoFromDay(all.planDay[400]);
    const to = isoFromDay(all.planDay[900]);
    const window = await loadTrainingData(t.db, { catalog, from, to, chunkSize: 128 });
    const expected = all.planIds.filter((_, p) => all.planDay[p] >= all.planDay[400] && all.planDay[p] < all.planDay[900]);
    expect(window.planIds).toEqual(expected);
    expect(window.planCount).toBeGreaterThan(300);

    const recent = await loadTrainingData(t.db, { catalog, limit: 150, chunkSize: 40 });
    expect(recent.planIds).toEqual(all.planIds.slice(-150));
    expect(decoded(recent, 0)).toEqual(decoded(all, all.planCount - 150));
    expect((await loadTrainingData(t.db, { catalog, limit: 0 })).planCount).toBe(0);
    expect((await loadTrainingData(t.db, { catalog, from: '2031-01-01' })).planCount).toBe(0);

    const assessorOnly = await loadTrainingData(t.db, { catalog, from: '2030-01-01', addedBy: ['assessor'] });
    expect(assessorOnly.planIds).toEqual([HAND]);
    expect(decoded(assessorOnly, 0).rows[0].actions).toEqual([catalog.actions.ids[catalog.actions.size - 1]]);
    expect(await loadTrainingData(t.db, { catalog, sources: ['synthetic'] }).then((d) => d.planIds.includes(HAND))).toBe(false);
    await expect(loadTrainingData(t.db, { catalog, from: '2030-02-30' })).rejects.toThrow(/calendar date/);
  });
});
