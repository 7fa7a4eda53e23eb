import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DenseIndex, DENSE_INDEX_FILE } from './dense.ts';

/** Deterministic pseudo-random unit vectors. */
function vectors(n: number, dim: number, seed = 1): Float32Array[] {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
  return Array.from({ length: n }, () => {
    const v = Float32Array.from({ length: dim }, rnd);
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  });
}

describe('DenseIndex', () => {
  it('finds a stored vector as its own nearest neighbour, growing past its initial capacity', () => {
    const index = DenseIndex.create('test-model', 8, {}, 16);
    const vs = vectors(40, 8);
    index.add(vs.map((vector, i) => ({ label: i + 1, vector, hash: `h${i}` })));
    expect(index.size).toBe(40);
    for (const i of [0, 17, 39]) {
      const [hit] = index.search(vs[i], 1);
      expect(hit.label).toBe(i + 1);
      expect(hit.score).toBeCloseTo(1, 5);
    }
  });

  it('stops returning deleted labels and reuses their slots', () => {
    const index = DenseIndex.create('test-model', 8, {}, 16);
    const vs = vectors(16, 8, 7);
    index.add(vs.map((vector, i) => ({ label: i + 1, vector, hash: `h${i}` })));
    index.remove([1, 2, 3]);
    expect(index.size).toBe(13);
    expect(index.search(vs[0], 16).map((h) => h.label)).not.toContain(1);
    index.add(vectors(3, 8, 99).map((vector, i) => ({ label: 100 + i, vector, hash: `n${i}` })));
    expect(index.size).toBe(16);
    expect(() => index.add([{ label: 100, vector: vs[0], hash: 'x' }])).toThrow(/already/);
    expect(() => index.add([{ label: 200, vector: new Float32Array(3), hash: 'y' }])).toThrow(/dimensions/);
  });

  it('searches only labels the filter accepts', () => {
    const index = DenseIndex.create('test-model', 8);
    const vs = vectors(30, 8, 3);
    index.add(vs.map((vector, i) => ({ label: i + 1, vector, hash: `h${i}` })));
    const hits = index.search(vs[0], 5, (label) => label % 2 === 0);
    expect(hits).toHaveLength(5);
    expect(hits.every((h) => h.label % 2 === 0)).toBe(true);
  });

  it('saves and reloads with identical results, refusing another model or a mismatched file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wf-dense-'));
    const index = DenseIndex.create('test-model', 8);
    const vs = vectors(50, 8, 5);
    index.add(vs.map((vector, i) => ({ label: i + 1, vector, hash: `h${i}` })));
    index.remove([5]);
    await index.save(dir);
    const loaded = await DenseIndex.load(dir, 'test-model', 8);
    expect(loaded.index).not.toBeNull();
    expect(loaded.index!.labels().sort((a, b) => a - b)).toEqual(index.labels().sort((a, b) => a - b));
    expect(loaded.index!.hashOf(7)).toBe('h6');
    for (const q of vectors(5, 8, 11)) expect(loaded.index!.search(q, 10)).toEqual(index.search(q, 10));

    expect((await DenseIndex.load(dir, 'other-model', 8)).reason).toMatch(/saved for model test-model/);
    const file = path.join(dir, DENSE_INDEX_FILE);
    writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from([0])]));
    expect((await DenseIndex.load(dir, 'test-model', 8)).reason).toMatch(/does not match/);
    expect((await DenseIndex.load(mkdtempSync(path.join(tmpdir(), 'wf-empty-')), 'test-model', 8)).reason).toBe('no saved index');
  });
});
