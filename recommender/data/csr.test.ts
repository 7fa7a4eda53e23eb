import { describe, expect, it } from 'vitest';
import { CsrMatrix } from './csr.ts';

// 3 × 4, row 1 empty.
const DENSE = Float32Array.from([
  0, 2, 0, 5,
  0, 0, 0, 0,
  7, 0, 1.5, 0,
]);

describe('CsrMatrix', () => {
  it('stores the nonzeros of a dense array row by row, columns ascending', () => {
    const m = CsrMatrix.fromDense(DENSE, 3, 4);
    expect(Array.from(m.indptr)).toEqual([0, 2, 2, 4]);
    expect(Array.from(m.indices)).toEqual([1, 3, 0, 2]);
    expect(Array.from(m.values)).toEqual([2, 5, 7, 1.5]);
    expect(m.nnz).toBe(4);
    expect(m.toDense()).toEqual(DENSE);
  });

  it('reads single entries, zero where nothing is stored or outside the matrix', () => {
    const m = CsrMatrix.fromDense(DENSE, 3, 4);
    expect(m.get(0, 3)).toBe(5);
    expect(m.get(2, 0)).toBe(7);
    expect(m.get(0, 0)).toBe(0);
    expect(m.get(1, 2)).toBe(0);
    expect(m.get(9, 0)).toBe(0);
    expect(Array.from(m.rowIndices(2))).toEqual([0, 2]);
    expect(Array.from(m.rowValues(2))).toEqual([7, 1.5]);
    expect(m.rowNnz(1)).toBe(0);
  });

  it('adds a scaled row into a dense vector', () => {
    const m = CsrMatrix.fromDense(DENSE, 3, 4);
    const out = Float32Array.from([1, 1, 1, 1]);
    m.addRowTo(0, 0.5, out);
    m.addRowTo(1, 100, out);
    expect(Array.from(out)).toEqual([1, 2, 1, 3.5]);
    expect(() => m.addRowTo(0, 1, new Float32Array(3))).toThrow(RangeError);
  });

  it('keeps the k largest entries of each row with topK, ties to the lower column', () => {
    const dense = Float32Array.from([
      3, 1, 3, 2, 0,
      0, 0, 4, 0, 0,
    ]);
    const m = CsrMatrix.fromDense(dense, 2, 5, { topK: 2 });
    expect(Array.from(m.indptr)).toEqual([0, 2, 3]);
    // Row 0: 3 (col 0) and 3 (col 2) beat 2 and 1; stored by column.
    expect(Array.from(m.indices)).toEqual([0, 2, 2]);
    expect(Array.from(m.values)).toEqual([3, 3, 4]);
    expect(CsrMatrix.fromDense(dense, 2, 5, { topK: 0 }).nnz).toBe(0);
  });

  it('builds from triplets, summing duplicates', () => {
    const m = CsrMatrix.fromTriplets(3, 4, [2, 0, 2, 0, 2], [2, 3, 0, 1, 2], [1, 5, 7, 2, 0.5]);
    expect(m.toDense()).toEqual(DENSE);
    expect(Array.from(m.indices)).toEqual([1, 3, 0, 2]);
    const counts = CsrMatrix.fromTriplets(2, 2, [0, 0, 1, 0], [1, 1, 0, 1]);
    expect(Array.from(counts.toDense())).toEqual([0, 3, 1, 0]);
    expect(() => CsrMatrix.fromTriplets(2, 2, [2], [0])).toThrow(/outside/);
  });

  it('transposes', () => {
    const t = CsrMatrix.fromDense(DENSE, 3, 4).transpose();
    expect([t.rows, t.cols]).toEqual([4, 3]);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 4; j++) expect(t.get(j, i)).toBe(DENSE[i * 4 + j]);
    for (let r = 0; r < t.rows; r++) {
      const cols = Array.from(t.rowIndices(r));
      expect(cols).toEqual([...cols].sort((a, b) => a - b));
    }
    expect(Array.from(CsrMatrix.fromDense(DENSE, 3, 4).rowSums())).toEqual([7, 0, 8.5]);
  });

  it('refuses inconsistent arrays', () => {
    expect(() => new CsrMatrix(2, 2, Int32Array.from([0, 1]), new Int32Array(1), new Float32Array(1))).toThrow(/indptr/);
    expect(() => new CsrMatrix(1, 2, Int32Array.from([0, 2]), new Int32Array(1), new Float32Array(1))).toThrow(/indptr/);
    expect(() => CsrMatrix.fromDense(new Float32Array(5), 2, 2)).toThrow(/expected/);
  });
});
