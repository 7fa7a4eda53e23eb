import { seededRandom } from './random.ts';

export interface BootstrapOptions {
  samples?: number;
  seed?: number;
  /** 1 − confidence level; 0.05 gives a 95% interval. */
  alpha?: number;
}

export interface ConfidenceInterval {
  mean: number;
  lower: number;
  upper: number;
  /** Queries that counted (NaN values are skipped). */
  n: number;
}

export interface PairedComparison {
  /** mean(a − b) over the queries where both are defined. */
  meanDifference: number;
  lower: number;
  upper: number;
  /** Two-sided bootstrap p-value for "no difference". */
  pValue: number;
  n: number;
}

/** Quantile with linear interpolation between order statistics (sorted input). */
function quantile(sorted: Float64Array, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function defined(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(Array.from(values).filter((v) => !Number.isNaN(v)));
}

/** Means of `samples` resamples (with replacement) of x. */
function resampledMeans(x: Float64Array, samples: number, seed: number): Float64Array {
  const random = seededRandom(seed);
  const n = x.length;
  const means = new Float64Array(samples);
  for (let b = 0; b < samples; b++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += x[Math.floor(random() * n)];
    means[b] = sum / n;
  }
  return means.sort();
}

function mean(x: Float64Array): number {
  let s = 0;
  for (const v of x) s += v;
  return s / x.length;
}

/** Percentile bootstrap interval for the mean of per-query values. */
export function bootstrapCI(values: ArrayLike<number>, options: BootstrapOptions = {}): ConfidenceInterval {
  const { samples = 1000, seed = 1, alpha = 0.05 } = options;
  const x = defined(values);
  if (x.length === 0) return { mean: NaN, lower: NaN, upper: NaN, n: 0 };
  const means = resampledMeans(x, samples, seed);
  return { mean: mean(x), lower: quantile(means, alpha / 2), upper: quantile(means, 1 - alpha / 2), n: x.length };
}

/**
 * Paired bootstrap for two models scored on the same queries: resamples queries, keeps each
 * query's pair together. The p-value counts resampled differences at least as far from the
 * observed mean as the observed mean is from zero (the null-centred bootstrap test).
 */
export function pairedBootstrap(a: ArrayLike<number>, b: ArrayLike<number>, options: BootstrapOptions = {}): PairedComparison {
  if (a.length !== b.length) throw new RangeError(`paired values differ in length: ${a.length} vs ${b.length}`);
  const { samples = 1000, seed = 1, alpha = 0.05 } = options;
  const diffs: number[] = [];
  for (let i = 0; i < a.length; i++) if (!Number.isNaN(a[i]) && !Number.isNaN(b[i])) diffs.push(a[i] - b[i]);
  const d = Float64Array.from(diffs);
  if (d.length === 0) return { meanDifference: NaN, lower: NaN, upper: NaN, pValue: NaN, n: 0 };
  const observed = mean(d);
  const means = resampledMeans(d, samples, seed);
  let extreme = 0;
  for (const m of means) if (Math.abs(m - observed) >= Math.abs(observed)) extreme++;
  return {
    meanDifference: observed,
    lower: quantile(means, alpha / 2),
    upper: quantile(means, 1 - alpha / 2),
    pValue: (extreme + 1) / (samples + 1),
    n: d.length,
  };
}
