import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BeirFormatError, evaluateBeir, indexBeir, loadBeir } from './beir.ts';
import { scifactDir } from './external-data.ts';
import { ndcgAt, percentile, recallAt, reciprocalRankAt } from './metrics.ts';

const TINY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'tiny-beir');
const inv = 1 / Math.log2(3);

describe('ranking metrics', () => {
  const rels = new Map([
    ['a', 1],
    ['b', 2],
  ]);
  it('computes nDCG with linear gains and a log2 discount', () => {
    expect(ndcgAt(['b', 'a'], rels, 10)).toBeCloseTo(1, 12);
    // DCG = 1 + 2/log2(3); IDCG = 2 + 1/log2(3)
    expect(ndcgAt(['a', 'b'], rels, 10)).toBeCloseTo((1 + 2 * inv) / (2 + inv), 12);
    expect(ndcgAt(['x', 'a'], rels, 1)).toBe(0);
    expect(ndcgAt(['a'], new Map(), 10)).toBe(0);
  });
  it('computes recall, reciprocal rank and percentiles', () => {
    expect(recallAt(['x', 'a'], rels, 100)).toBe(0.5);
    expect(reciprocalRankAt(['x', 'y', 'b'], rels, 10)).toBeCloseTo(1 / 3, 12);
    expect(reciprocalRankAt(['x', 'y', 'b'], rels, 2)).toBe(0);
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([5, 1, 3, 2, 4], 99)).toBe(5);
  });
});

describe('BEIR loader and evaluation (tiny hand-checked set)', () => {
  it('loads corpus, queries and CRLF qrels with a header', async () => {
    const ds = await loadBeir(TINY);
    expect(ds.corpus).toHaveLength(8);
    expect(ds.queries.size).toBe(6);
    expect([...ds.qrels.keys()].sort()).toEqual(['d7', 'q1', 'q2', 'q4', 'q5']);
    expect(ds.qrels.get('q5')).toEqual(new Map([['d8', 1], ['d4', 1]]));
  });

  it('ranks through the production BM25 index and gives the hand-computed scores', async () => {
    const ds = await loadBeir(TINY);
    const index = await indexBeir(ds);
    const report = await evaluateBeir(index, ds, { mode: 'lexical' });
    const byQuery = new Map(report.perQuery.map((q) => [q.queryId, q]));
    expect(byQuery.get('q1')!.ranking.slice(0, 2)).toEqual(['d1', 'd5']);
    expect(byQuery.get('q4')!.ranking).toEqual(['d4', 'd8']);
    expect(byQuery.get('q4')!.ndcg10).toBeCloseTo(inv, 10);
    expect(byQuery.get('q5')!.ranking).toEqual(['d8']);
    expect(byQuery.get('q5')!.ndcg10).toBeCloseTo(1 / (1 + inv), 10);
    // The query's own id is never in its ranking.
    expect(byQuery.get('d7')!.ranking[0]).toBe('d1');
    expect(report.queries).toBe(5);
    expect(report.ndcg10).toBeCloseTo((3 + inv + 1 / (1 + inv)) / 5, 10);
    expect(report.recall100).toBeCloseTo(0.9, 10);
  });

  it('names the file and line of a malformed input', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wf-beir-'));
    mkdirSync(path.join(dir, 'qrels'));
    writeFileSync(path.join(dir, 'corpus.jsonl'), '{"_id": "a", "text": "fine"}\n{"_id": "b", "text": \n');
    writeFileSync(path.join(dir, 'queries.jsonl'), '{"_id": "q", "text": "x"}\n');
    writeFileSync(path.join(dir, 'qrels', 'test.tsv'), 'q\ta\t1\n');
    const err = await loadBeir(dir).catch((e) => e);
    expect(err).toBeInstanceOf(BeirFormatError);
    expect(err.message).toMatch(/corpus\.jsonl:2: not valid JSON/);

    writeFileSync(path.join(dir, 'corpus.jsonl'), '{"_id": "a", "text": "fine"}\n');
    writeFileSync(path.join(dir, 'qrels', 'test.tsv'), 'query-id\tcorpus-id\tscore\nq\tzz\t1\n');
    await expect(loadBeir(dir)).rejects.toThrow(/test\.tsv:2: document "zz" is not in corpus\.jsonl/);
    await expect(loadBeir(dir, { split: 'dev' })).rejects.toThrow(/dev\.tsv: file not found/);
  });
});

// Real data, read at run time (CC BY-NC: never copied into the repository). About 2 s.
describe.skipIf(!existsSync(scifactDir()))('BEIR SciFact (external data)', () => {
  it('BM25 lands in the published range (BEIR BM25 0.665; Porter BM25 0.66–0.69)', async () => {
    const ds = await loadBeir(scifactDir());
    expect(ds.corpus.length).toBe(5183);
    expect(ds.qrels.size).toBe(300);
    const report = await evaluateBeir(await indexBeir(ds), ds, { mode: 'lexical' });
    expect(report.ndcg10).toBeGreaterThan(0.63);
    expect(report.ndcg10).toBeLessThan(0.70);
    expect(report.recall100).toBeGreaterThan(0.85);
  });
});
