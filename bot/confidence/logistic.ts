/**
 * L2-regularized logistic regression on standardized features, fitted by Newton's method (IRLS).
 * Small on purpose: a few hundred labeled questions and seven features need nothing more.
 */

export interface LogisticModel {
  /** Per-feature mean and standard deviation used to standardize inputs (std 0 → the feature is ignored). */
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function standardize(x: readonly number[], m: Pick<LogisticModel, 'mean' | 'std'>): number[] {
  return x.map((v, i) => (m.std[i] > 0 ? (v - m.mean[i]) / m.std[i] : 0));
}

export function predict(model: LogisticModel, x: readonly number[]): number {
  if (x.length !== model.weights.length) throw new RangeError(`expected ${model.weights.length} features, got ${x.length}`);
  const z = standardize(x, model).reduce((s, v, i) => s + v * model.weights[i], model.bias);
  return sigmoid(z);
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite here). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    if (Math.abs(M[c][c]) < 1e-12) throw new Error('singular system while fitting the logistic regression');
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}

export interface FitOptions {
  /** L2 penalty on the weights (not the bias). */
  l2?: number;
  iterations?: number;
}

export function fitLogistic(X: readonly (readonly number[])[], y: readonly number[], options: FitOptions = {}): LogisticModel {
  if (X.length === 0 || X.length !== y.length) throw new RangeError(`need as many labels as rows (got ${X.length} rows, ${y.length} labels)`);
  if (!y.some((v) => v === 1) || !y.some((v) => v === 0)) throw new RangeError('need both positive and negative examples');
  const l2 = options.l2 ?? 1;
  const d = X[0].length;
  const mean = Array.from({ length: d }, (_, j) => X.reduce((s, r) => s + r[j], 0) / X.length);
  const std = Array.from({ length: d }, (_, j) => Math.sqrt(X.reduce((s, r) => s + (r[j] - mean[j]) ** 2, 0) / X.length));
  const Z = X.map((r) => [1, ...standardize(r, { mean, std })]);
  let beta = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < (options.iterations ?? 50); it++) {
    const grad = new Array<number>(d + 1).fill(0);
    const H = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    Z.forEach((z, i) => {
      const p = sigmoid(z.reduce((s, v, k) => s + v * beta[k], 0));
      const w = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a <= d; a++) {
        grad[a] += (y[i] - p) * z[a];
        for (let b = 0; b <= d; b++) H[a][b] += w * z[a] * z[b];
      }
    });
    for (let a = 1; a <= d; a++) {
      grad[a] -= l2 * beta[a];
      H[a][a] += l2;
    }
    const step = solve(H, grad);
    beta = beta.map((b, k) => b + step[k]);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { mean, std, weights: beta.slice(1), bias: beta[0] };
}

/** Expected calibration error over equal-width probability bins, and the bins for a reliability diagram. */
export function calibrationError(p: readonly number[], y: readonly number[], bins = 10): { ece: number; bins: { lo: number; hi: number; n: number; meanP: number; rate: number }[] } {
  const out = Array.from({ length: bins }, (_, i) => ({ lo: i / bins, hi: (i + 1) / bins, n: 0, sumP: 0, sumY: 0 }));
  p.forEach((v, i) => {
    const b = out[Math.min(bins - 1, Math.floor(v * bins))];
    b.n++;
    b.sumP += v;
    b.sumY += y[i];
  });
  const n = p.length;
  const ece = out.reduce((s, b) => s + (b.n ? (b.n / n) * Math.abs(b.sumP / b.n - b.sumY / b.n) : 0), 0);
  return { ece, bins: out.filter((b) => b.n > 0).map((b) => ({ lo: b.lo, hi: b.hi, n: b.n, meanP: b.sumP / b.n, rate: b.sumY / b.n })) };
}

/** The threshold maximizing F1 of the positive class (predict positive when p ≥ threshold). */
export function bestF1Threshold(p: readonly number[], y: readonly number[]): { threshold: number; f1: number; precision: number; recall: number } {
  const candidates = [...new Set(p)].sort((a, b) => a - b);
  let best = { threshold: 0.5, f1: -1, precision: 0, recall: 0 };
  for (const thr of candidates) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    p.forEach((v, i) => {
      if (v >= thr) y[i] ? tp++ : fp++;
      else if (y[i]) fn++;
    });
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    if (f1 > best.f1) best = { threshold: thr, f1, precision, recall };
  }
  return best;
}

/** Area under the ROC curve (ties count half): the chance a positive scores above a negative. */
export function rocAuc(p: readonly number[], y: readonly number[]): number {
  const pos = p.filter((_, i) => y[i] === 1);
  const neg = p.filter((_, i) => y[i] !== 1);
  if (pos.length === 0 || neg.length === 0) return NaN;
  let wins = 0;
  for (const a of pos) for (const b of neg) wins += a > b ? 1 : a === b ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

/**
 * k-fold cross-validated AUC (folds by index modulo k, so the same data gives the same folds):
 * how well the features rank unseen questions, the yardstick for adding or dropping a feature.
 */
export function crossValidatedAuc(X: readonly (readonly number[])[], y: readonly number[], options: FitOptions & { folds?: number; columns?: readonly number[] } = {}): number {
  const k = options.folds ?? 5;
  const pick = (x: readonly number[]) => (options.columns ? options.columns.map((c) => x[c]) : x);
  const p = new Array<number>(X.length);
  for (let fold = 0; fold < k; fold++) {
    const train = X.map((_, i) => i).filter((i) => i % k !== fold);
    const model = fitLogistic(train.map((i) => pick(X[i])), train.map((i) => y[i]), options);
    X.forEach((x, i) => {
      if (i % k === fold) p[i] = predict(model, pick(x));
    });
  }
  return rocAuc(p, y);
}
