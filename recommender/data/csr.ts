/**
 * A compressed-sparse-row matrix of Float32 values: row i's nonzeros are
 * indices/values[indptr[i] .. indptr[i + 1]), columns strictly ascending within a row.
 * The arrays are plain typed arrays so a fitted model can serialize them as they are.
 */
export class CsrMatrix {
  constructor(
    readonly rows: number,
    readonly cols: number,
    readonly indptr: Int32Array,
    readonly indices: Int32Array,
    readonly values: Float32Array,
  ) {
    if (!(Number.isInteger(rows) && rows >= 0 && Number.isInteger(cols) && cols >= 0)) throw new RangeError(`bad shape ${rows} × ${cols}`);
    if (indptr.length !== rows + 1) throw new RangeError(`indptr has ${indptr.length} entries, expected rows + 1 = ${rows + 1}`);
    const nnz = indptr[rows];
    if (indptr[0] !== 0 || indices.length !== nnz || values.length !== nnz) {
      throw new RangeError(`indptr[0] must be 0 and indptr[rows] (${nnz}) the length of indices (${indices.length}) and values (${values.length})`);
    }
  }

  /** Stored entries. */
  get nnz(): number {
    return this.indptr[this.rows];
  }

  /** An all-zero matrix. */
  static empty(rows: number, cols: number): CsrMatrix {
    return new CsrMatrix(rows, cols, new Int32Array(rows + 1), new Int32Array(0), new Float32Array(0));
  }

  /**
   * From a dense row-major rows × cols array, keeping the nonzeros. With topK, only the k largest
   * values of each row are kept (ties: the lower column), e.g. to prune a similarity table.
   */
  static fromDense(dense: ArrayLike<number>, rows: number, cols: number, options: { topK?: number } = {}): CsrMatrix {
    if (dense.length !== rows * cols) throw new RangeError(`dense array has ${dense.length} entries, expected ${rows} × ${cols}`);
    const k = options.topK ?? Infinity;
    if (!(k >= 0)) throw new RangeError(`topK must be non-negative, got ${k}`);
    const indptr = new Int32Array(rows + 1);
    let nnz = 0;
    for (let i = 0; i < rows; i++) {
      let n = 0;
      for (let j = 0, base = i * cols; j < cols; j++) if (dense[base + j] !== 0 && !Number.isNaN(dense[base + j])) n++;
      nnz += Math.min(n, k);
      indptr[i + 1] = nnz;
    }
    const indices = new Int32Array(nnz);
    const values = new Float32Array(nnz);
    const candidates = new Int32Array(cols);
    for (let i = 0; i < rows; i++) {
      const base = i * cols;
      let n = 0;
      for (let j = 0; j < cols; j++) if (dense[base + j] !== 0 && !Number.isNaN(dense[base + j])) candidates[n++] = j;
      let kept = candidates.subarray(0, n);
      if (n > k) {
        kept = kept.slice().sort((a, b) => dense[base + b] - dense[base + a] || a - b).subarray(0, k);
        kept.sort();
      }
      let p = indptr[i];
      for (const j of kept) {
        indices[p] = j;
        values[p++] = dense[base + j];
      }
    }
    return new CsrMatrix(rows, cols, indptr, indices, values);
  }

