import { describe, expect, it } from 'vitest';
import { bootstrapCI, pairedBootstrap } from './bootstrap.ts';
import { seededRandom } from './random.ts';

const random = seededRandom(3);
const values = Array.from({ length: 200 }, () => (random() < 0.4 ? 1 : 0));

describe('bootstrapCI', () => {
  it('brackets the mean and is deterministic for a seed', () => {
    const a = bootstrapCI(values, { samples: 1000, seed: 11 });
    const b = bootstrapCI(values, { samples: 1000, seed: 11 });
    expect(a).toEqual(b);
    expect(a.n).toBe(200);
    expect(a.lower).toBeLessThan(a.mean);
    expect(a.upper).toBeGreaterThan(a.mean);
    // A proportion near 0.4 from 200 draws: the 95% interval is roughly ±0.07.
    expect(a.upper - a.lower).toBeGreaterThan(0.08);
    expect(a.upper - a.lower).toBeLessThan(0.2);
  });

  it('narrows as the confidence level drops', () => {
    const wide = bootstrapCI(values, { alpha: 0.01, seed: 2 });
    const narrow = bootstrapCI(values, { alpha: 0.5, seed: 2 });
    expect(narrow.upper - narrow.lower).toBeLessThan(wide.upper - wide.lower);
  });

  it('skips NaN (queries without relevant items) and collapses on constant values', () => {
    const ci = bootstrapCI([0.5, NaN, 0.5, 0.5]);
    expect(ci).toEqual({ mean: 0.5, lower: 0.5, upper: 0.5, n: 3 });
    expect(bootstrapCI([NaN]).n).toBe(0);
  });
});

describe('pairedBootstrap', () => {
  it('finds a consistent improvement significant', () => {
    const b = values.map((v) => v * 0.5);
    const a = b.map((bi, i) => Math.min(1, bi + (i % 2 === 0 ? 0.2 : 0.1)));
    const r = pairedBootstrap(a, b, { samples: 2000, seed: 5 });
    expect(r.meanDifference).toBeGreaterThan(0);
    expect(r.lower).toBeGreaterThan(0);
    expect(r.pValue).toBeLessThan(0.01);
  });

  it('gives p = 1 for identical models and rejects unpaired input', () => {
    const r = pairedBootstrap(values, values, { seed: 1 });
    expect(r.meanDifference).toBe(0);
    expect(r.pValue).toBe(1);
    expect(() => pairedBootstrap([1, 2], [1])).toThrow(RangeError);
  });

  it('does not call noise significant', () => {
    const noise = seededRandom(9);
    const a = Array.from({ length: 300 }, () => noise());
    const b = Array.from({ length: 300 }, () => noise());
    const r = pairedBootstrap(a, b, { seed: 4 });
    expect(r.lower).toBeLessThan(0);
    expect(r.upper).toBeGreaterThan(0);
    expect(r.pValue).toBeGreaterThan(0.05);
  });
});
