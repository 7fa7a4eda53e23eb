import { describe, expect, it } from 'vitest';
import { subsetPlans, temporalSplit } from '../data/split.ts';
import { evaluateModel } from '../metrics/evaluate.ts';
import { tinyContext, tinyData } from '../testing/fixtures.ts';
import { syntheticData } from '../testing/synthetic.ts';
import { HybridModel, rankNormalize, zNormalize } from './hybrid.ts';
import { rankActions } from './rank.ts';
import { TfidfEmbedder } from './tfidf.ts';
import type { Query } from './types.ts';

const context = { ...tinyContext(), planDate: '2023-06-01' };

describe('score normalization', () => {
  it('z-normalizes to mean 0 and unit deviation, constant vectors to 0', () => {
    const z = zNormalize(Float32Array.from([1, 2, 3, 4]));
    expect(z.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 6);
    expect(Array.from(z)).toEqual(Array.from(Float32Array.from([-1.3416408, -0.4472136, 0.4472136, 1.3416408])));
    expect(Array.from(zNormalize(Float32Array.from([5, 5, 5])))).toEqual([0, 0, 0]);
  });

  it('rank-normalizes to [0, 1] with ties sharing their average rank', () => {
    expect(Array.from(rankNormalize(Float32Array.from([0.2, 0.9, 0.2, 0.5, 0.1])))).toEqual(
      Array.from(Float32Array.from([0.375, 1, 0.375, 0.75, 0])),
    );
  });
});

describe('hybrid cold start', () => {
  // Train without any plan holding S3: S3 becomes a library statement the model has never seen.
  const full = tinyData(60);
  const { catalog } = full;
  const S3 = catalog.statements.indexOf('S3');
  const withoutS3 = Int32Array.from({ length: full.planCount }, (_, p) => p).filter((p) => {
    for (let r = full.planRowStart[p]; r < full.planRowStart[p + 1]; r++) if (full.rowStatement[r] === S3) return false;
    return true;
  });
  const train = subsetPlans(full, withoutS3);

  it('falls back to text, category and context for a statement without history', async () => {
    const model = new HybridModel();
    await model.prepare(TfidfEmbedder.fit([...catalog.statementTexts, ...catalog.actionTexts]), catalog);
    model.fit(train);
    const query: Query = { statementIndex: S3, otherStatementIndices: [catalog.statements.indexOf('S1')], context, actionsInPlan: [] };
    expect(model.regime(query)).toBe('cold');
    expect(model.regime({ ...query, statementIndex: undefined })).toBe('free_text');
    const ranked = rankActions(model.score(query), { k: 2 }).map((a) => catalog.actions.ids[a]);
    expect(new Set(ranked)).toEqual(new Set(['A5', 'A6']));
    const reasons = model.explain(query, catalog.actions.indexOf('A5'));
    expect(reasons[0].kind).toBe('similar_text');
    expect(reasons.some((r) => r.kind === 'cooccurrence')).toBe(false);
  });

  it('without prepared texts it still ranks from category popularity and context', () => {
    const model = new HybridModel();
    model.fit(train);
    const query: Query = { statementIndex: S3, otherStatementIndices: [], context, actionsInPlan: [] };
    const top = rankActions(model.score(query), { k: 2 }).map((a) => catalog.actions.ids[a]);
    // S3 is a health statement: the health actions seen so far are S2's.
    expect(new Set(top)).toEqual(new Set(['A3', 'A4']));
    expect(() => model.serialize()).not.toThrow();
  });
});

describe('hybrid weight tuning', () => {
  const data = syntheticData({ plans: 6000, statements: 40, actions: 90, categories: 6, seed: 3 });
  const split = temporalSplit(data, { validationDays: 120, testDays: 120 });
  const train = subsetPlans(data, split.train);
  const validation = subsetPlans(data, split.validation);

  it('coordinate search never lowers validation nDCG and keeps the tuned weights', async () => {
    const model = new HybridModel();
    const { statementTexts, actionTexts } = data.catalog;
    await model.prepare(TfidfEmbedder.fit([...statementTexts, ...actionTexts]), { statementTexts, actionTexts });
    model.fit(train, { validation, weights: { cooccurrence: 0, ease: 0, itemknn: 0, popularity_category: 1 }, tuning: { maxQueries: 400 } });
    const { warm, cold, free_text: freeText } = model.tuning!.regimes;
    expect(warm!.queries).toBeGreaterThan(100);
    expect(warm!.after).toBeGreaterThan(warm!.before + 0.05);
    // The statement-level components must have been switched on.
    expect(warm!.weights.cooccurrence + warm!.weights.ease + warm!.weights.itemknn).toBeGreaterThan(0);
    for (const r of [cold!, freeText!]) {
      expect(r.after).toBeGreaterThanOrEqual(r.before);
      expect(r.weights.cooccurrence + r.weights.ease + r.weights.itemknn).toBe(0);
    }
    expect(model.weights).toEqual(warm!.weights);
    expect(model.coldWeights).toEqual(cold!.weights);
    expect(model.freeTextWeights).toEqual(freeText!.weights);
    const report = model.tuning;
    const restored = HybridModel.deserialize(model.serialize());
    expect(restored.tuning).toEqual(report);
    const test = evaluateModel(model, data, split, { ks: [10], maxQueries: 300 });
    expect(test.means['ndcg@10']).toBeGreaterThan(0.6);
  });
});
