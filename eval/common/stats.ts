/** Summaries shared by the recommender and bot evaluations: intervals, gaps, multiple tests, quantiles. */
import { bootstrapCI, pairedBootstrap, type ConfidenceInterval, type PairedComparison } from '../../recommender/index.ts';

export type { ConfidenceInterval, PairedComparison };

export interface BootstrapSettings {
  /** Resamples per interval (default 1000). */
  samples: number;
  seed: number;
}

export function ci(values: ArrayLike<number>, boot: BootstrapSettings): ConfidenceInterval {
  return bootstrapCI(values, { samples: boot.samples, seed: boot.seed });
}

export function paired(a: ArrayLike<number>, b: ArrayLike<number>, boot: BootstrapSettings): PairedComparison {
  return pairedBootstrap(a, b, { samples: boot.samples, seed: boot.seed });
}

/**
 * Holm–Bonferroni adjusted p-values (step-down, monotone), in the input order. NaN stays NaN and
 * does not count as a test. With many pairwise comparisons some raw p < 0.05 are expected by chance.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const tested = pValues.map((p, i) => ({ p, i })).filter((x) => !Number.isNaN(x.p));
  tested.sort((a, b) => a.p - b.p || a.i - b.i);
  const out = pValues.map(() => NaN);
  let running = 0;
  tested.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (tested.length - rank) * p));
    out[i] = running;
  });
  return out;
}

/** Linear-interpolation quantile (q in [0, 1]) of unsorted values; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export interface GroupScore {
  group: string;
  /** Queries in the group (NaN queries excluded). */
  n: number;
  ci: ConfidenceInterval;
}

export interface GapReport {
  best: string | null;
  worst: string | null;
  /** best mean − worst mean among groups large enough to compare. */
  gap: number;
  /** True when the best group's interval lies wholly above the worst group's: a real difference, not noise. */
  flagged: boolean;
  /** Groups left out of best/worst because they have fewer than minGroupSize queries. */
  tooSmall: string[];
}

/**
 * Best- and worst-served groups by mean, among groups with at least minGroupSize queries, and
 * whether their 95% intervals are disjoint. Tiny groups are listed, never ranked: their means are
 * mostly noise, and flagging them would cry wolf.
 */
export function bestWorstGap(groups: readonly GroupScore[], minGroupSize: number): GapReport {
  const eligible = groups.filter((g) => g.n >= minGroupSize && Number.isFinite(g.ci.mean));
  const tooSmall = groups.filter((g) => !(g.n >= minGroupSize && Number.isFinite(g.ci.mean))).map((g) => g.group);
  if (eligible.length < 2) return { best: eligible[0]?.group ?? null, worst: eligible[0]?.group ?? null, gap: eligible.length ? 0 : NaN, flagged: false, tooSmall };
  let best = eligible[0];
  let worst = eligible[0];
  for (const g of eligible) {
    if (g.ci.mean > best.ci.mean) best = g;
    if (g.ci.mean < worst.ci.mean) worst = g;
  }
  return { best: best.group, worst: worst.group, gap: best.ci.mean - worst.ci.mean, flagged: best.ci.lower > worst.ci.upper, tooSmall };
}

/** Proportion with a Wilson 95% interval: sound for small counts and for 0 % or 100 %, where a bootstrap collapses. */
export function wilson(successes: number, n: number, z = 1.959964): ConfidenceInterval {
  if (n === 0) return { mean: NaN, lower: NaN, upper: NaN, n: 0 };
  const p = successes / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return { mean: p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half), n };
}

/** Complementary error function (Numerical Recipes erfcc; fractional error below 1.2e-7). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? r : 2 - r;
}

/**
 * Paired test of mean(a − b) = 0 with the normal approximation (a paired t-test for the large
 * query sets here). Unlike the bootstrap p-value, whose floor is 1 / (resamples + 1), it can be
 * small enough to survive a multiple-comparison correction over dozens of pairs. NaN pairs skipped.
 */
export function pairedZTest(a: ArrayLike<number>, b: ArrayLike<number>): { meanDifference: number; z: number; pValue: number; n: number } {
  if (a.length !== b.length) throw new RangeError(`paired values differ in length: ${a.length} vs ${b.length}`);
  const d: number[] = [];
  for (let i = 0; i < a.length; i++) if (!Number.isNaN(a[i]) && !Number.isNaN(b[i])) d.push(a[i] - b[i]);
  const n = d.length;
  if (n < 2) return { meanDifference: n ? d[0] : NaN, z: NaN, pValue: NaN, n };
  const mean = d.reduce((s, x) => s + x, 0) / n;
  const variance = d.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
  if (variance === 0) return { meanDifference: mean, z: mean === 0 ? 0 : Math.sign(mean) * Infinity, pValue: mean === 0 ? 1 : 0, n };
  const z = mean / Math.sqrt(variance / n);
  return { meanDifference: mean, z, pValue: erfc(Math.abs(z) / Math.SQRT2), n };
}
