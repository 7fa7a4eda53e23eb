/**
 * The search index: a BM25 index and (when an embedding model is available) an HNSW vector index
 * over the same documents, kept in step with a chunk store. `sync` is the one way documents change:
 * it hashes each chunk's text, reuses stored vectors whose hash and model match, embeds only the
 * rest, and updates store, BM25 and HNSW together. Source-agnostic: the demo content (content-index.ts)
 * and BEIR corpora (retrieval/beir.ts) both go through it.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Embedder } from '../../knowledge/text/embedder.ts';
import { analyze } from './analyze/analyzer.ts';
import { Bm25Index, type Bm25Params } from './bm25.ts';
import { DENSE_INDEX_FILE, DenseIndex, shortHash, type DenseParams } from './dense.ts';
import { MemoryChunkStore, type ChunkStore, type SourceRef, type StoredChunk } from './store.ts';
import { searchableText, sourceKey, type DocKind, type SearchDoc } from './types.ts';

export interface SourceDocs extends SourceRef {
  docs: SearchDoc[];
}

export interface SearchIndexOptions {
  /** Where chunks and vectors persist (default: memory only). */
  store?: ChunkStore;
  /** The embedding model; null or absent means lexical only. */
  embedder?: Embedder | null;
  /** Why there is no embedder, for status(). */
  embedderReason?: string;
  /** Folder for the saved HNSW graph; null keeps it in memory only. */
  indexDir?: string | null;
  bm25?: Partial<Bm25Params>;
  dense?: Partial<DenseParams>;
  /** Texts per embed() call. */
  embedBatchSize?: number;
}

export interface SyncOptions {
  /** The given sources are all there is for these kinds: any other source of these kinds is removed. */
  completeKinds?: DocKind[];
}

export interface SyncReport {
  /** Sources whose chunks changed (added, edited or removed). */
  changedSources: number;
  removedSources: number;
  /** Chunks embedded by the model in this sync (the rest reused stored vectors). */
  embedded: number;
  vectorsAdded: number;
  vectorsRemoved: number;
  durationMs: number;
}

export interface LexicalHit {
  doc: SearchDoc;
  score: number;
}

export interface DenseDocHit {
  doc: SearchDoc;
  score: number;
}

export interface SearchIndexStatus {
  /** Distinct articles (per language) and services indexed. */
  documents: { articles: number; services: number; total: number };
  /** Searchable units: article chunks + service documents. */
  chunks: number;
  lexical: { documents: number; terms: number; k1: number; b: number };
  dense: {
    /** Embedding model id, or null when retrieval is lexical only. */
    modelId: string | null;
    /** Why there is no dense index (null when there is one). */
    reason: string | null;
    dimension: number | null;
    vectors: number;
    /** The saved HNSW graph, or null when kept in memory only. */
    indexPath: string | null;
    /** Whether this process started from the saved graph rather than rebuilding it. */
    loadedFromDisk: boolean;
    /** Why a saved graph was not used at start, if one was looked for and not used. */
    loadNote: string | null;
  };
}

export function contentHash(doc: SearchDoc): string {
  return createHash('sha256').update(searchableText(doc)).digest('hex');
}

