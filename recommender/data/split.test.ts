import { describe, expect, it } from 'vitest';
import { tinyCatalog, tinyPlans } from '../testing/fixtures.ts';
import { syntheticData } from '../testing/synthetic.ts';
import { planContext, rowActions } from './access.ts';
import { buildTrainingData } from './builder.ts';
import { dayFromIso, NO_DAY } from './dates.ts';
import { rowsOfPlans, subsetPlans, temporalSplit } from './split.ts';
import type { TrainingData } from './types.ts';

const data = syntheticData({ plans: 3000, statements: 40, actions: 90, categories: 6, seed: 2, days: 400 });

const days = (plans: Int32Array) => Array.from(plans, (p) => data.planDay[p]);

describe('temporalSplit', () => {
  const split = temporalSplit(data, { validationDays: 30, testDays: 45 });

  it('puts every plan in exactly one part', () => {
    const all = [...split.train, ...split.validation, ...split.test].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: data.planCount }, (_, p) => p));
    for (const part of [split.train, split.validation, split.test]) expect(part.length).toBeGreaterThan(0);
  });

  it('never lets a training plan postdate a validation plan, or a validation plan a test plan', () => {
    expect(Math.max(...days(split.train))).toBeLessThan(Math.min(...days(split.validation)));
    expect(Math.max(...days(split.validation))).toBeLessThan(Math.min(...days(split.test)));
    expect(Math.max(...days(split.train))).toBeLessThan(split.validationStartDay);
    expect(Math.min(...days(split.validation))).toBeGreaterThanOrEqual(split.validationStartDay);
    expect(Math.min(...days(split.test))).toBeGreaterThanOrEqual(split.testStartDay);
    const last = Math.max(...data.planDay);
    expect(split.endDay).toBe(last);
    expect(split.testStartDay).toBe(last - 44);
    expect(split.validationStartDay).toBe(last - 74);
  });

  it('also holds when plans were added out of date order', () => {
    const shuffled = Int32Array.from({ length: data.planCount }, (_, p) => (p * 7919) % data.planCount);
    const mixed = subsetPlans(data, shuffled);
    const s = temporalSplit(mixed, { validationDays: 30, testDays: 45 });
    expect(s.test.length).toBe(split.test.length);
    const mixedDays = (plans: Int32Array) => Array.from(plans, (p) => mixed.planDay[p]);
    expect(Math.max(...mixedDays(s.train))).toBeLessThan(Math.min(...mixedDays(s.validation)));
    expect(Math.max(...mixedDays(s.validation))).toBeLessThan(Math.min(...mixedDays(s.test)));
  });

  it('takes an explicit end date and leaves later plans out', () => {
    const plans = buildTrainingData(tinyCatalog(), tinyPlans(60)); // 2023-03-01 .. 2023-04-29, one a day
    const s = temporalSplit(plans, { validationDays: 10, testDays: 10, endDate: '2023-04-19' });
    expect([s.train.length, s.validation.length, s.test.length]).toEqual([30, 10, 10]);
    expect(plans.planDay[s.test[s.test.length - 1]]).toBe(dayFromIso('2023-04-19'));
    const empty = temporalSplit(subsetPlans(plans, []), { validationDays: 1, testDays: 1 });
    expect([empty.train.length, empty.endDay]).toEqual([0, NO_DAY]);
    expect(() => temporalSplit(plans, { validationDays: -1, testDays: 1 })).toThrow(RangeError);
  });
});

/** Everything a plan means, by ids and texts, so data sets with different indices compare. */
function decoded(d: TrainingData, p: number) {
  return {
    id: d.planIds[p],
    context: planContext(d, p),
    features: Array.from(d.planFeatures.subarray(d.planFeatureStart[p], d.planFeatureStart[p + 1]), (f) => d.features.ids[f]),
    rows: Array.from(rowsOfPlans(d, [p]), (r) => ({
      statement: d.rowStatement[r] >= 0 ? d.catalog.statements.ids[d.rowStatement[r]] : null,
      text: d.freeTexts.get(r) ?? null,
      position: d.rowPosition[r],
      actions: Array.from(rowActions(d, r), (a) => d.catalog.actions.ids[a]),
    })),
  };
}

describe('subsetPlans and rowsOfPlans', () => {
  it('lists the rows of plans, plan after plan', () => {
    const rows = rowsOfPlans(data, [5, 2]);
    const expected = [];
    for (const p of [5, 2]) for (let r = data.planRowStart[p]; r < data.planRowStart[p + 1]; r++) expected.push(r);
    expect(Array.from(rows)).toEqual(expected);
    expect(() => rowsOfPlans(data, [data.planCount])).toThrow(RangeError);
  });

  it('keeps the chosen plans, in the order given, meaning exactly what they meant', () => {
    const plans = tinyPlans(40);
    plans[3].statements[0] = { position: 0, freeText: 'written by hand', actionIds: ['A2'] };
    const full = buildTrainingData(tinyCatalog(), plans);
    const chosen = Int32Array.from([9, 3, 17, 0]);
    const sub = subsetPlans(full, chosen);
    expect(sub.planCount).toBe(4);
    expect(sub.catalog).toBe(full.catalog);
    for (let i = 0; i < chosen.length; i++) expect(decoded(sub, i)).toEqual(decoded(full, chosen[i]));
    // The same as building from just those plans' records.
    const direct = buildTrainingData(tinyCatalog(), Array.from(chosen, (p) => plans[p]));
    for (let i = 0; i < chosen.length; i++) expect(decoded(sub, i)).toEqual(decoded(direct, i));
    expect(sub.freeTexts).toEqual(new Map([[sub.planRowStart[1], 'written by hand']]));
    expect(Array.from(sub.rowPlan)).toEqual(Array.from(sub.rowPlan).sort((a, b) => a - b));
    expect(sub.rowActionStart[sub.rowCount]).toBe(sub.rowActions.length);
  });

  it('splits the rows of the whole into the rows of its parts', () => {
    const split = temporalSplit(data, { validationDays: 30, testDays: 45 });
    const parts = [split.train, split.validation, split.test].map((p) => subsetPlans(data, p));
    expect(parts.reduce((n, d) => n + d.rowCount, 0)).toBe(data.rowCount);
    expect(parts.reduce((n, d) => n + d.rowActions.length, 0)).toBe(data.rowActions.length);
    const test = parts[2];
    expect(Math.min(...test.planDay)).toBeGreaterThanOrEqual(split.testStartDay);
    expect(decoded(test, 0)).toEqual(decoded(data, split.test[0]));
  });
});
