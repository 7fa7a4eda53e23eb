import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/testing.ts';
import { isEligible, type Eligibility } from '../domain/types.ts';
import { parseIsoDay } from './dates.ts';
import { describeWorld, generatePlans, type GeneratePlansOptions } from './generate.ts';
import { loadGeneratorInputs } from './inputs.ts';
import { loadPlanTestContent } from './test-support.ts';
import type { GeneratedClient, GeneratedPlan, PlanBatch } from './types.ts';
import { FARM_ACTION, FARM_SITES } from './world.ts';

type Inputs = Pick<GeneratePlansOptions, 'knowledge' | 'directory' | 'agencies'>;

function digest(batches: Iterable<PlanBatch>): string {
  const hash = createHash('sha256');
  for (const b of batches) hash.update(JSON.stringify(b));
  return hash.digest('hex');
}

function flatten(batches: Iterable<PlanBatch>): PlanBatch {
  const all: PlanBatch = { clients: [], plans: [] };
  for (const b of batches) {
    all.clients.push(...b.clients);
    all.plans.push(...b.plans);
  }
  return all;
}

describe(`plan generator (${process.env.DATABASE_URL ? 'postgres' : 'pglite'} content)`, () => {
  let inputs: Inputs;
  let data: PlanBatch;
  let clients: Map<string, GeneratedClient>;
  const PLANS = 20_000;

  beforeAll(async () => {
    const t = await createTestDb();
    try {
      await loadPlanTestContent(t.db);
      inputs = await loadGeneratorInputs(t.db);
    } finally {
      await t.drop();
    }
    data = flatten(generatePlans({ plans: PLANS, seed: 7, ...inputs }));
    clients = new Map(data.clients.map((c) => [c.id, c]));
  });

  describe('determinism', () => {
    it('gives identical output for the same seed and different output for another seed', () => {
      const a = digest(generatePlans({ plans: 2000, seed: 42, ...inputs }));
      const b = digest(generatePlans({ plans: 2000, seed: 42, ...inputs }));
      const c = digest(generatePlans({ plans: 2000, seed: 43, ...inputs }));
      expect(b).toBe(a);
      expect(c).not.toBe(a);
    });

    it('does not depend on the batch size', () => {
      const small = flatten(generatePlans({ plans: 2000, seed: 42, batchSize: 37, ...inputs }));
      const large = flatten(generatePlans({ plans: 2000, seed: 42, batchSize: 10_000, ...inputs }));
      expect(small).toEqual(large);
      expect(small.plans).toHaveLength(2000);
      const sizes = [...generatePlans({ plans: 2000, seed: 42, batchSize: 500, ...inputs })].map((b) => b.plans.length);
      expect(sizes.length).toBeGreaterThanOrEqual(4);
      expect(sizes.reduce((x, y) => x + y, 0)).toBe(2000);
    });

    it('keeps the world fixed by worldSeed while the sample changes with seed', () => {
      const w1 = describeWorld({ seed: 1, worldSeed: 99, ...inputs });
      const w2 = describeWorld({ seed: 2, worldSeed: 99, ...inputs });
      const w3 = describeWorld({ seed: 3, ...inputs });
      expect(w2).toEqual(w1);
      expect(w3).not.toEqual(w1);
    });
  });

  describe('structure', () => {
    it('produces exactly the requested plans, each with numbered statements, inside the period', () => {
      expect(data.plans).toHaveLength(PLANS);
      expect(new Set(data.plans.map((p) => p.id)).size).toBe(PLANS);
      const start = parseIsoDay('2022-11-01')!;
      const end = parseIsoDay('2026-10-31')!;
      const bad = data.plans.filter((p) => {
        const day = parseIsoDay(p.createdOn)!;
        return (
          p.statements.length === 0 ||
          p.statements.some((s, i) => s.position !== i + 1) ||
          day < start ||
          day > end ||
          clients.get(p.clientId)?.agencyId !== p.agencyId
        );
      });
      expect(bad.map((p) => p.id)).toEqual([]);
    });

    it('gives some clients re-assessments, later in time, that revisit earlier statements', () => {
      const byClient = new Map<string, GeneratedPlan[]>();
      for (const p of data.plans) byClient.set(p.clientId, [...(byClient.get(p.clientId) ?? []), p]);
      const repeat = [...byClient.values()].filter((ps) => ps.length > 1);
      expect(repeat.length / byClient.size).toBeGreaterThan(0.15);
      expect(Math.max(...[...byClient.values()].map((ps) => ps.length))).toBe(3);
      let revisited = 0;
      for (const ps of repeat) {
        for (let i = 1; i < ps.length; i++) {
          expect(ps[i].createdOn > ps[i - 1].createdOn).toBe(true);
          const before = new Set(ps[i - 1].statements.map((s) => s.statementId));
          if (ps[i].statements.some((s) => s.statementId && before.has(s.statementId))) revisited++;
        }
      }
      expect(revisited / repeat.length).toBeGreaterThan(0.3);
    });

    it('writes about 2–3% of statements as free text', () => {
      const statements = data.plans.flatMap((p) => p.statements);
      const free = statements.filter((s) => s.freeText !== null);
      expect(free.length / statements.length).toBeGreaterThan(0.01);
      expect(free.length / statements.length).toBeLessThan(0.05);
      expect(free.every((s) => s.statementId === null && s.freeText!.length > 5)).toBe(true);
    });

    it('grows over time and has seasons', () => {
      const byYear = [0, 0, 0, 0];
      const byMonth = new Array(12).fill(0);
      const start = parseIsoDay('2022-11-01')!;
      for (const p of data.plans) {
        byYear[Math.min(3, Math.floor((parseIsoDay(p.createdOn)! - start) / 365.25))]++;
        byMonth[Number(p.createdOn.slice(5, 7)) - 1]++;
      }
      expect(byYear[3]).toBeGreaterThan(byYear[0] * 1.4);
      expect(byMonth[8]).toBeGreaterThan(byMonth[11] * 1.3); // September busier than December
    });
  });

  describe('eligibility and referrals', () => {
    it('never attaches an action the client is not eligible for', () => {
      const eligibility = new Map<string, Eligibility | undefined>(inputs.knowledge.actions.map((a) => [a.id, a.eligibility]));
      let checked = 0;
      const violations: string[] = [];
      for (const p of data.plans) {
        const c = clients.get(p.clientId)!;
        for (const s of p.statements) {
          for (const a of s.actions) {
            if (!isEligible(eligibility.get(a.actionId), c.ageBand, c.immigrationStatus)) violations.push(`${p.id}: ${a.actionId}`);
            checked++;
          }
        }
      }
      expect(violations).toEqual([]);
      expect(checked).toBeGreaterThan(PLANS);
      // The restriction is real: some restricted actions exist and are used.
      expect(inputs.knowledge.actions.some((a) => a.eligibility)).toBe(true);
    });

    it('refers about 40% of actions, always to an active service of the category at the site that admits the client', () => {
      const services = new Map(inputs.directory.map((s) => [s.id, s]));
      const category = new Map(inputs.knowledge.actions.map((a) => [a.id, a.categoryId]));
      let actions = 0;
      let referrals = 0;
      const violations: string[] = [];
      for (const p of data.plans) {
        const c = clients.get(p.clientId)!;
        for (const s of p.statements) {
          for (const a of s.actions) {
            actions++;
            if (!a.referralServiceId) continue;
            referrals++;
            const svc = services.get(a.referralServiceId);
            const statuses = svc?.immigrationStatuses.length ? (svc.immigrationStatuses as Eligibility['immigrationStatuses']) : undefined;
            const ok =
              svc !== undefined &&
              svc.categoryId === category.get(a.actionId) &&
              svc.siteIds.includes(c.siteId) &&
              isEligible({ minAge: svc.minAge, maxAge: svc.maxAge, immigrationStatuses: statuses }, c.ageBand, c.immigrationStatus);
            if (!ok) violations.push(`${p.id}: ${a.actionId} -> ${a.referralServiceId}`);
          }
        }
      }
      expect(violations).toEqual([]);
      expect(referrals / actions).toBeGreaterThan(0.3);
      expect(referrals / actions).toBeLessThan(0.5);
    });
  });

  describe('signals and noise', () => {
    function actionCounts(plans: GeneratedPlan[]): Map<string, number> {
      const counts = new Map<string, number>();
      for (const p of plans) for (const s of p.statements) for (const a of s.actions) counts.set(a.actionId, (counts.get(a.actionId) ?? 0) + 1);
      return counts;
    }

    it('has a long tail of rarely used actions', () => {
      const counts = actionCounts(data.plans);
      const sorted = [...counts.values()].sort((a, b) => b - a);
      const total = sorted.reduce((x, y) => x + y, 0);
      const topDecile = sorted.slice(0, Math.ceil(sorted.length / 10)).reduce((x, y) => x + y, 0) / total;
      // Gini coefficient of action frequencies: 0 = all equally used, 1 = one action takes all.
      const asc = [...sorted].reverse();
      const gini = asc.reduce((acc, x, i) => acc + (2 * (i + 1) - asc.length - 1) * x, 0) / (asc.length * total);
      // Counting actions never used at all: they too appear in fewer than 0.1% of plans.
      const rare = inputs.knowledge.actions.filter((a) => (counts.get(a.id) ?? 0) / PLANS < 0.001).length;
      expect(counts.size).toBeGreaterThan(inputs.knowledge.actions.length * 0.5);
      expect(topDecile).toBeGreaterThan(0.2);
      expect(topDecile).toBeLessThan(0.8);
      expect(gini).toBeGreaterThan(0.3);
      expect(gini).toBeLessThan(0.9);
      expect(rare).toBeGreaterThanOrEqual(10);
    });

    it('shows drift: launched actions appear only after launch, rising ones gain and fading ones lose share', () => {
      const world = describeWorld({ seed: 7, ...inputs });
      const first = data.plans.filter((p) => p.createdOn < '2023-11-01');
      const last = data.plans.filter((p) => p.createdOn >= '2025-11-01');
      const share = (plans: GeneratedPlan[], ids: string[]) => {
        const set = new Set(ids);
        let hits = 0;
        let all = 0;
        for (const p of plans) for (const s of p.statements) for (const a of s.actions) (all++, set.has(a.actionId) && hits++);
        return hits / all;
      };
      expect(world.drift.launched.length).toBeGreaterThan(0);
      expect(data.plans.filter((p) => p.createdOn < world.drift.launchedOn).length).toBeGreaterThan(1000);
      const beforeLaunch = data.plans.filter((p) => p.createdOn < world.drift.launchedOn);
      expect(share(beforeLaunch, world.drift.launched)).toBe(0);
      expect(share(last, world.drift.launched)).toBeGreaterThan(0);
      expect(share(last, world.drift.rising)).toBeGreaterThan(share(first, world.drift.rising) * 1.5);
      expect(share(last, world.drift.fading)).toBeLessThan(share(first, world.drift.fading) / 1.5);
    });

    it('differs between sites', () => {
      const siteOf = (p: GeneratedPlan) => clients.get(p.clientId)!.siteId;
      const distribution = (site: string) => {
        const counts = actionCounts(data.plans.filter((p) => siteOf(p) === site));
        const total = [...counts.values()].reduce((x, y) => x + y, 0);
        return new Map([...counts].map(([k, v]) => [k, v / total]));
      };
      const ottawa = distribution('ottawa');
      const london = distribution('london');
      const leamington = distribution('leamington');
      const tv = (a: Map<string, number>, b: Map<string, number>) =>
        [...new Set([...a.keys(), ...b.keys()])].reduce((acc, k) => acc + Math.abs((a.get(k) ?? 0) - (b.get(k) ?? 0)), 0) / 2;
      // Same generator, two large sites: differences beyond sampling noise, and a farm town differs most.
      expect(tv(ottawa, london)).toBeGreaterThan(0.1);
      expect(tv(ottawa, leamington)).toBeGreaterThan(tv(ottawa, london));

      const farmActions = inputs.knowledge.actions.filter((a) => FARM_ACTION.test(a.text)).map((a) => a.id);
      expect(farmActions.length).toBeGreaterThan(0);
      const farmShare = (d: Map<string, number>) => farmActions.reduce((acc, id) => acc + (d.get(id) ?? 0), 0);
      expect(farmShare(leamington)).toBeGreaterThan(3 * farmShare(ottawa));
      expect(FARM_SITES.has('leamington')).toBe(true);

      const fr = (site: string) => {
        const cs = data.clients.filter((c) => c.siteId === site);
        return cs.filter((c) => c.languages.includes('fr')).length / cs.length;
      };
      expect(fr('ottawa')).toBeGreaterThan(2 * fr('windsor'));
      const leam = data.clients.filter((c) => c.siteId === 'leamington');
      expect(leam.filter((c) => c.immigrationStatus === 'temporary_worker').length / leam.length).toBeGreaterThan(0.4);
    });

    it('shows assessor habits: favourites are used more by the assessors who favour them', () => {
      const world = describeWorld({ seed: 7, ...inputs });
      let lifts = 0;
      let tested = 0;
      for (const assessor of world.assessors) {
        const agency = assessor.id.replace(/-a\d+$/, '');
        const mine = data.plans.filter((p) => p.assessorId === assessor.id);
        const colleagues = data.plans.filter((p) => p.agencyId === agency && p.assessorId !== assessor.id);
        if (mine.length < 200 || colleagues.length < 200) continue;
        const rate = (plans: GeneratedPlan[]) => {
          const counts = actionCounts(plans);
          return assessor.favourites.reduce((acc, id) => acc + (counts.get(id) ?? 0), 0) / plans.length;
        };
        tested++;
        if (rate(mine) > 1.3 * rate(colleagues)) lifts++;
      }
      expect(tested).toBeGreaterThan(5);
      expect(lifts / tested).toBeGreaterThan(0.7);
    });
  });
});