  /**
   * From coordinate triplets (row[t], col[t], value[t]); values default to 1 and duplicates are summed,
   * so entries of a count matrix can be given one observation at a time.
   */
  static fromTriplets(rows: number, cols: number, rowOf: ArrayLike<number>, colOf: ArrayLike<number>, valueOf?: ArrayLike<number>): CsrMatrix {
    const n = rowOf.length;
    if (colOf.length !== n || (valueOf && valueOf.length !== n)) throw new RangeError('triplet arrays differ in length');
    const start = new Int32Array(rows + 1);
    for (let t = 0; t < n; t++) {
      const i = rowOf[t];
      const j = colOf[t];
      if (!(i >= 0 && i < rows && j >= 0 && j < cols)) throw new RangeError(`entry (${i}, ${j}) outside ${rows} × ${cols}`);
      start[i + 1]++;
    }
    for (let i = 0; i < rows; i++) start[i + 1] += start[i];
    // Bucket by row (counting sort), then sort and merge each row.
    const fill = start.slice(0, rows);
    const col = new Int32Array(n);
    const val = new Float32Array(n);
    for (let t = 0; t < n; t++) {
      const p = fill[rowOf[t]]++;
      col[p] = colOf[t];
      val[p] = valueOf ? valueOf[t] : 1;
    }
    const indptr = new Int32Array(rows + 1);
    const indices = new Int32Array(n);
    const values = new Float32Array(n);
    let out = 0;
    const order: number[] = [];
    for (let i = 0; i < rows; i++) {
      order.length = 0;
      for (let p = start[i]; p < start[i + 1]; p++) order.push(p);
      order.sort((a, b) => col[a] - col[b]);
      let last = -1;
      for (const p of order) {
        if (col[p] === last) values[out - 1] += val[p];
        else {
          indices[out] = col[p];
          values[out++] = val[p];
          last = col[p];
        }
      }
      indptr[i + 1] = out;
    }
    return new CsrMatrix(rows, cols, indptr, indices.slice(0, out), values.slice(0, out));
  }

  /** Position of (i, j) in indices/values, or -1 when not stored (binary search). */
  private find(i: number, j: number): number {
    if (!(i >= 0 && i < this.rows)) return -1;
    let lo = this.indptr[i];
    let hi = this.indptr[i + 1] - 1;
    const indices = this.indices;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = indices[mid];
      if (c === j) return mid;
      if (c < j) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The value at (i, j); 0 when not stored or outside the matrix. */
  get(i: number, j: number): number {
    const p = this.find(i, j);
    return p < 0 ? 0 : this.values[p];
  }

  /** Columns of row i's stored entries (a view). */
  rowIndices(i: number): Int32Array {
    return this.indices.subarray(this.indptr[i], this.indptr[i + 1]);
  }

  /** Values of row i's stored entries (a view, aligned with rowIndices). */
  rowValues(i: number): Float32Array {
    return this.values.subarray(this.indptr[i], this.indptr[i + 1]);
  }

  /** Stored entries in row i. */
  rowNnz(i: number): number {
    return this.indptr[i + 1] - this.indptr[i];
  }

  /** out[j] += scale · M[i, j] for row i's nonzeros: the inner loop of every scoring model. */
  addRowTo(i: number, scale: number, out: Float32Array | Float64Array): void {
    if (out.length < this.cols) throw new RangeError(`output has ${out.length} entries, expected ${this.cols}`);
    const { indices, values } = this;
    for (let p = this.indptr[i], end = this.indptr[i + 1]; p < end; p++) out[indices[p]] += scale * values[p];
  }

  /** Sum of each row. */
  rowSums(): Float64Array {
    const out = new Float64Array(this.rows);
    for (let i = 0; i < this.rows; i++) for (let p = this.indptr[i]; p < this.indptr[i + 1]; p++) out[i] += this.values[p];
    return out;
  }

  /** Row-major dense copy. */
  toDense(): Float32Array {
    const out = new Float32Array(this.rows * this.cols);
    for (let i = 0; i < this.rows; i++) {
      const base = i * this.cols;
      for (let p = this.indptr[i]; p < this.indptr[i + 1]; p++) out[base + this.indices[p]] = this.values[p];
    }
    return out;
  }

  /** The transpose, also in CSR form (columns stay ascending within rows). */
  transpose(): CsrMatrix {
    const { rows, cols, indptr, indices, values } = this;
    const nnz = this.nnz;
    const tptr = new Int32Array(cols + 1);
    for (let p = 0; p < nnz; p++) tptr[indices[p] + 1]++;
    for (let j = 0; j < cols; j++) tptr[j + 1] += tptr[j];
    const fill = tptr.slice(0, cols);
    const tind = new Int32Array(nnz);
    const tval = new Float32Array(nnz);
    // Visiting rows in order writes each transposed row's columns in ascending order.
    for (let i = 0; i < rows; i++) {
      for (let p = indptr[i]; p < indptr[i + 1]; p++) {
        const q = fill[indices[p]]++;
        tind[q] = i;
        tval[q] = values[p];
      }
    }
    return new CsrMatrix(cols, rows, tptr, tind, tval);
  }
}
