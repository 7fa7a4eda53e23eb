import { describe, expect, it } from 'vitest';
import { featureKind } from '../data/context.ts';
import { otherStatements, planContext } from '../data/access.ts';
import { tinyData } from '../testing/fixtures.ts';
import { DEFAULT_EASE_CONTEXT, EaseModel, easeWeights } from './ease.ts';
import { choleskyFactor, spdInverse } from './linalg.ts';

/** Textbook Gauss–Jordan inversion with partial pivoting: the independent reference. */
function gaussJordanInverse(a: number[][]): number[][] {
  const n = a.length;
  const m = a.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    const p = m[col][col];
    for (let j = 0; j < 2 * n; j++) m[col][j] /= p;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r][col];
      for (let j = 0; j < 2 * n; j++) m[r][j] -= f * m[col][j];
    }
  }
  return m.map((row) => row.slice(n));
}

/** G = XᵀX of a small binary matrix, densely. */
function gramOf(x: number[][]): Float64Array {
  const n = x[0].length;
  const g = new Float64Array(n * n);
  for (const row of x) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) g[i * n + j] += row[i] * row[j];
  return g;
}

function directEase(x: number[][], lambda: number, extra: number[] = []): number[][] {
  const n = x[0].length;
  const g = gramOf(x);
  const a = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => g[i * n + j] + (i === j ? lambda + (extra[i] ?? 0) : 0)));
  const p = gaussJordanInverse(a);
  return p.map((row, i) => row.map((v, j) => (i === j ? 0 : -v / p[j][j])));
}

const X = [
  [1, 1, 0, 0, 1],
  [1, 0, 1, 0, 0],
  [0, 1, 1, 1, 0],
  [1, 1, 1, 0, 1],
  [0, 0, 1, 1, 1],
  [1, 1, 0, 1, 0],
];
const N = 5;

describe('linear algebra', () => {
  it('Cholesky inverse matches Gauss–Jordan', () => {
    const g = gramOf(X);
    for (let i = 0; i < N; i++) g[i * N + i] += 0.5;
    const ours = spdInverse(g, N);
    const ref = gaussJordanInverse(Array.from({ length: N }, (_, i) => Array.from(g.subarray(i * N, i * N + N))));
    for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) expect(ours[i * N + j]).toBeCloseTo(ref[i][j], 10);
  });

  it('refuses a matrix that is not positive definite', () => {
    expect(() => choleskyFactor(Float64Array.from([1, 2, 2, 1]), 2)).toThrow(/not positive definite/);
  });
});

describe('easeWeights', () => {
  it('matches the direct dense computation and has a zero diagonal', () => {
    const lambda = 2;
    const all = [0, 1, 2, 3, 4];
    const b = easeWeights(gramOf(X), N, lambda, all);
    const ref = directEase(X, lambda);
    for (let i = 0; i < N; i++) {
      expect(b[i * N + i]).toBe(0);
      for (let j = 0; j < N; j++) expect(b[i * N + j]).toBeCloseTo(ref[i][j], 10);
    }
  });

  it('returns just the requested output columns', () => {
    const b = easeWeights(gramOf(X), N, 2, [3, 4]);
    const ref = directEase(X, 2);
    for (let i = 0; i < N; i++) {
      expect(b[i * 2]).toBeCloseTo(ref[i][3], 10);
      expect(b[i * 2 + 1]).toBeCloseTo(ref[i][4], 10);
    }
  });

  it('adds a per-column penalty (dropout emphasis) to the diagonal', () => {
    const extra = [0, 0, 0, 3, 1.5];
    const b = easeWeights(gramOf(X), N, 2, [0, 1, 2, 3, 4], Float64Array.from(extra));
    const ref = directEase(X, 2, extra);
    for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) expect(b[i * N + j]).toBeCloseTo(ref[i][j], 10);
  });

  it('shrinks to zero as λ grows', () => {
    const big = easeWeights(gramOf(X), N, 1e9, [0, 1, 2, 3, 4]);
    expect(Math.max(...big.map(Math.abs))).toBeLessThan(1e-8);
    const small = easeWeights(gramOf(X), N, 1, [0, 1, 2, 3, 4]);
    expect(Math.max(...small.map(Math.abs))).toBeGreaterThan(0.05);
  });
});

describe('EaseModel', () => {
  it('accumulates XᵀX sparsely exactly like a dense build of the same rows', () => {
    const data = tinyData(24);
    const lambda = 3;
    const model = new EaseModel();
    model.fit(data, { lambda, actionDropout: 0 });
    const nS = data.catalog.statements.size;
    const nA = data.catalog.actions.size;
    const kinds = new Set(DEFAULT_EASE_CONTEXT);
    const features = data.features.ids.filter((f) => kinds.has(featureKind(f)));
    const n = 2 * nS + features.length + nA;
    const rows: number[][] = [];
    for (let r = 0; r < data.rowCount; r++) {
      const x = new Array<number>(n).fill(0);
      const p = data.rowPlan[r];
      if (data.rowStatement[r] >= 0) x[data.rowStatement[r]] = 1;
      for (const o of otherStatements(data, r)) x[nS + o] = 1;
      for (let f = data.planFeatureStart[p]; f < data.planFeatureStart[p + 1]; f++) {
        const i = features.indexOf(data.features.ids[data.planFeatures[f]]);
        if (i >= 0) x[2 * nS + i] = 1;
      }
      for (let k = data.rowActionStart[r]; k < data.rowActionStart[r + 1]; k++) x[n - nA + data.rowActions[k]] = 1;
      rows.push(x);
    }
    const b = directEase(rows, lambda);
    // Score of row 0's query by hand: the sum of B rows over its active input columns.
    const query = { statementIndex: data.rowStatement[0], otherStatementIndices: otherStatements(data, 0), context: planContext(data, 0), actionsInPlan: [] };
    const active = rows[0].slice(0, n - nA).flatMap((v, i) => (v ? [i] : []));
    const expected = Array.from({ length: nA }, (_, a) => active.reduce((sum, i) => sum + b[i][n - nA + a], 0));
    const got = model.score(query);
    for (let a = 0; a < nA; a++) expect(got[a]).toBeCloseTo(expected[a], 5);

    // Action dropout p adds p/(1−p)·G_jj on the action columns only.
    const dropped = new EaseModel();
    dropped.fit(data, { lambda, actionDropout: 0.5 });
    const g = gramOf(rows);
    const extra = Array.from({ length: n }, (_, i) => (i >= n - nA ? g[i * n + i] : 0));
    const b2 = directEase(rows, lambda, extra);
    const got2 = dropped.score(query);
    for (let a = 0; a < nA; a++) expect(got2[a]).toBeCloseTo(active.reduce((sum, i) => sum + b2[i][n - nA + a], 0), 5);
  });

  it('rejects a dropout outside [0, 1)', () => {
    expect(() => new EaseModel().fit(tinyData(6), { actionDropout: 1 })).toThrow(/actionDropout/);
  });
});
