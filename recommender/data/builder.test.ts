import { describe, expect, it } from 'vitest';
import { tinyCatalog, tinyContext, tinyPlans } from '../testing/fixtures.ts';
import { syntheticCatalog, syntheticPlans } from '../testing/synthetic.ts';
import { otherStatements, planActionMatrix, planActions, planContext, rowActionMatrix, rowActions, eligibilityFilter } from './access.ts';
import { buildTrainingData, TrainingDataBuilder } from './builder.ts';
import { dayFromIso, NO_DAY } from './dates.ts';
import type { PlanRecord } from './types.ts';

const catalog = tinyCatalog();
const S = (id: string) => catalog.statements.indexOf(id);
const A = (id: string) => catalog.actions.indexOf(id);

/** Two hand-made plans covering the awkward cases. */
const PLANS: PlanRecord[] = [
  {
    id: 'p-1',
    date: '2023-04-02',
    context: tinyContext({ languages: ['fr', 'en', 'fr'], arrivalDate: null }),
    // Out of position order, duplicate and unsorted actions, free text, a statement without actions.
    statements: [
      { position: 2, freeText: 'Needs a dentist for the kids', actionIds: ['A6', 'A5'] },
      { position: 0, statementId: 'S2', actionIds: ['A4', 'A3', 'A4'] },
      { position: 1, statementId: 'S1', actionIds: [] },
    ],
  },
  { id: 'p-2', date: '2023-04-01', context: tinyContext({ siteId: 'london', householdSize: 1, children: 0 }), statements: [] },
];

