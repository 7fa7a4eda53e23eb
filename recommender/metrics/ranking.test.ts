import { describe, expect, it } from 'vitest';
import { rankActions, topAmong } from '../models/rank.ts';
import {
  averagePrecisionAtK,
  catalogueCoverage,
  hitAtK,
  meanOf,
  ndcgAtK,
  precisionAtK,
  recallAtK,
  reciprocalRank,
} from './ranking.ts';

// Suggestions 3, 1, 4, 2, 5; the assessor attached 1, 2 and 9 (9 was never suggested).
const ranked = [3, 1, 4, 2, 5];
const relevant = new Set([1, 2, 9]);
const log2 = Math.log2;

describe('ranking metrics on a hand-computed case', () => {
  it('precision, recall and hit count relevant items in the first k places', () => {
    expect(precisionAtK(ranked, relevant, 1)).toBe(0);
    expect(precisionAtK(ranked, relevant, 3)).toBeCloseTo(1 / 3, 12);
    expect(precisionAtK(ranked, relevant, 5)).toBeCloseTo(2 / 5, 12);
    expect(recallAtK(ranked, relevant, 3)).toBeCloseTo(1 / 3, 12);
    expect(recallAtK(ranked, relevant, 5)).toBeCloseTo(2 / 3, 12);
    expect(hitAtK(ranked, relevant, 1)).toBe(0);
    expect(hitAtK(ranked, relevant, 2)).toBe(1);
  });

  it('nDCG discounts by log2(place + 1) against an ideal of min(k, |relevant|) hits', () => {
    const idealOf3 = 1 + 1 / log2(3) + 1 / log2(4);
    expect(ndcgAtK(ranked, relevant, 3)).toBeCloseTo(1 / log2(3) / idealOf3, 12);
    expect(ndcgAtK(ranked, relevant, 5)).toBeCloseTo((1 / log2(3) + 1 / log2(5)) / idealOf3, 12);
    // With k = 1 the ideal is a single hit.
    expect(ndcgAtK([1, 3], relevant, 1)).toBe(1);
    expect(ndcgAtK(ranked, new Set([3]), 5)).toBe(1);
  });

  it('average precision averages precision at each hit over min(k, |relevant|)', () => {
    // Hits at places 2 and 4: precision 1/2 and 2/4.
    expect(averagePrecisionAtK(ranked, relevant, 5)).toBeCloseTo((1 / 2 + 2 / 4) / 3, 12);
    expect(averagePrecisionAtK(ranked, relevant, 3)).toBeCloseTo(1 / 2 / 3, 12);
    expect(averagePrecisionAtK(ranked, relevant, 2)).toBeCloseTo(1 / 2 / 2, 12);
  });

  it('reciprocal rank is 1 / place of the first hit, 0 when the hit is beyond k', () => {
    expect(reciprocalRank(ranked, relevant)).toBe(1 / 2);
    expect(reciprocalRank(ranked, relevant, 1)).toBe(0);
    expect(reciprocalRank([7, 8], relevant)).toBe(0);
  });
});

describe('edge cases', () => {
  it('k larger than the list counts the missing places as misses', () => {
    const short = [1];
    const rel = new Set([1, 2]);
    expect(precisionAtK(short, rel, 10)).toBeCloseTo(0.1, 12);
    expect(recallAtK(short, rel, 10)).toBe(0.5);
    expect(ndcgAtK(short, rel, 10)).toBeCloseTo(1 / (1 + 1 / log2(3)), 12);
    expect(averagePrecisionAtK(short, rel, 10)).toBe(0.5);
    expect(hitAtK([], rel, 10)).toBe(0);
    expect(ndcgAtK([], rel, 10)).toBe(0);
  });

  it('a query without relevant items is undefined (NaN) and skipped by meanOf', () => {
    const none = new Set<number>();
    for (const metric of [precisionAtK, recallAtK, hitAtK, ndcgAtK, averagePrecisionAtK]) expect(metric(ranked, none, 5)).toBeNaN();
    expect(reciprocalRank(ranked, none)).toBeNaN();
    expect(meanOf([1, NaN, 0.5])).toBe(0.75);
    expect(meanOf([NaN])).toBeNaN();
  });

  it('rejects k below 1', () => {
    expect(() => precisionAtK(ranked, relevant, 0)).toThrow(RangeError);
  });

  it('catalogue coverage counts distinct items in the top-k lists', () => {
    expect(catalogueCoverage([[0, 1], [1, 2]], 10)).toBeCloseTo(0.3, 12);
    expect(catalogueCoverage([[0, 1], [1, 2]], 10, 1)).toBeCloseTo(0.2, 12);
  });
});

describe('ranking with ties', () => {
  const scores = [0.5, 0.9, 0.5, 0.9, NaN, 0.1];

  it('breaks ties by the lower action index and never ranks NaN', () => {
    expect(rankActions(scores, { k: 10 })).toEqual([1, 3, 0, 2, 5]);
    expect(topAmong(scores, [0, 1, 2, 3, 4, 5], 3)).toEqual([1, 3, 0]);
    expect(topAmong(scores, [0, 1, 2, 3, 4, 5], 10)).toEqual([1, 3, 0, 2, 5]);
  });

  it('applies exclusions and eligibility before cutting to k', () => {
    expect(rankActions(scores, { k: 2, exclude: new Set([1]), eligible: (a) => a !== 3 })).toEqual([0, 2]);
    expect(rankActions(scores, { k: 0 })).toEqual([]);
  });

  it('tied relevant and non-relevant items are scored in their tie-broken order', () => {
    // Actions 0 and 2 tie; only 2 is relevant: the lower index wins the tie, so the hit is second.
    const order = rankActions([0.5, 0.1, 0.5], { k: 3 });
    expect(order).toEqual([0, 2, 1]);
    expect(reciprocalRank(order, new Set([2]))).toBe(1 / 2);
  });
});
