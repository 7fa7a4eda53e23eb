import { describe, expect, it } from 'vitest';
import { Pseudonymizer, PseudonymKeyError } from './pseudonym.ts';
import { bestWorstGap, erfc, holmAdjust, pairedZTest, quantile, wilson, type GroupScore } from './stats.ts';

const group = (name: string, n: number, mean: number, lower: number, upper: number): GroupScore => ({ group: name, n, ci: { mean, lower, upper, n } });

describe('holmAdjust', () => {
  it('multiplies the i-th smallest p by (m − i + 1), keeps the order monotone and skips NaN', () => {
    // Sorted: 0.01 × 3 = 0.03, 0.03 × 2 = 0.06, 0.04 × 1 = 0.04 → raised to 0.06 (monotone).
    expect(holmAdjust([0.01, 0.04, 0.03, NaN])).toEqual([0.03, 0.06, 0.06, NaN]);
    expect(holmAdjust([0.5, 0.9])).toEqual([1, 1]);
    expect(holmAdjust([])).toEqual([]);
  });
});

describe('bestWorstGap', () => {
  it('flags a gap when the best interval lies wholly above the worst', () => {
    const gap = bestWorstGap([group('ottawa', 100, 0.8, 0.75, 0.85), group('sarnia', 80, 0.6, 0.52, 0.68), group('london', 90, 0.7, 0.64, 0.76)], 30);
    expect(gap).toEqual({ best: 'ottawa', worst: 'sarnia', gap: 0.8 - 0.6, flagged: true, tooSmall: [] });
  });

  it('does not flag overlapping intervals, and never ranks groups under the minimum size', () => {
    const gap = bestWorstGap([group('a', 100, 0.8, 0.7, 0.9), group('b', 100, 0.75, 0.68, 0.82), group('tiny', 5, 0.1, 0, 0.4)], 30);
    expect(gap.best).toBe('a');
    expect(gap.worst).toBe('b');
    expect(gap.flagged).toBe(false);
    expect(gap.tooSmall).toEqual(['tiny']);
  });

  it('has no gap with fewer than two comparable groups', () => {
    expect(bestWorstGap([group('a', 100, 0.5, 0.4, 0.6)], 30)).toMatchObject({ best: 'a', worst: 'a', gap: 0, flagged: false });
    expect(bestWorstGap([], 30).gap).toBeNaN();
  });
});

describe('wilson and quantile', () => {
  it('gives the Wilson interval, which stays informative at 0 of n', () => {
    // 0 of 10: upper bound z² / (n + z²).
    const z2 = 1.959964 ** 2;
    const zero = wilson(0, 10);
    expect(zero.mean).toBe(0);
    expect(zero.lower).toBe(0);
    expect(zero.upper).toBeCloseTo(z2 / (10 + z2), 6);
    expect(wilson(5, 10).lower).toBeCloseTo(1 - wilson(5, 10).upper, 10);
    expect(wilson(0, 0).n).toBe(0);
    expect(wilson(0, 0).mean).toBeNaN();
  });

  it('interpolates quantiles linearly', () => {
    expect(quantile([10, 1, 3], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('Pseudonymizer', () => {
  it('is stable for a key, differs between keys and kinds, and never contains the id', () => {
    const a = new Pseudonymizer('a-key-of-sixteen+chars');
    const b = new Pseudonymizer('another-key-of-16+chars');
    expect(a.pseudonym('client', 'client-000123')).toBe(a.pseudonym('client', 'client-000123'));
    expect(a.pseudonym('client', 'client-000123')).toMatch(/^client_[0-9a-f]{16}$/);
    expect(a.pseudonym('client', 'client-000123')).not.toBe(b.pseudonym('client', 'client-000123'));
    expect(a.pseudonym('client', 'x1')).not.toBe(a.pseudonym('plan', 'x1').replace('plan_', 'client_'));
    expect(a.pseudonym('client', 'client-000123')).not.toContain('000123');
    expect(a.ephemeral).toBe(false);
    expect(new Pseudonymizer().ephemeral).toBe(true);
  });

  it('refuses a short key', () => {
    expect(() => new Pseudonymizer('short')).toThrow(PseudonymKeyError);
  });
});

describe('pairedZTest', () => {
  it('tests the mean paired difference against its standard error', () => {
    // Differences 1, 2, 3: mean 2, sd 1, z = 2 / (1 / √3) = 3.4641, two-sided p = erfc(z / √2) = 0.000532.
    const r = pairedZTest([2, 4, 6], [1, 2, 3]);
    expect(r.meanDifference).toBe(2);
    expect(r.z).toBeCloseTo(2 * Math.sqrt(3), 10);
    expect(r.pValue).toBeCloseTo(0.000532, 6);
    expect(erfc(1.959964 / Math.SQRT2)).toBeCloseTo(0.05, 6);
  });

  it('handles constant differences, NaN pairs and unpaired input', () => {
    expect(pairedZTest([1, 1, NaN], [0, 0, 5])).toMatchObject({ meanDifference: 1, pValue: 0, n: 2 });
    expect(pairedZTest([1, 2], [1, 2]).pValue).toBe(1);
    expect(() => pairedZTest([1], [1, 2])).toThrow(RangeError);
  });
});
