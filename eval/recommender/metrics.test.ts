/**
 * Edge cases of the recommender's ranking metrics that its own tests leave out, checked by hand
 * here because the evaluation reports them: all-tied scores, k beyond the list for MAP, MRR and
 * coverage, more relevant items than k, and undefined queries.
 */
import { describe, expect, it } from 'vitest';
import {
  averagePrecisionAtK,
  catalogueCoverage,
  hitAtK,
  meanOf,
  ndcgAtK,
  precisionAtK,
  rankActions,
  recallAtK,
  reciprocalRank,
} from '../../recommender/index.ts';

const log2 = Math.log2;

describe('all scores tied', () => {
  // A model with no opinion: ties go to the lower action index, so the relevant action 3 is 4th.
  const ranked = rankActions([0.5, 0.5, 0.5, 0.5], { k: 10 });
  const relevant = new Set([3]);

  it('ranks by index and scores the hit where the tie rule put it', () => {
    expect(ranked).toEqual([0, 1, 2, 3]);
    expect(reciprocalRank(ranked, relevant)).toBe(1 / 4);
    expect(hitAtK(ranked, relevant, 3)).toBe(0);
    expect(ndcgAtK(ranked, relevant, 3)).toBe(0);
    expect(ndcgAtK(ranked, relevant, 10)).toBeCloseTo(1 / log2(5), 12);
    expect(averagePrecisionAtK(ranked, relevant, 10)).toBe(1 / 4);
  });

  it('with eligibility the same tie rule applies among the eligible actions', () => {
    const eligibleRanked = rankActions([0.5, 0.5, 0.5, 0.5], { k: 10, eligible: (a) => a !== 0 });
    expect(eligibleRanked).toEqual([1, 2, 3]);
    expect(reciprocalRank(eligibleRanked, relevant)).toBe(1 / 3);
  });
});

describe('k larger than the list', () => {
  const ranked = [7, 2];
  const relevant = new Set([2, 9]);

  it('precision divides by k; recall, MAP and MRR only see the list', () => {
    expect(precisionAtK(ranked, relevant, 10)).toBe(1 / 10);
    expect(recallAtK(ranked, relevant, 10)).toBe(1 / 2);
    // One hit at place 2 (precision 1/2), averaged over min(k, |relevant|) = 2.
    expect(averagePrecisionAtK(ranked, relevant, 10)).toBe(1 / 2 / 2);
    expect(reciprocalRank(ranked, relevant, 10)).toBe(1 / 2);
    expect(hitAtK(ranked, relevant, 10)).toBe(1);
    expect(ndcgAtK(ranked, relevant, 10)).toBeCloseTo(1 / log2(3) / (1 + 1 / log2(3)), 12);
  });

  it('coverage counts what the lists hold, and an empty set of lists covers nothing', () => {
    expect(catalogueCoverage([[0, 1, 2]], 4, 10)).toBe(3 / 4);
    expect(catalogueCoverage([[0], []], 4, 10)).toBe(1 / 4);
    expect(catalogueCoverage([], 4, 10)).toBe(0);
  });
});

describe('more relevant items than k', () => {
  it('perfect top-k scores 1 on nDCG and MAP, while recall stays k / |relevant|', () => {
    const relevant = new Set([1, 2, 3, 4]);
    expect(ndcgAtK([1, 2], relevant, 2)).toBe(1);
    expect(averagePrecisionAtK([1, 2], relevant, 2)).toBe(1);
    expect(recallAtK([1, 2], relevant, 2)).toBe(1 / 2);
    expect(precisionAtK([1, 2], relevant, 2)).toBe(1);
  });
});

describe('empty relevance sets', () => {
  it('are NaN for every metric and drop out of the mean instead of counting as 0', () => {
    const none = new Set<number>();
    expect(averagePrecisionAtK([], none, 10)).toBeNaN();
    expect(reciprocalRank([], none, 10)).toBeNaN();
    expect(meanOf([NaN, 1, 0])).toBe(1 / 2);
  });
});
