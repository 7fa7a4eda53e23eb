import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Embedder } from '../../knowledge/text/embedder.ts';
import { DEFAULT_DENSE } from '../index/dense.ts';
import { ExactSearch, recallOf, runSearchScale, searchScaleMarkdown } from './search-scale.ts';

const unit = (v: number[]) => {
  const n = Math.hypot(...v);
  return Float32Array.from(v, (x) => x / n);
};

/** Hashed bag of words: fast, deterministic, unit length; enough to exercise the graph. */
function hashingEmbedder(dimension = 32): Embedder {
  return {
    id: 'test/hashing-32',
    dimension,
    multilingual: false,
    async embed(texts) {
      return texts.map((text) => {
        const v = new Array<number>(dimension).fill(0.001);
        for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
          let h = 2166136261;
          for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
          v[(h >>> 0) % dimension] += 1;
        }
        return unit(v);
      });
    },
  };
}

describe('exact search and recall', () => {
  const vectors = [
    { label: 1, vector: unit([1, 0, 0]) },
    { label: 2, vector: unit([0.9, 0.1, 0]) },
    { label: 3, vector: unit([0.9, 0.1, 0]) }, // same vector as label 2
    { label: 4, vector: unit([0, 1, 0]) },
  ];
  const exact = new ExactSearch(vectors, 3);
  const q = unit([1, 0, 0]);

  it('returns the k most similar labels, honouring a filter', () => {
    expect([...exact.topK(q, 1).labels]).toEqual([1]);
    expect(exact.topK(q, 3, (l) => l !== 1).labels).toEqual(new Set([2, 3, 4]));
  });

  it('counts a hit tied with the exact k-th as found, and strict recall does not', () => {
    const top2 = exact.topK(q, 2); // 1 and one of the twins 2/3
    const twinLeftOut = [2, 3].find((l) => !top2.labels.has(l))!;
    expect(recallOf([1, twinLeftOut], top2, 2)).toEqual({ tie: 1, strict: 0.5 });
    expect(recallOf([1, 4], top2, 2)).toEqual({ tie: 0.5, strict: 0.5 });
  });
});

describe('runSearchScale (small: demo content only, hashing embedder)', () => {
  it('measures every mode over every query and finds the production graph in its own sweep', async () => {
    const result = await runSearchScale({
      chunks: 500,
      embedder: hashingEmbedder(),
      dataDir: path.join(import.meta.dirname, 'no-external-data-here'),
      efValues: [16],
    });
    expect(result.corpus.chunks).toBeGreaterThanOrEqual(500);
    expect(result.corpus.recombinedChunks).toBe(0);
    expect(result.queries.scifact).toBe(0);
    expect(result.queries.total).toBe(result.queries.questions);
    expect(result.latency.map((l) => l.mode)).toEqual(['lexical', 'dense', 'hybrid', 'hybrid+filters']);
    for (const l of result.latency) {
      expect(l.ms.samples).toBe(result.queries.total);
      expect(l.ms.p50).toBeLessThanOrEqual(l.ms.p95);
      expect(l.ms.p95).toBeLessThanOrEqual(l.ms.p99);
    }
    expect(result.indexing.embedding.chunks).toBe(result.corpus.chunks);
    expect(result.indexing.hnswInsert.chunks).toBe(result.corpus.chunks);
    // The rebuilt graph at the default parameters is the production graph (same seed and order).
    const same = result.recall.sweep.find((p) => p.m === DEFAULT_DENSE.m && p.ef === DEFAULT_DENSE.efSearch)!;
    expect(same.recallAt10).toBeCloseTo(result.recall.production.recallAt10, 6);
    const low = result.recall.sweep.find((p) => p.ef === 16)!;
    expect(low.recallAt10).toBeLessThanOrEqual(same.recallAt10 + 1e-9);
    expect(result.recall.production.recallAt10).toBeGreaterThan(0);
    expect(result.recall.production.recallAt10).toBeLessThanOrEqual(1);
    expect(result.peakRssMb).toBeGreaterThan(0);
    const md = searchScaleMarkdown(result);
    expect(md).toContain(`## Search at ${result.corpus.chunks.toLocaleString('en-US')} chunks`);
    expect(md).toContain('| hybrid + filters |');
  });

  it('refuses to pad a corpus without SciFact to reach the target', async () => {
    await expect(
      runSearchScale({ chunks: 50_000, embedder: hashingEmbedder(), dataDir: path.join(import.meta.dirname, 'no-external-data-here') }),
    ).rejects.toThrow(/no SciFact abstracts to top up/);
  });
});