/** JSON with sorted keys and no undefined members: jsonb does not keep key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

// Only what is stored: differences in these mean the stored row must be rewritten.
function sameChunk(a: StoredChunk, b: StoredChunk): boolean {
  return a.contentHash === b.contentHash && a.label === b.label && a.modelId === b.modelId && canonical(a.doc) === canonical(b.doc);
}

export class SearchIndex {
  readonly embedder: Embedder | null;
  private readonly store: ChunkStore;
  private readonly indexDir: string | null;
  private readonly bm25: Bm25Index;
  private readonly embedBatchSize: number;
  private readonly embedderReason: string | null;
  private dense: DenseIndex | null;
  private loadedFromDisk = false;
  private loadNote: string | null = null;
  private savedOnce = false;
  private readonly chunks = new Map<string, StoredChunk>();
  private readonly bySource = new Map<string, string[]>();
  private readonly docByLabel = new Map<number, string>();
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(options: SearchIndexOptions, dense: DenseIndex | null) {
    this.store = options.store ?? new MemoryChunkStore();
    this.embedder = options.embedder ?? null;
    this.embedderReason = this.embedder ? null : (options.embedderReason ?? 'lexical-only: no embedding model found');
    this.indexDir = options.indexDir ?? null;
    this.bm25 = new Bm25Index(options.bm25);
    this.embedBatchSize = options.embedBatchSize ?? 64;
    this.dense = dense;
  }

  /** An empty index; the saved HNSW graph in `indexDir` is picked up when it was built with the same model. */
  static async create(options: SearchIndexOptions = {}): Promise<SearchIndex> {
    const embedder = options.embedder ?? null;
    let dense: DenseIndex | null = null;
    let loaded = false;
    let note: string | null = null;
    if (embedder) {
      if (options.indexDir) {
        const result = await DenseIndex.load(options.indexDir, embedder.id, embedder.dimension);
        if (result.index) {
          dense = result.index;
          loaded = true;
        } else if (result.reason !== 'no saved index') {
          note = `saved index not used: ${result.reason}`;
        }
      }
      dense ??= DenseIndex.create(embedder.id, embedder.dimension, options.dense);
    }
    const index = new SearchIndex(options, dense);
    index.loadedFromDisk = loaded;
    index.loadNote = note;
    return index;
  }

  /** Runs index changes one at a time, so two updates never interleave their awaits. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.tail.then(fn);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Replaces the documents of each given source (an empty list removes the source). */
  sync(sources: SourceDocs[], options: SyncOptions = {}): Promise<SyncReport> {
    return this.exclusive(() => this.syncNow(sources, options));
  }

  removeSources(refs: SourceRef[]): Promise<SyncReport> {
    return this.sync(refs.map((r) => ({ ...r, docs: [] })));
  }

  private async syncNow(sources: SourceDocs[], options: SyncOptions): Promise<SyncReport> {
    const started = performance.now();
    const wanted = new Map<string, SourceDocs>();
    for (const s of sources) {
      const key = sourceKey(s.kind, s.sourceId);
      if (wanted.has(key)) throw new Error(`source ${key} is listed twice in one sync`);
      for (const d of s.docs) {
        if (d.kind !== s.kind || d.sourceId !== s.sourceId) throw new Error(`document ${d.id} does not belong to source ${key}`);
      }
      wanted.set(key, s);
    }

    const complete = new Set(options.completeKinds ?? []);
    const stored = await this.store.read(complete.size > 0 ? undefined : sources);
    const storedBySource = new Map<string, StoredChunk[]>();
    for (const c of stored) {
      const key = sourceKey(c.doc.kind, c.doc.sourceId);
      if (!storedBySource.has(key)) storedBySource.set(key, []);
      storedBySource.get(key)!.push(c);
    }
    // Sources that disappear: known (stored or in memory) sources of a complete kind not listed now.
    const removed = new Map<string, SourceRef>();
    if (complete.size > 0) {
      const known = [...stored.map((c) => c.doc), ...[...this.chunks.values()].map((c) => c.doc)];
      for (const d of known) {
        const key = sourceKey(d.kind, d.sourceId);
        if (complete.has(d.kind) && !wanted.has(key)) removed.set(key, { kind: d.kind, sourceId: d.sourceId });
      }
    }

    // Decide, chunk by chunk, whether a stored vector can be reused.
    const next = new Map<string, StoredChunk[]>();
    const toEmbed: StoredChunk[] = [];
    for (const [key, source] of wanted) {
      const old = storedBySource.get(key) ?? [];
      const unused = new Set(old);
      const out: StoredChunk[] = [];
      for (const doc of source.docs) {
        const hash = contentHash(doc);
        const match = old.find((c) => unused.has(c) && c.doc.id === doc.id && c.contentHash === hash) ?? old.find((c) => unused.has(c) && c.contentHash === hash);
        if (match) unused.delete(match);
        const reusable =
          match !== undefined &&
          match.embedding !== null &&
          match.label !== null &&
          (this.embedder === null || (match.modelId === this.embedder.id && match.embedding.length === this.embedder.dimension));
        const chunk: StoredChunk = reusable
          ? { doc, contentHash: hash, label: match.label, modelId: match.modelId, embedding: match.embedding }
          : { doc, contentHash: hash, label: null, modelId: null, embedding: null };
        if (!reusable && this.embedder) toEmbed.push(chunk);
        out.push(chunk);
      }
      next.set(key, out);
    }

    if (this.embedder && toEmbed.length > 0) {
      const labels = await this.store.allocateLabels(toEmbed.length);
      for (let i = 0; i < toEmbed.length; i += this.embedBatchSize) {
        const batch = toEmbed.slice(i, i + this.embedBatchSize);
        const vectors = await this.embedder.embed(batch.map((c) => searchableText(c.doc)));
        if (vectors.length !== batch.length) throw new Error(`embedder ${this.embedder.id} returned ${vectors.length} vectors for ${batch.length} texts`);
        batch.forEach((c, j) => {
          c.embedding = vectors[j];
          c.modelId = this.embedder!.id;
          c.label = labels[i + j];
        });
      }
    }

    // Persist only sources whose stored form changes.
    const changedRefs: SourceRef[] = [];
    const changedChunks: StoredChunk[] = [];
    for (const [key, chunks] of next) {
      const old = storedBySource.get(key) ?? [];
      const same = old.length === chunks.length && chunks.every((c) => old.some((o) => o.doc.id === c.doc.id && sameChunk(o, c)));
      if (!same) {
        const { kind, sourceId } = wanted.get(key)!;
        changedRefs.push({ kind, sourceId });
        changedChunks.push(...chunks);
      }
    }
    for (const [key, ref] of removed) if (storedBySource.has(key)) changedRefs.push(ref);
    if (changedRefs.length > 0) await this.store.replace(changedRefs, changedChunks);

    // Bring memory (BM25, documents) in line; nothing below awaits until the graph is saved.
    const dropSource = (key: string, keep: Set<string>) => {
      for (const id of this.bySource.get(key) ?? []) {
        if (keep.has(id)) continue;
        this.bm25.remove(id);
        this.chunks.delete(id);
      }
      this.bySource.delete(key);
    };
    for (const key of removed.keys()) dropSource(key, new Set());
    for (const [key, chunks] of next) {
      dropSource(key, new Set(chunks.map((c) => c.doc.id)));
      for (const c of chunks) {
        const before = this.chunks.get(c.doc.id);
        if (!before || before.contentHash !== c.contentHash || before.doc.language !== c.doc.language) {
          this.bm25.upsert(c.doc.id, analyze(searchableText(c.doc), c.doc.language));
        }
        this.chunks.set(c.doc.id, c);
      }
      if (chunks.length > 0) this.bySource.set(key, chunks.map((c) => c.doc.id));
    }
    const { added, removed: vectorsRemoved } = this.reconcileVectors();
    if (this.dense && this.indexDir && (added > 0 || vectorsRemoved > 0 || (!this.loadedFromDisk && !this.savedOnce))) {
      await this.dense.save(this.indexDir);
      this.savedOnce = true;
    }

    return {
      changedSources: changedRefs.length,
      removedSources: removed.size,
      embedded: this.embedder ? toEmbed.length : 0,
      vectorsAdded: added,
      vectorsRemoved,
      durationMs: performance.now() - started,
    };
  }

  /**
   * Makes the HNSW graph hold exactly the vectors of the documents in memory: a changed chunk's
   * old label is marked deleted and its new one added; after a start from a saved graph, labels of
   * chunks that changed or vanished meanwhile are dropped and missing ones added from stored vectors.
   */
  private reconcileVectors(): { added: number; removed: number } {
    const dense = this.dense;
    if (!dense) return { added: 0, removed: 0 };
    const wanted = new Map<number, StoredChunk>();
    for (const c of this.chunks.values()) {
      if (c.label !== null && c.embedding !== null && c.modelId === dense.modelId) wanted.set(c.label, c);
    }
    // A graph saved against another database (or a memory store's labels) can reuse a label for
    // other text: then none of it can be trusted, and it is rebuilt from the stored vectors.
    for (const [label, c] of wanted) {
      if (dense.has(label) && dense.hashOf(label) !== shortHash(c.contentHash)) {
        this.dense = DenseIndex.create(dense.modelId, dense.dimension, dense.params);
        this.loadedFromDisk = false;
        this.loadNote = 'saved index did not match the stored chunks (saved against another database?); rebuilt from stored vectors';
        return this.reconcileVectors();
      }
    }
    const stale = dense.labels().filter((l) => !wanted.has(l));
    dense.remove(stale);
    const missing = [...wanted.values()].filter((c) => !dense.has(c.label!));
    dense.add(missing.map((c) => ({ label: c.label!, vector: c.embedding!, hash: c.contentHash })));
    this.docByLabel.clear();
    for (const [label, c] of wanted) this.docByLabel.set(label, c.doc.id);
    return { added: missing.length, removed: stale.length };
  }

  get(id: string): SearchDoc | undefined {
    return this.chunks.get(id)?.doc;
  }

  /** Every indexed document (for listing and evaluation). */
  documents(): SearchDoc[] {
    return [...this.chunks.values()].map((c) => c.doc);
  }

  get hasDense(): boolean {
    return this.dense !== null && this.embedder !== null;
  }

  /** How many indexed chunks contain the (analyzed) term. */
  documentFrequency(term: string): number {
    return this.bm25.documentFrequency(term);
  }

  lexicalSearch(queryTerms: readonly string[], limit: number, accept?: (doc: SearchDoc) => boolean): LexicalHit[] {
    const hits = this.bm25.search(queryTerms, limit, accept ? (id) => accept(this.chunks.get(id)!.doc) : undefined);
    return hits.map((h) => ({ doc: this.chunks.get(h.id)!.doc, score: h.score }));
  }

  async embedQuery(text: string): Promise<Float32Array | null> {
    if (!this.embedder) return null;
    const [v] = await this.embedder.embed([text]);
    return v;
  }

  denseSearch(vector: Float32Array, limit: number, accept?: (doc: SearchDoc) => boolean): DenseDocHit[] {
    if (!this.dense) return [];
    const docOf = (label: number) => {
      const id = this.docByLabel.get(label);
      return id ? this.chunks.get(id)?.doc : undefined;
    };
    const hits = this.dense.search(
      vector,
      limit,
      accept
        ? (label) => {
            const doc = docOf(label);
            return doc !== undefined && accept(doc);
          }
        : undefined,
    );
    return hits.flatMap((h) => {
      const doc = docOf(h.label);
      return doc ? [{ doc, score: h.score }] : [];
    });
  }

  status(): SearchIndexStatus {
    let articles = 0;
    let services = 0;
    for (const key of this.bySource.keys()) {
      if (key.startsWith('article:')) articles++;
      else if (key.startsWith('service:')) services++;
    }
    return {
      documents: { articles, services, total: articles + services },
      chunks: this.chunks.size,
      lexical: { documents: this.bm25.size, terms: this.bm25.vocabularySize, k1: this.bm25.params.k1, b: this.bm25.params.b },
      dense: {
        modelId: this.dense ? this.dense.modelId : null,
        reason: this.dense ? null : this.embedderReason,
        dimension: this.dense ? this.dense.dimension : null,
        vectors: this.dense?.size ?? 0,
        indexPath: this.dense && this.indexDir ? path.join(this.indexDir, DENSE_INDEX_FILE) : null,
        loadedFromDisk: this.loadedFromDisk,
        loadNote: this.loadNote,
      },
    };
  }
}
