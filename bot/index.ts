/** bot/: from a question to a cited answer. */

// Search index: article chunks and services, BM25 + HNSW, persisted in search_chunk and an index file.
export type { SearchDoc, DocKind, Citation, ServiceFacets, ArticleFacets, OpeningHours, Weekday } from './index/types.ts';
export { searchableText } from './index/types.ts';
export { analyze, analyzeQuery, STEMMED_LANGUAGES } from './index/analyze/analyzer.ts';
export { normalizeArabic, stemArabic } from './index/analyze/arabic.ts';
export { Bm25Index, DEFAULT_BM25, type Bm25Params, type Bm25Hit } from './index/bm25.ts';
export { DenseIndex, DEFAULT_DENSE, type DenseParams } from './index/dense.ts';
export { chunkArticle, splitSections, DEFAULT_CHUNKING, type ChunkOptions, type ArticleInput } from './index/chunk-article.ts';
export { serviceDocument, formatHours, languageLabel, type ServiceRecord } from './index/service-document.ts';
export { readArticleSources, readServiceSources } from './index/content.ts';
export { MemoryChunkStore, PgChunkStore, type ChunkStore, type StoredChunk, type SourceRef } from './index/store.ts';
export { SearchIndex, type SearchIndexOptions, type SearchIndexStatus, type SyncReport, type SourceDocs } from './index/search-index.ts';
export { ContentIndex, defaultIndexDir, type OpenContentIndexOptions } from './index/content-index.ts';

// Retrieval: hybrid search with filters, as a plain function and as a LangChain retriever.
export { search, languagesFromScript, SEARCH_MODES, type SearchMode, type SearchOptions, type SearchHit, type SearchResult, type IndexRank } from './retrieval/search.ts';
export { SearchError, type SearchErrorCode } from './retrieval/errors.ts';
export { documentFilter, validateFilters, type SearchFilters } from './retrieval/filters.ts';
export { filtersFor, siteMentioned, asksOpenNow, type NewcomerProfile } from './retrieval/question-filters.ts';
export { isOpenAt, localTime, DIRECTORY_TIME_ZONE, systemClock, type Clock } from './retrieval/open-now.ts';
export { reciprocalRankFusion, DEFAULT_RRF_K } from './retrieval/fusion.ts';
export { WayfinderRetriever, hitToDocument, type WayfinderDocumentMetadata, type WayfinderRetrieverInput } from './retrieval/retriever.ts';
export { loadBeir, beirSources, indexBeir, evaluateBeir, BeirFormatError, type BeirDataset, type BeirReport } from './retrieval/beir.ts';
export { ndcgAt, recallAt, reciprocalRankAt, percentile } from './retrieval/metrics.ts';

// Understanding: language, intents, crisis reply.
export { detectLanguage, loadLanguageDetector, createLanguageDetector, scriptOfLanguage, LanguageInputError, type DetectedLanguage, type LanguageDetector, type LanguageHints, type LanguageSource, type ModelSize } from './understand/language.ts';
export { classifyIntent, INTENTS, IntentInputError, type Intent, type IntentResult, type ClassifyOptions } from './understand/intents.ts';
export { crisisResponse, CrisisKindError, CRISIS_LINES, type CrisisResponse, type CrisisLine, type CrisisLineId } from './understand/crisis.ts';
export { CRISIS_KINDS, LexiconError, loadLexicons, type CrisisKind } from './understand/lexicons.ts';
export { dominantScript, type Script, type DetectedScript } from './understand/script.ts';

// Interface strings.
export { t, catalog, direction, toUiLanguage, uiLanguageOrDefault, sourceLanguageNotice, formatReturnTime, languageName, I18nError, UI_LANGUAGES, DEFAULT_LANGUAGE, MESSAGE_KEYS, type UiLanguage, type TextDirection, type MessageKey } from './i18n/index.ts';

// Answers: extractive passages (translation when one exists), citations and service cards.
export {
  composeAnswer, closestLinks, groupHits, groupKey, versionToShow, DbArticleVersions, IndexArticleVersions, FALLBACK_SOURCE_LANGUAGES,
  serviceCard, localizedHours, NotAServiceError, matchService, renderAnswer, renderNotSure, renderCard,
  type ServiceCard, type Passage, type ComposedAnswer, type ArticleVersions, type ComposeOptions, type ServiceMatch,
} from './answer/index.ts';

// Confidence: calibrated probability that the top answer is relevant (coefficients in bot/confidence/coefficients.json).
export {
  ConfidenceModel, ConfidenceModelError, DEFAULT_COEFFICIENTS_FILE, confidenceFeatures, FEATURE_NAMES, fitLogistic, calibrationError, relevantInTop,
  type Confidence, type Features, type CoefficientsFile,
} from './confidence/index.ts';

// Optional grounded LLM step (WAYFINDER_LLM_URL / _MODEL / _API_KEY / _TIMEOUT_MS), extractive fallback.
export { llmConfigFromEnv, createChatModel, groundedAnswer, validateGrounded, REFUSAL_MARKER, LlmConfigError, type LlmConfig, type GroundedResult, type FallbackReason } from './llm/index.ts';

// The bot facade.
export {
  Bot, BotInputError, BotClosedError, BotOptionsError,
  type BotReply, type BotInput, type BotOptions, type BotProfile, type BotStatus, type BotContent, type Decision, type HandoffReason,
} from './bot.ts';
