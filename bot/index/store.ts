/**
 * Where indexed chunks and their embeddings are kept between runs: the `search_chunk` table
 * (PostgreSQL or PGlite), or memory for benchmarks and throw-away indexes.
 */
import type { Db } from '../../knowledge/db/types.ts';
import { sourceKey, type DocKind, type SearchDoc } from './types.ts';

export interface StoredChunk {
  doc: SearchDoc;
  /** sha256 of the embedded text. */
  contentHash: string;
  /** Label of its vector in the HNSW index (null without a vector). */
  label: number | null;
  modelId: string | null;
  embedding: Float32Array | null;
}

export interface SourceRef {
  kind: DocKind;
  sourceId: string;
}

export interface ChunkStore {
  /** Stored chunks of the given sources, or of everything when omitted. */
  read(sources?: SourceRef[]): Promise<StoredChunk[]>;
  /**
   * Atomically replaces the chunks of each listed source with those in `chunks`; a source listed
   * without chunks is deleted.
   */
  replace(sources: SourceRef[], chunks: StoredChunk[]): Promise<void>;
  /** Fresh, never reused vector labels. */
  allocateLabels(count: number): Promise<number[]>;
}

/** Float32 little-endian bytes, whatever the machine's byte order. */
export function encodeVector(v: Float32Array): Uint8Array {
  const out = new Uint8Array(v.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < v.length; i++) view.setFloat32(i * 4, v[i], true);
  return out;
}

export function decodeVector(bytes: Uint8Array): Float32Array {
  if (bytes.byteLength % 4 !== 0) throw new Error(`a stored embedding has ${bytes.byteLength} bytes, not a multiple of 4`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(bytes.byteLength / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}

/** Keeps everything in memory (benchmarks, BEIR runs, tests of the index alone). */
export class MemoryChunkStore implements ChunkStore {
  private readonly chunks = new Map<string, StoredChunk>();
  private nextLabel = 1;

  async read(sources?: SourceRef[]): Promise<StoredChunk[]> {
    const all = [...this.chunks.values()];
    if (!sources) return all;
    const keys = new Set(sources.map((s) => sourceKey(s.kind, s.sourceId)));
    return all.filter((c) => keys.has(sourceKey(c.doc.kind, c.doc.sourceId)));
  }

  async replace(sources: SourceRef[], chunks: StoredChunk[]): Promise<void> {
    const keys = new Set(sources.map((s) => sourceKey(s.kind, s.sourceId)));
    for (const [id, c] of this.chunks) {
      if (keys.has(sourceKey(c.doc.kind, c.doc.sourceId))) this.chunks.delete(id);
    }
    for (const c of chunks) this.chunks.set(c.doc.id, c);
  }

  async allocateLabels(count: number): Promise<number[]> {
    return Array.from({ length: count }, () => this.nextLabel++);
  }
}

interface ChunkRow {
  id: string;
  kind: DocKind;
  source_id: string;
  language: string;
  title: string;
  heading: string;
  text: string;
  metadata: Pick<SearchDoc, 'citations' | 'article' | 'service'> | string;
  content_hash: string;
  label: number | null;
  model_id: string | null;
  embedding: Uint8Array | null;
}

const INSERT_BATCH = 250;

/** The `search_chunk` table (bot/migrations/0006_search_index.sql). */
export class PgChunkStore implements ChunkStore {
  constructor(private readonly db: Db) {}

  async read(sources?: SourceRef[]): Promise<StoredChunk[]> {
    const { rows } = await this.db.query<ChunkRow>(
      `SELECT sc.id, sc.kind, sc.source_id, sc.language, sc.title, sc.heading, sc.text, sc.metadata,
              sc.content_hash, sc.label, sc.model_id, sc.embedding
         FROM search_chunk sc
        WHERE $1::text[] IS NULL
           OR (sc.kind, sc.source_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))
        ORDER BY sc.id`,
      [sources ? sources.map((s) => s.kind) : null, sources ? sources.map((s) => s.sourceId) : null],
    );
    return rows.map((r) => {
      const meta = typeof r.metadata === 'string' ? JSON.parse(r.metadata) : r.metadata;
      const doc: SearchDoc = {
        id: r.id,
        kind: r.kind,
        sourceId: r.source_id,
        language: r.language,
        title: r.title,
        heading: r.heading,
        text: r.text,
        citations: meta.citations ?? [],
        ...(meta.article ? { article: meta.article } : {}),
        ...(meta.service ? { service: meta.service } : {}),
      };
      return {
        doc,
        contentHash: r.content_hash,
        label: r.label,
        modelId: r.model_id,
        embedding: r.embedding ? decodeVector(r.embedding) : null,
      };
    });
  }

  async replace(sources: SourceRef[], chunks: StoredChunk[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      // Delete first, then insert: a vector label may move from one chunk id to another (a section
      // moved), which an in-place upsert would trip over on the label's unique constraint.
      if (sources.length > 0) {
        await tx.query(
          `DELETE FROM search_chunk WHERE (kind, source_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
          [sources.map((s) => s.kind), sources.map((s) => s.sourceId)],
        );
      }
      for (let i = 0; i < chunks.length; i += INSERT_BATCH) {
        const batch = chunks.slice(i, i + INSERT_BATCH);
        await tx.query(
          `INSERT INTO search_chunk (id, kind, source_id, language, title, heading, text, metadata, content_hash, label, model_id, embedding)
           SELECT id, kind, source_id, language, title, heading, text, metadata::jsonb, content_hash, label, model_id, decode(embedding, 'hex')
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                         $10::int[], $11::text[], $12::text[])
                  AS t(id, kind, source_id, language, title, heading, text, metadata, content_hash, label, model_id, embedding)`,
          [
            batch.map((c) => c.doc.id),
            batch.map((c) => c.doc.kind),
            batch.map((c) => c.doc.sourceId),
            batch.map((c) => c.doc.language),
            batch.map((c) => c.doc.title),
            batch.map((c) => c.doc.heading),
            batch.map((c) => c.doc.text),
            batch.map((c) => JSON.stringify({ citations: c.doc.citations, article: c.doc.article, service: c.doc.service })),
            batch.map((c) => c.contentHash),
            batch.map((c) => c.label),
            batch.map((c) => (c.embedding ? c.modelId : null)),
            // Hex text survives both drivers' array encoders; bytea[] parameters do not on PGlite.
            batch.map((c) => (c.embedding ? Buffer.from(encodeVector(c.embedding)).toString('hex') : null)),
          ],
        );
      }
    });
  }

  async allocateLabels(count: number): Promise<number[]> {
    if (count <= 0) return [];
    const { rows } = await this.db.query<{ l: number }>(`SELECT nextval('search_chunk_label_seq')::integer AS l FROM generate_series(1, $1::integer)`, [count]);
    return rows.map((r) => r.l);
  }
}
