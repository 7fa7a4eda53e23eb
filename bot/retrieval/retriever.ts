/**
 * The search as a LangChain retriever, so a grounded LLM chain can use it by configuration.
 * Documents carry the citation links, per-index ranks and scores, and the service facets.
 */
import { Document } from '@langchain/core/documents';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import type { CallbackManagerForRetrieverRun } from '@langchain/core/callbacks/manager';
import type { SearchIndex } from '../index/search-index.ts';
import type { ArticleFacets, Citation, DocKind, ServiceFacets } from '../index/types.ts';
import { search, type SearchHit, type SearchMode, type SearchOptions, type SearchResult } from './search.ts';

export interface WayfinderDocumentMetadata {
  id: string;
  kind: DocKind;
  sourceId: string;
  language: string;
  title: string;
  heading: string;
  citations: Citation[];
  rank: number;
  score: number;
  mode: SearchMode;
  lexicalRank: number | null;
  lexicalScore: number | null;
  denseRank: number | null;
  denseScore: number | null;
  article?: ArticleFacets;
  service?: ServiceFacets;
}

export function hitToDocument(hit: SearchHit, result: Pick<SearchResult, 'mode'>): Document<WayfinderDocumentMetadata> {
  const d = hit.doc;
  return new Document<WayfinderDocumentMetadata>({
    id: d.id,
    pageContent: d.text,
    metadata: {
      id: d.id,
      kind: d.kind,
      sourceId: d.sourceId,
      language: d.language,
      title: d.title,
      heading: d.heading,
      citations: d.citations,
      rank: hit.rank,
      score: hit.score,
      mode: result.mode,
      lexicalRank: hit.lexical?.rank ?? null,
      lexicalScore: hit.lexical?.score ?? null,
      denseRank: hit.dense?.rank ?? null,
      denseScore: hit.dense?.score ?? null,
      ...(d.article ? { article: d.article } : {}),
      ...(d.service ? { service: d.service } : {}),
    },
  });
}

export interface WayfinderRetrieverInput extends BaseRetrieverInput {
  index: SearchIndex;
  /** Mode, language, filters, limit… applied to every query. */
  searchOptions?: SearchOptions;
}

export class WayfinderRetriever extends BaseRetriever<WayfinderDocumentMetadata> {
  lc_namespace = ['wayfinder', 'bot', 'retrieval'];
  private readonly index: SearchIndex;
  readonly searchOptions: SearchOptions;

  static lc_name(): string {
    return 'WayfinderRetriever';
  }

  constructor(fields: WayfinderRetrieverInput) {
    super(fields);
    this.index = fields.index;
    this.searchOptions = fields.searchOptions ?? {};
  }

  /** A retriever for one conversation: the same index with this newcomer's language and filters. */
  withOptions(options: SearchOptions): WayfinderRetriever {
    const merged: SearchOptions = { ...this.searchOptions, ...options, filters: { ...this.searchOptions.filters, ...options.filters } };
    return new WayfinderRetriever({ index: this.index, searchOptions: merged, callbacks: this.callbacks, tags: this.tags, metadata: this.metadata, verbose: this.verbose });
  }

  async _getRelevantDocuments(query: string, _runManager?: CallbackManagerForRetrieverRun): Promise<Document<WayfinderDocumentMetadata>[]> {
    const result = await search(this.index, query, this.searchOptions);
    return result.hits.map((h) => hitToDocument(h, result));
  }
}
