/**
 * The search index over Wayfinder's own content (articles and the service directory), persisted in
 * the `search_chunk` table and an HNSW file. Opening it re-reads the content, re-embeds only chunks
 * whose text changed since the last run, and starts from the saved graph when it still fits.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../knowledge/db/types.ts';
import { loadDefaultEmbedder, type Embedder } from '../../knowledge/text/embedder.ts';
import type { Bm25Params } from './bm25.ts';
import type { ChunkOptions } from './chunk-article.ts';
import { readArticleSources, readServiceSources } from './content.ts';
import type { DenseParams } from './dense.ts';
import { SearchIndex, type SearchIndexStatus, type SyncReport } from './search-index.ts';
import { PgChunkStore } from './store.ts';
import { articleSourceId } from './types.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** WAYFINDER_INDEX_DIR, else data/search-index in the repository (beside data/pglite). */
export function defaultIndexDir(): string {
  return process.env.WAYFINDER_INDEX_DIR ?? path.join(repoRoot, 'data', 'search-index');
}

export interface OpenContentIndexOptions {
  /** Embedding model; `undefined` loads the default one (knowledge/text), null forces lexical only. */
  embedder?: Embedder | null;
  /** Folder for the saved HNSW graph; null keeps it in memory. Default: defaultIndexDir(). */
  indexDir?: string | null;
  chunking?: Partial<ChunkOptions>;
  bm25?: Partial<Bm25Params>;
  dense?: Partial<DenseParams>;
}

export class ContentIndex {
  private constructor(
    private readonly db: Db,
    readonly index: SearchIndex,
    private readonly chunking: Partial<ChunkOptions>,
    /** What opening did: how much was embedded, what was reused. */
    readonly openReport: SyncReport,
  ) {}

  static async open(db: Db, options: OpenContentIndexOptions = {}): Promise<ContentIndex> {
    let embedder = options.embedder;
    let embedderReason: string | undefined;
    if (embedder === undefined) {
      const loaded = await loadDefaultEmbedder();
      embedder = loaded.embedder;
      if (!embedder) {
        embedderReason = /^no embedding model found/.test(loaded.description)
          ? `lexical-only: ${loaded.description.replace(/: lexical retrieval only$/, '')}`
          : `lexical-only: ${loaded.description}`;
      }
    } else if (embedder === null) {
      embedderReason = 'lexical-only: no embedding model found (none configured)';
    }
    const index = await SearchIndex.create({
      store: new PgChunkStore(db),
      embedder,
      embedderReason,
      indexDir: options.indexDir === undefined ? defaultIndexDir() : options.indexDir,
      bm25: options.bm25,
      dense: options.dense,
    });
    const chunking = options.chunking ?? {};
    const report = await index.sync([...(await readArticleSources(db, undefined, chunking)), ...(await readServiceSources(db))], {
      completeKinds: ['article', 'service'],
    });
    return new ContentIndex(db, index, chunking, report);
  }

  /** Re-reads every article and service; only changed chunks are re-embedded. */
  async reindexAll(): Promise<SyncReport> {
    return this.index.sync([...(await readArticleSources(this.db, undefined, this.chunking)), ...(await readServiceSources(this.db))], {
      completeKinds: ['article', 'service'],
    });
  }

  /** Re-reads one article version after it was edited, added or deleted. */
  async reindexArticle(slug: string, language: string): Promise<SyncReport> {
    const found = await readArticleSources(this.db, { slug, language }, this.chunking);
    return this.index.sync(found.length ? found : [{ kind: 'article', sourceId: articleSourceId(language, slug), docs: [] }]);
  }

  /** Re-reads one service; one that is gone or no longer active leaves the index. */
  async reindexService(serviceId: string): Promise<SyncReport> {
    const found = await readServiceSources(this.db, [serviceId]);
    return this.index.sync(found.length ? found : [{ kind: 'service', sourceId: serviceId, docs: [] }]);
  }

  status(): SearchIndexStatus {
    return this.index.status();
  }
}
