import { describe, expect, it } from 'vitest';
import { hitAt, ndcgAt, rankingOf, recallAt, reciprocalRankAt, summarizeLatency, thresholdCurve } from './metrics.ts';

const log2 = Math.log2;
// Graded judgments: a answers (2), b partly (1), z judged non-relevant (0).
const judged = new Map([
  ['article:a', 2],
  ['article:b', 1],
  ['article:z', 0],
]);

describe('graded retrieval metrics, hand-computed', () => {
  const ranking = ['article:z', 'article:b', 'article:x', 'article:a'];

  it('recall, hit and reciprocal rank count grade ≥ 1 only', () => {
    expect(recallAt(ranking, judged, 1)).toBe(0);
    expect(recallAt(ranking, judged, 2)).toBe(1 / 2);
    expect(recallAt(ranking, judged, 4)).toBe(1);
    expect(hitAt(ranking, judged, 1)).toBe(0);
    expect(hitAt(ranking, judged, 3)).toBe(1);
    expect(reciprocalRankAt(ranking, judged, 10)).toBe(1 / 2);
    expect(reciprocalRankAt(ranking, judged, 1)).toBe(0);
  });

  it('nDCG uses linear gains against the ideal order of all judged grades', () => {
    const ideal = 2 + 1 / log2(3);
    expect(ndcgAt(ranking, judged, 10)).toBeCloseTo((1 / log2(3) + 2 / log2(5)) / ideal, 12);
    // At k = 2 the ideal is still the two best grades; the ranking has b at 2.
    expect(ndcgAt(ranking, judged, 2)).toBeCloseTo(1 / log2(3) / ideal, 12);
    expect(ndcgAt(['article:a', 'article:b'], judged, 10)).toBe(1);
  });

  it('k larger than the ranking counts the empty places as misses', () => {
    expect(recallAt(['article:a'], judged, 50)).toBe(1 / 2);
    expect(ndcgAt(['article:a'], judged, 50)).toBeCloseTo(2 / (2 + 1 / log2(3)), 12);
    expect(hitAt([], judged, 10)).toBe(0);
    expect(reciprocalRankAt([], judged, 10)).toBe(0);
  });

  it('a query with no relevant item is undefined (NaN), even when items were judged 0', () => {
    const none = new Map([['article:z', 0]]);
    for (const metric of [recallAt, hitAt, reciprocalRankAt, ndcgAt]) expect(metric(ranking, none, 5)).toBeNaN();
    expect(ndcgAt(ranking, new Map(), 5)).toBeNaN();
  });

  it('rejects k below 1 or fractional', () => {
    expect(() => recallAt(ranking, judged, 0)).toThrow(RangeError);
    expect(() => ndcgAt(ranking, judged, 2.5)).toThrow(RangeError);
  });
});

describe('rankingOf', () => {
  it('orders by score, breaks ties by id whatever the returned order, and keeps the best of repeated ids', () => {
    const items = [
      { kind: 'article' as const, id: 'b', score: 0.5 },
      { kind: 'service' as const, id: 's1', score: 0.9 },
      { kind: 'article' as const, id: 'a', score: 0.5 },
      { kind: 'article' as const, id: 'b', score: 0.7 },
      { kind: 'article' as const, id: 'c', score: NaN },
    ];
    expect(rankingOf(items)).toEqual(['service:s1', 'article:b', 'article:a', 'article:c']);
    // A tie between a relevant and a non-relevant item: the lower id goes first, so the result does not depend on luck.
    const tied = rankingOf([
      { kind: 'article', id: 'z', score: 1 },
      { kind: 'article', id: 'a', score: 1 },
    ]);
    expect(tied).toEqual(['article:a', 'article:z']);
    expect(reciprocalRankAt(tied, judged, 10)).toBe(1);
  });
});

describe('thresholdCurve and latency', () => {
  it('sweeps the threshold over the confidences, with forced handoffs always counted', () => {
    // Messages: confident answer (0.9, fine), weak answer that should go to a person (0.1), forced handoff (should).
    const curve = thresholdCurve([0.9, 0.1, NaN], [false, false, true], [false, true, true]);
    expect(curve.map((p) => p.threshold)).toEqual([0.1, 0.9, 0.9 + 1e-9]);
    expect(curve.map((p) => [p.tp, p.fp, p.fn, p.tn])).toEqual([
      [1, 0, 1, 1],
      [2, 0, 0, 1],
      [2, 1, 0, 0],
    ]);
    expect(curve[1].f1).toBe(1);
    expect(curve[0].precision).toBe(1);
    expect(curve[2].handoffRate).toBe(1);
  });

  it('summarizes latency with percentiles and a histogram', () => {
    const s = summarizeLatency([4, 1, 30, 2000], [0, 5, 50]);
    expect(s.p50Ms).toBe(17);
    expect(s.maxMs).toBe(2000);
    expect(s.histogram.counts).toEqual([2, 1, 1]);
    expect(summarizeLatency([]).meanMs).toBeNaN();
  });
});
