/**
 * Dense symmetric positive-definite algebra in Float64, row-major n×n. Cholesky is the stable
 * choice for an SPD matrix such as XᵀX + λI: no pivoting needed, and a non-positive pivot is a
 * reliable sign the matrix is not SPD.
 */

/** Lower-triangular L with A = L·Lᵀ (the upper triangle of the result is zero). */
export function choleskyFactor(a: Float64Array, n: number): Float64Array {
  if (a.length !== n * n) throw new RangeError(`matrix has ${a.length} entries, expected ${n * n}`);
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    for (let j = 0; j <= i; j++) {
      const rj = j * n;
      let sum = a[ri + j];
      for (let k = 0; k < j; k++) sum -= l[ri + k] * l[rj + k];
      if (i === j) {
        if (!(sum > 0)) throw new Error(`matrix is not positive definite (pivot ${sum} at ${i})`);
        l[ri + i] = Math.sqrt(sum);
      } else {
        l[ri + j] = sum / l[rj + j];
      }
    }
  }
  return l;
}

/**
 * Selected columns of A⁻¹ from A's Cholesky factor, by solving L·y = e_j then Lᵀ·x = y.
 * Result is row-major n × cols.length: entry (i, c) is (A⁻¹)[i, cols[c]].
 */
export function inverseColumns(l: Float64Array, n: number, cols: ArrayLike<number>): Float64Array {
  const m = cols.length;
  const out = new Float64Array(n * m);
  const x = new Float64Array(n);
  for (let c = 0; c < m; c++) {
    const j = cols[c];
    x.fill(0);
    // Forward substitution; y[i] = 0 above j because e_j starts there.
    x[j] = 1 / l[j * n + j];
    for (let i = j + 1; i < n; i++) {
      const ri = i * n;
      let sum = 0;
      for (let k = j; k < i; k++) sum -= l[ri + k] * x[k];
      x[i] = sum / l[ri + i];
    }
    // Back substitution with Lᵀ, column-oriented so each step reads one contiguous row of L.
    for (let i = n - 1; i >= 0; i--) {
      const ri = i * n;
      const xi = (x[i] /= l[ri + i]);
      if (xi !== 0) for (let k = 0; k < i; k++) x[k] -= l[ri + k] * xi;
    }
    for (let i = 0; i < n; i++) out[i * m + c] = x[i];
  }
  return out;
}

/** The full inverse of an SPD matrix. */
export function spdInverse(a: Float64Array, n: number): Float64Array {
  const all = Array.from({ length: n }, (_, i) => i);
  return inverseColumns(choleskyFactor(a, n), n, all);
}
