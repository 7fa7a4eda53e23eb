/** The confidence model: fitting, calibration error, threshold choice, the shipped coefficients. */
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from './features.ts';
import { seededRandom as rng } from '../../knowledge/plans/random.ts';
import { bestF1Threshold, calibrationError, crossValidatedAuc, fitLogistic, predict, rocAuc } from './logistic.ts';
import { ConfidenceModel, ConfidenceModelError } from './model.ts';
import { relevantInTop, retrievedItems } from './labels.ts';
import type { SearchHit } from '../retrieval/search.ts';
import type { SearchDoc } from '../index/types.ts';

// A seeded stream, so the fit sees the same data every run.

describe('ranking quality', () => {
  it('AUC is 1 for a perfect ranking, 0.5 for ties, 0 reversed, NaN with one class', () => {
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0])).toBe(1);
    expect(rocAuc([0.5, 0.5], [1, 0])).toBe(0.5);
    expect(rocAuc([0.1, 0.9], [1, 0])).toBe(0);
    expect(rocAuc([0.1, 0.9], [1, 1])).toBeNaN();
  });

  it('cross-validated AUC is high for an informative feature and near 0.5 for noise alone', () => {
    const r = rng(11);
    const X: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 600; i++) {
      const label = r() < 0.5 ? 1 : 0;
      X.push([label + (r() - 0.5) * 1.2, r()]);
      y.push(label);
    }
    expect(crossValidatedAuc(X, y)).toBeGreaterThan(0.9);
    const noiseOnly = crossValidatedAuc(X, y, { columns: [1] });
    expect(noiseOnly).toBeGreaterThan(0.4);
    expect(noiseOnly).toBeLessThan(0.6);
  });
});

describe('logistic regression', () => {
  it('recovers the direction and rough size of a known model', () => {
    const r = rng(7);
    const X: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const x = [r() * 4 - 2, r() * 4 - 2, r()];
      const p = 1 / (1 + Math.exp(-(2 * x[0] - 1 * x[1] + 0.5)));
      X.push(x);
      y.push(r() < p ? 1 : 0);
    }
    const m = fitLogistic(X, y, { l2: 0.01 });
    // Weights are on standardized features: divide by std to get back the raw-scale coefficients.
    const raw = m.weights.map((w, i) => w / m.std[i]);
    expect(raw[0]).toBeGreaterThan(1.6);
    expect(raw[0]).toBeLessThan(2.4);
    expect(raw[1]).toBeLessThan(-0.7);
    expect(raw[1]).toBeGreaterThan(-1.3);
    expect(Math.abs(raw[2])).toBeLessThan(0.4);
    const p = X.map((x) => predict(m, x));
    expect(calibrationError(p, y).ece).toBeLessThan(0.05);
  });

  it('ignores a constant feature instead of failing', () => {
    const X = [[0, 1], [1, 1], [2, 1], [3, 1]];
    const m = fitLogistic(X, [0, 0, 1, 1]);
    expect(m.std[1]).toBe(0);
    expect(predict(m, [3, 1])).toBeGreaterThan(predict(m, [0, 1]));
  });

  it('rejects data it cannot fit', () => {
    expect(() => fitLogistic([[1], [2]], [1, 1])).toThrow(/both positive and negative/);
    expect(() => fitLogistic([[1]], [1, 0])).toThrow(/as many labels/);
    expect(() => predict({ mean: [0], std: [1], weights: [1], bias: 0 }, [1, 2])).toThrow(RangeError);
  });
});

describe('calibration and threshold', () => {
  it('ECE is 0 when predicted rates match observed rates, and large when they do not', () => {
    const p = [0.25, 0.25, 0.25, 0.25, 0.75, 0.75, 0.75, 0.75];
    expect(calibrationError(p, [1, 0, 0, 0, 1, 1, 1, 0]).ece).toBeCloseTo(0, 10);
    expect(calibrationError(p, [1, 1, 1, 1, 0, 0, 0, 0]).ece).toBeCloseTo(0.75, 10);
  });

  it('picks the threshold with the best F1 of the positive class', () => {
    const best = bestF1Threshold([0.1, 0.2, 0.3, 0.6, 0.7, 0.9], [0, 0, 0, 1, 1, 1]);
    expect(best.threshold).toBe(0.6);
    expect(best.f1).toBe(1);
  });
});

describe('shipped coefficients', () => {
  it('load, cover hybrid and lexical retrieval, and give higher confidence to stronger evidence', () => {
    const m = ConfidenceModel.load();
    expect(m.modes()).toEqual(expect.arrayContaining(['hybrid', 'lexical']));
    const weak = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as Record<(typeof FEATURE_NAMES)[number], number>;
    const strong = { ...weak, topScore: 1, lexicalTopPerTerm: 4, denseTop: 0.8, sourceMargin: 0.3, agreement: 1, queryLength: 2, languageKnown: 1, queryCoverage: 1, topSourceShare: 0.5 };
    for (const mode of ['hybrid', 'lexical'] as const) {
      const lo = m.score(mode, { ...weak, queryLength: 2, languageKnown: 1 });
      const hi = m.score(mode, strong);
      expect(hi.probability).toBeGreaterThan(lo.probability);
      expect(hi.answer).toBe(true);
      expect(lo.answer).toBe(false);
      expect(m.score(mode, strong, 0.9999).answer).toBe(hi.probability >= 0.9999);
    }
  });

  it('refuses a file fitted on other features or with missing fields', () => {
    const good = ConfidenceModel.load().file;
    expect(() => ConfidenceModel.parse({ ...good, features: ['x'] })).toThrow(ConfidenceModelError);
    expect(() => ConfidenceModel.parse({ ...good, version: 2 })).toThrow(/version/);
    expect(() => ConfidenceModel.load('/nonexistent/coefficients.json')).toThrow(/fit\.ts/);
  });
});

describe('labels', () => {
  const doc = (id: string, group?: string): SearchDoc =>
    ({ id, kind: group ? 'article' : 'service', sourceId: id, language: 'en', title: id, heading: '', text: '', citations: [], ...(group ? { article: { slug: id, translationGroup: group, category: null, chunkIndex: 0, headings: [] } } : {}) }) as SearchDoc;
  const hit = (d: SearchDoc, rank: number): SearchHit => ({ doc: d, rank, score: 1 / rank, lexical: null, dense: null });

  it('collapses chunks and language versions to one item, and checks the first three items', () => {
    const hits = [hit(doc('article:en/a#0', 'a'), 1), hit(doc('article:fr/a#1', 'a'), 2), hit(doc('s1'), 3), hit(doc('article:en/b#0', 'b'), 4), hit(doc('article:en/c#0', 'c'), 5)];
    expect(retrievedItems(hits)).toEqual([{ kind: 'article', id: 'a' }, { kind: 'service', id: 's1' }, { kind: 'article', id: 'b' }, { kind: 'article', id: 'c' }]);
    expect(relevantInTop(hits, [{ kind: 'article', id: 'b', grade: 1 }])).toBe(1);
    expect(relevantInTop(hits, [{ kind: 'article', id: 'c', grade: 2 }])).toBe(0);
  });
});
