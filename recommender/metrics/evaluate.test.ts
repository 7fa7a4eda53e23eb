import { describe, expect, it } from 'vitest';
import { temporalSplit, subsetPlans } from '../data/split.ts';
import { buildTrainingData } from '../data/builder.ts';
import { tinyCatalog, tinyData, tinyPlans } from '../testing/fixtures.ts';
import { ContentModel } from '../models/content.ts';
import { TfidfEmbedder } from '../models/tfidf.ts';
import { CooccurrenceModel } from '../models/cooccurrence.ts';
import { PopularityModel } from '../models/popularity.ts';
import { evaluationRows, queryForRow } from '../models/query.ts';
import { gridSearch } from '../models/tune.ts';
import { bootstrapCI, pairedBootstrap } from './bootstrap.ts';
import { evaluateModel, evaluateModelWithText } from './evaluate.ts';

const data = tinyData(120);
const split = temporalSplit(data, { validationDays: 20, testDays: 20 });
const train = subsetPlans(data, split.train);

describe('evaluateModel', () => {
  const cooc = new CooccurrenceModel();
  cooc.fit(train);
  const pop = new PopularityModel();
  pop.fit(train);
  const result = evaluateModel(cooc, data, split);

  it('makes one query per test statement with actions, and means over them', () => {
    const rows = evaluationRows(data, split.test);
    expect(result.rows).toEqual(rows);
    expect(result.perQuery['ndcg@10']).toHaveLength(rows.length);
    for (const k of [1, 3, 5, 10]) for (const m of ['precision', 'recall', 'ndcg', 'map', 'hit', 'rr']) expect(result.means[`${m}@${k}`]).toBeGreaterThanOrEqual(0);
    const ndcg = result.perQuery['ndcg@10'];
    expect(result.means['ndcg@10']).toBeCloseTo(ndcg.reduce((a, b) => a + b, 0) / ndcg.length, 12);
  });

  it('shows the offline protocol: the query sees statements and context, never actions', () => {
    const q = queryForRow(data, result.rows[0]);
    expect(q.actionsInPlan).toEqual([]);
    expect(q.otherStatementIndices).toHaveLength(1);
    expect(q.context.planDate).toBeDefined();
  });

  it('the statement model clearly beats global popularity, with a bootstrap interval', () => {
    const base = evaluateModel(pop, data, split);
    expect(result.means['ndcg@3']).toBeGreaterThan(0.8);
    expect(result.means['ndcg@3']).toBeGreaterThan(base.means['ndcg@3'] + 0.2);
    const ci = bootstrapCI(result.perQuery['ndcg@3'], { seed: 3 });
    expect(ci.lower).toBeLessThanOrEqual(ci.mean);
    expect(ci.upper).toBeGreaterThanOrEqual(ci.mean);
    const diff = pairedBootstrap(result.perQuery['ndcg@3'], base.perQuery['ndcg@3'], { seed: 3 });
    expect(diff.lower).toBeGreaterThan(0);
    expect(diff.pValue).toBeLessThan(0.01);
  });

  it('reports catalogue coverage and samples queries reproducibly', () => {
    expect(result.coverage['coverage@1']).toBeGreaterThan(0);
    expect(result.coverage['coverage@10']).toBeLessThanOrEqual(1);
    const a = evaluateModel(cooc, data, split, { maxQueries: 5, seed: 2 });
    const b = evaluateModel(cooc, data, split, { maxQueries: 5, seed: 2 });
    expect(a.rows).toHaveLength(5);
    expect(a.rows).toEqual(b.rows);
  });
});

describe('gridSearch', () => {
  it('tries every value, keeps the best and leaves the model fitted with it', () => {
    const model = new CooccurrenceModel();
    const validation = subsetPlans(data, split.validation);
    const result = gridSearch(model, train, validation, { alpha: [0.1, 10, 10_000] }, { metric: 'ndcg@3' });
    expect(result.tried.map((t) => t.params.alpha)).toEqual([0.1, 10, 10_000]);
    expect(result.bestValue).toBe(Math.max(...result.tried.map((t) => t.value)));
    expect(model.alpha).toBe(result.best.alpha);
    // An enormous alpha drowns the statement in its category: it must not win.
    expect(result.best.alpha).not.toBe(10_000);
  });
});

describe('evaluateModelWithText', () => {
  it('adds the free-text statements, embedded with the model embedder', async () => {
    const plans = tinyPlans(120);
    // Every tenth plan's second statement was written as free text by the assessor.
    plans.forEach((p, i) => {
      if (i % 10 === 0) p.statements[1] = { position: 1, freeText: 'Our children need dental care', actionIds: ['A5', 'A6'] };
    });
    const withText = buildTrainingData(tinyCatalog(), plans);
    const split2 = temporalSplit(withText, { validationDays: 20, testDays: 60 });
    const model = new ContentModel();
    const { statementTexts, actionTexts } = withText.catalog;
    await model.prepare(TfidfEmbedder.fit([...statementTexts, ...actionTexts]), { statementTexts, actionTexts });
    model.fit(subsetPlans(withText, split2.train));
    const result = await evaluateModelWithText(model, withText, split2, { ks: [2] });
    const free = Array.from(result.rows.keys()).filter((q) => withText.rowStatement[result.rows[q]] < 0);
    expect(free.length).toBeGreaterThan(0);
    expect(result.rows.length).toBe(evaluateModel(model, withText, split2).rows.length + free.length);
    // The free text is about children's dental care, and the dental actions were attached to it.
    for (const q of free) expect(result.perQuery['recall@2'][q]).toBe(1);
  });
});
