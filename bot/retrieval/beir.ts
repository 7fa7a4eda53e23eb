/**
 * BEIR-format datasets (corpus.jsonl, queries.jsonl, qrels/<split>.tsv) run through the same index
 * and search code as Wayfinder's content, so published benchmark figures check our BM25 and hybrid.
 * Corpus entries become single-chunk 'article' documents whose source id is the BEIR doc id.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Embedder } from '../../knowledge/text/embedder.ts';
import type { Bm25Params } from '../index/bm25.ts';
import type { DenseParams } from '../index/dense.ts';
import { SearchIndex, type SourceDocs } from '../index/search-index.ts';
import { mean, ndcgAt, percentile, recallAt, reciprocalRankAt } from './metrics.ts';
import { search, type SearchMode } from './search.ts';

export class BeirFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    reason: string,
  ) {
    super(`${file}${line !== null ? `:${line}` : ''}: ${reason}`);
    this.name = 'BeirFormatError';
  }
}

export interface BeirDocument {
  id: string;
  title: string;
  text: string;
}

export interface BeirDataset {
  name: string;
  corpus: BeirDocument[];
  /** Query id → text (every query in queries.jsonl). */
  queries: Map<string, string>;
  /** Query id → (doc id → relevance) for the split. */
  qrels: Map<string, Map<string, number>>;
}

async function readLines(file: string): Promise<string[]> {
  if (!existsSync(file)) throw new BeirFormatError(file, null, 'file not found');
  return (await readFile(file, 'utf8')).split('\n').map((l) => l.replace(/\r$/, ''));
}

function parseJsonLine(file: string, line: string, n: number): { _id?: unknown; title?: unknown; text?: unknown } {
  try {
    const v = JSON.parse(line);
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('not a JSON object');
    return v;
  } catch (err) {
    throw new BeirFormatError(file, n, `not valid JSON (${(err as Error).message})`);
  }
}

function idOf(file: string, v: { _id?: unknown }, n: number): string {
  if (typeof v._id === 'string' && v._id.length > 0) return v._id;
  if (typeof v._id === 'number') return String(v._id);
  throw new BeirFormatError(file, n, 'missing "_id"');
}

/** Loads a BEIR folder; only the qrels of `split` (default "test") are read. */
export async function loadBeir(dir: string, options: { split?: string } = {}): Promise<BeirDataset> {
  const split = options.split ?? 'test';
  const corpusFile = path.join(dir, 'corpus.jsonl');
  const corpus: BeirDocument[] = [];
  const seen = new Set<string>();
  (await readLines(corpusFile)).forEach((line, i) => {
    if (!line.trim()) return;
    const v = parseJsonLine(corpusFile, line, i + 1);
    const id = idOf(corpusFile, v, i + 1);
    if (seen.has(id)) throw new BeirFormatError(corpusFile, i + 1, `duplicate _id "${id}"`);
    seen.add(id);
    if (typeof v.text !== 'string') throw new BeirFormatError(corpusFile, i + 1, '"text" must be a string');
    corpus.push({ id, title: typeof v.title === 'string' ? v.title : '', text: v.text });
  });

  const queriesFile = path.join(dir, 'queries.jsonl');
  const queries = new Map<string, string>();
  (await readLines(queriesFile)).forEach((line, i) => {
    if (!line.trim()) return;
    const v = parseJsonLine(queriesFile, line, i + 1);
    if (typeof v.text !== 'string') throw new BeirFormatError(queriesFile, i + 1, '"text" must be a string');
    queries.set(idOf(queriesFile, v, i + 1), v.text);
  });

  const qrelsFile = path.join(dir, 'qrels', `${split}.tsv`);
  const qrels = new Map<string, Map<string, number>>();
  (await readLines(qrelsFile)).forEach((line, i) => {
    if (!line.trim()) return;
    const cols = line.split('\t');
    if (i === 0 && /query/i.test(cols[0])) return; // header "query-id corpus-id score"
    if (cols.length < 3) throw new BeirFormatError(qrelsFile, i + 1, 'expected query-id, corpus-id and score separated by tabs');
    const score = Number(cols[2]);
    if (!Number.isFinite(score)) throw new BeirFormatError(qrelsFile, i + 1, `score "${cols[2]}" is not a number`);
    if (!queries.has(cols[0])) throw new BeirFormatError(qrelsFile, i + 1, `query "${cols[0]}" is not in queries.jsonl`);
    if (!seen.has(cols[1])) throw new BeirFormatError(qrelsFile, i + 1, `document "${cols[1]}" is not in corpus.jsonl`);
    if (!qrels.has(cols[0])) qrels.set(cols[0], new Map());
    qrels.get(cols[0])!.set(cols[1], score);
  });
  return { name: path.basename(dir), corpus, queries, qrels };
}

