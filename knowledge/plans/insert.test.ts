import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/testing.ts';
import { generatePlans } from './generate.ts';
import { loadGeneratorInputs } from './inputs.ts';
import { countPlans, deleteSyntheticPlans, insertPlanBatch } from './insert.ts';
import { seedSyntheticPlans, SyntheticPlansExistError } from './seed.ts';
import { loadPlanTestContent, planRowCounts } from './test-support.ts';

describe(`writing synthetic plans (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  let t: TestDb;

  beforeAll(async () => {
    t = await createTestDb();
    await loadPlanTestContent(t.db);
  });
  afterAll(async () => t.drop());

  it('stores every client, plan, statement, action and referral of the batches', async () => {
    const inputs = await loadGeneratorInputs(t.db);
    const expected = { clients: 0, plans: 0, statements: 0, actions: 0, referrals: 0 };
    for (const batch of generatePlans({ plans: 3000, seed: 11, batchSize: 700, ...inputs })) {
      const written = await insertPlanBatch(t.db, batch);
      expected.clients += batch.clients.length;
      expected.plans += batch.plans.length;
      for (const p of batch.plans) {
        expected.statements += p.statements.length;
        for (const s of p.statements) {
          expected.actions += s.actions.length;
          expected.referrals += s.actions.filter((a) => a.referralServiceId).length;
        }
      }
      expect(written.plans).toBe(batch.plans.length);
      expect(written.clients).toBe(batch.clients.length);
    }
    const counts = await planRowCounts(t.db);
    expect(counts).toEqual({ clients: expected.clients, plans: 3000, statements: expected.statements, actions: expected.actions });
    const stored = await t.db.query<{ referrals: number; free: number; synthetic: number }>(
      `SELECT (SELECT count(*) FROM plan_action WHERE referral_service_id IS NOT NULL)::int AS referrals,
              (SELECT count(*) FROM plan_statement WHERE free_text IS NOT NULL AND statement_id IS NULL)::int AS free,
              (SELECT count(*) FROM plan WHERE source = 'synthetic')::int AS synthetic`,
    );
    expect(stored.rows[0].referrals).toBe(expected.referrals);
    expect(stored.rows[0].free).toBeGreaterThan(0);
    expect(stored.rows[0].synthetic).toBe(3000);
    const langs = await t.db.query<{ languages: string[] }>(`SELECT languages FROM client WHERE cardinality(languages) = 2 LIMIT 1`);
    expect(langs.rows[0].languages).toHaveLength(2);
  });

  it('deletes synthetic plans and their clients, and seeding refuses to mix with existing synthetic plans', async () => {
    await expect(seedSyntheticPlans(t.db, { plans: 100, seed: 1 })).rejects.toBeInstanceOf(SyntheticPlansExistError);
    expect(await countPlans(t.db, 'synthetic')).toBe(3000);

    const removed = await deleteSyntheticPlans(t.db);
    expect(removed.plans).toBe(3000);
    expect(await planRowCounts(t.db)).toEqual({ clients: 0, plans: 0, statements: 0, actions: 0 });

    const first = await seedSyntheticPlans(t.db, { plans: 1500, seed: 5 });
    const snapshot = await t.db.query(`SELECT plan_id, statement_position, action_id, referral_service_id, status FROM plan_action ORDER BY 1, 2, 3`);
    const again = await seedSyntheticPlans(t.db, { plans: 1500, seed: 5, replace: true, batchSize: 333 });
    expect(again.deleted).toBe(1500);
    expect({ ...again, deleted: 0 }).toEqual({ ...first, deleted: 0 });
    const after = await t.db.query(`SELECT plan_id, statement_position, action_id, referral_service_id, status FROM plan_action ORDER BY 1, 2, 3`);
    expect(after.rows).toEqual(snapshot.rows);
    expect((await planRowCounts(t.db)).plans).toBe(1500);
  });
});