describe('TrainingDataBuilder', () => {
  const data = buildTrainingData(catalog, PLANS);

  it('lays plans out as rows in position order with ascending, distinct actions', () => {
    expect(data.planCount).toBe(2);
    expect(data.rowCount).toBe(3);
    expect(data.planIds).toEqual(['p-1', 'p-2']);
    expect(Array.from(data.planDay)).toEqual([dayFromIso('2023-04-02'), dayFromIso('2023-04-01')]);
    expect(Array.from(data.planRowStart)).toEqual([0, 3, 3]);
    expect(Array.from(data.rowPlan)).toEqual([0, 0, 0]);
    expect(Array.from(data.rowPosition)).toEqual([0, 1, 2]);
    expect(Array.from(data.rowStatement)).toEqual([S('S2'), S('S1'), -1]);
    expect(Array.from(data.rowActionStart)).toEqual([0, 2, 2, 4]);
    expect(Array.from(rowActions(data, 0))).toEqual([A('A3'), A('A4')]);
    expect(Array.from(rowActions(data, 1))).toEqual([]);
    expect(Array.from(rowActions(data, 2))).toEqual([A('A5'), A('A6')]);
    expect(data.freeTexts).toEqual(new Map([[2, 'Needs a dentist for the kids']]));
  });

  it('keeps each plan context and gives it back as a ClientContext', () => {
    expect(planContext(data, 0)).toEqual({ ...tinyContext({ languages: ['fr', 'en'], arrivalDate: null }), planDate: '2023-04-02' });
    expect(planContext(data, 1)).toEqual({ ...tinyContext({ siteId: 'london', householdSize: 1, children: 0 }), planDate: '2023-04-01' });
    expect(data.planArrivalDay[0]).toBe(NO_DAY);
    const features = (p: number) => Array.from(data.planFeatures.subarray(data.planFeatureStart[p], data.planFeatureStart[p + 1]), (f) => data.features.ids[f]);
    expect(features(0)).toEqual(['site:windsor', 'status:permanent_resident', 'age:25-34', 'household:3-4', 'children:1', 'language:fr', 'language:en']);
    expect(features(1)).toContain('household:1');
    expect(features(1)).toContain('arrival:0-6m');
  });

  it('answers the per-row questions models ask', () => {
    expect(otherStatements(data, 0)).toEqual([S('S1')]);
    expect(otherStatements(data, 2)).toEqual([S('S2'), S('S1')]);
    expect(planActions(data, 0)).toEqual([A('A3'), A('A4'), A('A5'), A('A6')]);
    const rows = rowActionMatrix(data);
    expect([rows.rows, rows.cols, rows.nnz]).toEqual([3, catalog.actions.size, 4]);
    expect(rows.get(0, A('A4'))).toBe(1);
    const plans = planActionMatrix(data);
    expect([plans.rows, plans.nnz]).toEqual([2, 4]);
    expect(plans.get(0, A('A5'))).toBe(1);
    expect(plans.rowNnz(1)).toBe(0);
  });

  it('filters eligibility by age band and status', () => {
    const teenClaimant = eligibilityFilter(catalog.actionEligibility, { ageBand: '15-17', immigrationStatus: 'refugee_claimant' });
    const adultResident = eligibilityFilter(catalog.actionEligibility, { ageBand: '18-24', immigrationStatus: 'permanent_resident' });
    expect([teenClaimant(A('A1')), teenClaimant(A('A7')), teenClaimant(A('A8'))]).toEqual([true, false, false]);
    expect([adultResident(A('A7')), adultResident(A('A8'))]).toEqual([true, true]);
    // An unknown band cannot rule out by age, but a status list still applies.
    const unknown = eligibilityFilter(catalog.actionEligibility, { ageBand: '?', immigrationStatus: 'citizen' });
    expect([unknown(A('A7')), unknown(A('A8'))]).toEqual([true, false]);
  });

  it('refuses unknown ids by default, or drops and counts them', () => {
    const bad: PlanRecord = { ...PLANS[1], statements: [{ position: 0, statementId: 'S1', actionIds: ['A1', 'A99'] }, { position: 1, statementId: 'S42', actionIds: ['A2'] }] };
    const strict = new TrainingDataBuilder(catalog);
    expect(() => strict.addPlan(bad)).toThrow(/unknown action A99/);
    expect(strict.planCount).toBe(0); // a refused plan leaves nothing behind
    const lenient = new TrainingDataBuilder(catalog, { unknownIds: 'skip' });
    lenient.addPlan(bad);
    const d = lenient.build();
    expect(lenient.skipped).toEqual({ statements: 1, actions: 1 });
    expect(Array.from(d.rowStatement)).toEqual([S('S1')]);
    expect(Array.from(d.rowActions)).toEqual([A('A1')]);
    expect(() => new TrainingDataBuilder(catalog).addPlan({ ...PLANS[1], date: '2023-02-30' })).toThrow(/calendar date/);
  });

  it('builds in chunks exactly what one build over all the plans gives', () => {
    const plans = tinyPlans(90, 5);
    plans[7].statements[1] = { position: 1, freeText: 'free words', actionIds: ['A1'] };
    const whole = buildTrainingData(catalog, plans);
    const builder = new TrainingDataBuilder(catalog);
    for (let i = 0; i < plans.length; i += 17) builder.addPlans(plans.slice(i, i + 17));
    expect(builder.build()).toEqual(whole);
    expect(buildTrainingData(tinyCatalog(), plans)).toEqual(whole); // deterministic
  });

  it('chunked synthetic history at scale matches the one-shot build', () => {
    const synthetic = syntheticCatalog({ statements: 60, actions: 120, categories: 6, seed: 4 });
    const options = { plans: 5000, seed: 4, freeTextShare: 0.05 };
    const whole = buildTrainingData(synthetic, syntheticPlans(synthetic, options));
    const builder = new TrainingDataBuilder(synthetic);
    const chunk: PlanRecord[] = [];
    let snapshot;
    for (const plan of syntheticPlans(synthetic, options)) {
      chunk.push(plan);
      if (chunk.length === 1000) {
        builder.addPlans(chunk.splice(0));
        if (builder.planCount === 2000) snapshot = builder.build();
      }
    }
    builder.addPlans(chunk);
    expect(builder.build()).toEqual(whole);
    // A snapshot taken midway is the first 2000 plans and is not changed by later appends.
    expect(snapshot!.planCount).toBe(2000);
    expect(snapshot!.rowCount).toBe(whole.planRowStart[2000]);
    expect(snapshot!.rowActions).toEqual(whole.rowActions.subarray(0, whole.rowActionStart[whole.planRowStart[2000]]));
    expect(whole.freeTexts.size).toBeGreaterThan(0);
    for (const r of whole.freeTexts.keys()) expect(whole.rowStatement[r]).toBe(-1);
  });
});