/** The corpus as index sources: one document per BEIR entry. */
export function beirSources(dataset: BeirDataset, language = 'en'): SourceDocs[] {
  return dataset.corpus.map((d) => ({
    kind: 'article' as const,
    sourceId: d.id,
    docs: [
      {
        id: `beir:${d.id}`,
        kind: 'article' as const,
        sourceId: d.id,
        language,
        title: d.title,
        heading: d.title,
        text: d.text,
        citations: [],
      },
    ],
  }));
}

export interface BeirIndexOptions {
  embedder?: Embedder | null;
  language?: string;
  bm25?: Partial<Bm25Params>;
  dense?: Partial<DenseParams>;
  indexDir?: string | null;
}

/** An in-memory search index over the corpus (built with the production index code). */
export async function indexBeir(dataset: BeirDataset, options: BeirIndexOptions = {}): Promise<SearchIndex> {
  const index = await SearchIndex.create({ embedder: options.embedder ?? null, bm25: options.bm25, dense: options.dense, indexDir: options.indexDir ?? null });
  await index.sync(beirSources(dataset, options.language), { completeKinds: ['article'] });
  return index;
}

export interface BeirReport {
  dataset: string;
  mode: SearchMode;
  queries: number;
  ndcg10: number;
  recall100: number;
  mrr10: number;
  latencyMs: { p50: number; p99: number };
  perQuery: { queryId: string; ndcg10: number; ranking: string[] }[];
}

/**
 * Scores the index on the split's queries. As in BEIR, a document with the query's own id is left
 * out of its ranking (it matters for corpora where queries are also documents).
 */
export async function evaluateBeir(index: SearchIndex, dataset: BeirDataset, options: { mode?: SearchMode; language?: string; depth?: number } = {}): Promise<BeirReport> {
  const mode = options.mode ?? 'lexical';
  const depth = options.depth ?? 100;
  const perQuery: BeirReport['perQuery'] = [];
  const ndcg: number[] = [];
  const recall: number[] = [];
  const mrr: number[] = [];
  const latency: number[] = [];
  for (const [queryId, rels] of dataset.qrels) {
    const text = dataset.queries.get(queryId)!;
    const t0 = performance.now();
    const result = await search(index, text, { mode, language: options.language ?? 'en', limit: depth, depth });
    latency.push(performance.now() - t0);
    const ranking = result.hits.map((h) => h.doc.sourceId).filter((id) => id !== queryId);
    const n = ndcgAt(ranking, rels, 10);
    ndcg.push(n);
    recall.push(recallAt(ranking, rels, 100));
    mrr.push(reciprocalRankAt(ranking, rels, 10));
    perQuery.push({ queryId, ndcg10: n, ranking: ranking.slice(0, 10) });
  }
  return {
    dataset: dataset.name,
    mode,
    queries: perQuery.length,
    ndcg10: mean(ndcg),
    recall100: mean(recall),
    mrr10: mean(mrr),
    latencyMs: latency.length ? { p50: percentile(latency, 50), p99: percentile(latency, 99) } : { p50: 0, p99: 0 },
    perQuery,
  };
}
