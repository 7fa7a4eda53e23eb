/**
 * Search over the index: BM25, dense (HNSW) or both fused by reciprocal rank, with filters from the
 * question and profile. Every hit keeps its rank and score in each index, so confidence calibration
 * and evaluation can compare configurations (lexical only, dense only, hybrid, with or without filters).
 */
import { baseLanguage, queryReadings } from '../index/analyze/analyzer.ts';
import type { SearchIndex } from '../index/search-index.ts';
import type { SearchDoc } from '../index/types.ts';
import { SearchError } from './errors.ts';
import { documentFilter, type SearchFilters } from './filters.ts';
import { DEFAULT_RRF_K, reciprocalRankFusion } from './fusion.ts';
import { fusionWeights, type FusionWeights } from './fusion-weights.ts';
import type { Clock } from './open-now.ts';
import { defaultQueryTranslator, type QueryTranslator } from './translate/translator.ts';

export type SearchMode = 'hybrid' | 'lexical' | 'dense';
export const SEARCH_MODES: readonly SearchMode[] = ['hybrid', 'lexical', 'dense'];

export interface SearchOptions {
  /** Default 'hybrid'; falls back to 'lexical' (with a note) when there is no embedding model. */
  mode?: SearchMode;
  /** The question's language, detected or declared (ISO 639-1). Without it the script decides. */
  language?: string;
  /** Hits returned (default 10). */
  limit?: number;
  /** Candidates taken from each index before fusion (default max(50, limit)). */
  depth?: number;
  filters?: SearchFilters;
  /** The RRF constant (default 60). */
  rrfK?: number;
  /** Where "now" comes from for the open-now filter. */
  clock?: Clock;
  /**
   * Translates a non-English query into English words for an extra BM25 list (default: the
   * glossaries plus the MUSE dictionaries when present); null turns translation off.
   */
  translator?: QueryTranslator | null;
  /** Overrides the per-language fusion weights (fusion-weights.ts). */
  weights?: Partial<FusionWeights>;
}

export interface IndexRank {
  /** 1-based rank among the documents that passed the filters. */
  rank: number;
  /** BM25 score or cosine similarity. */
  score: number;
}

export interface SearchHit {
  doc: SearchDoc;
  /** 1-based final rank. */
  rank: number;
  /** RRF score in hybrid mode; otherwise the single index's score. */
  score: number;
  lexical: IndexRank | null;
  dense: IndexRank | null;
  /** Rank in the BM25 list of the query translated into English (absent when there was none). */
  translated?: IndexRank | null;
}

export interface SearchResult {
  hits: SearchHit[];
  /** The mode that ran. */
  mode: SearchMode;
  requestedMode: SearchMode;
  /** Set when the mode that ran differs from the one asked for, and why. */
  note: string | null;
  /** Languages the query was analysed as (English is always added for code-switching). */
  queryLanguages: string[];
  queryTerms: string[];
  /** The query's English translation terms, when it was translated. */
  translation: { language: string; terms: string[]; words: number; translated: number } | null;
  /** RRF constant and list weights when lists were fused (lexical, dense, translated; 0 for a list not run). */
  fusion: { k: number; weights: [number, number, number] } | null;
  /**
   * Share of the question's words that no indexed text contains, in the reading that knows most of
   * them (each query language, or the English translation): "jury summons" or "dog licence" name
   * something the content never mentions, however well "licence" matches.
   */
  unknownTermShare: number;
  tookMs: number;
}

export const MAX_QUERY_CHARS = 2000;

/**
 * Languages to analyse an undeclared query as, from its script: the content languages that use it.
 * Callers that know the language (bot/understand) should pass it instead.
 */
export function languagesFromScript(query: string): string[] {
  if (/\p{Script=Arabic}/u.test(query)) return ['ar'];
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(query)) return ['zh'];
  if (/\p{Script=Cyrillic}/u.test(query)) return ['uk', 'ru'];
  if (/\p{Script=Gurmukhi}/u.test(query)) return ['pa'];
  return ['en', 'fr', 'es'];
}

function checkOptions(query: string, o: SearchOptions): void {
  if (query.trim().length === 0) throw new SearchError('empty_query', 'the query is empty');
  if (query.length > MAX_QUERY_CHARS) throw new SearchError('query_too_long', `the query has ${query.length} characters; the limit is ${MAX_QUERY_CHARS}`);
  if (o.mode !== undefined && !SEARCH_MODES.includes(o.mode)) throw new SearchError('bad_option', `mode must be one of ${SEARCH_MODES.join(', ')} (got "${o.mode}")`);
  for (const [name, v] of [['limit', o.limit], ['depth', o.depth]] as const) {
    if (v !== undefined && !(Number.isInteger(v) && v >= 1 && v <= 1000)) throw new SearchError('bad_option', `${name} must be an integer from 1 to 1000 (got ${v})`);
  }
  if (o.rrfK !== undefined && !(o.rrfK > 0)) throw new SearchError('bad_option', `rrfK must be positive (got ${o.rrfK})`);
}

export async function search(index: SearchIndex, query: string, options: SearchOptions = {}): Promise<SearchResult> {
  const started = performance.now();
  checkOptions(query, options);
  const requestedMode = options.mode ?? 'hybrid';
  const limit = options.limit ?? 10;
  const depth = Math.max(options.depth ?? 50, limit);
  const accept = documentFilter(options.filters, { clock: options.clock });

  let mode = requestedMode;
  let note: string | null = null;
  if (!index.hasDense && mode !== 'lexical') {
    const why = index.status().dense.reason ?? 'no dense index';
    if (mode === 'dense') throw new SearchError('dense_unavailable', `dense retrieval is unavailable (${why})`);
    mode = 'lexical';
    note = `hybrid requested, ran lexical only (${why})`;
  }

  const queryLanguages = options.language ? [options.language] : languagesFromScript(query);
  const readings = queryReadings(query, queryLanguages);
  const queryTerms = [...new Set(readings.flat())];
  const k = options.rrfK ?? DEFAULT_RRF_K;
  const lexical = mode === 'dense' ? [] : index.lexicalSearch(queryTerms, mode === 'lexical' ? Math.max(limit, depth) : depth, accept);
  let dense: { doc: SearchDoc; score: number }[] = [];
  if (mode !== 'lexical') {
    const vector = await index.embedQuery(query);
    dense = vector ? index.denseSearch(vector, mode === 'dense' ? limit : depth, accept) : [];
  }

  // A non-English query also searches as English words: most articles and all services are English only.
  const translator = options.translator === undefined ? defaultQueryTranslator() : options.translator;
  const translationLanguage = options.language ? baseLanguage(options.language) : translationLanguageFromScript(query);
  const t = mode !== 'dense' && translator && translationLanguage ? translator.translate(query, translationLanguage) : null;
  const translation = t && t.terms.length > 0 ? { language: translationLanguage!, terms: t.terms, words: t.words, translated: t.translated } : null;
  const translated = translation ? withOwnLanguageVersions(index.lexicalSearch(translation.terms, depth, accept), lexical, translation.language) : [];

  const lexicalRank = new Map(lexical.map((h, i) => [h.doc.id, { rank: i + 1, score: h.score }]));
  const denseRank = new Map(dense.map((h, i) => [h.doc.id, { rank: i + 1, score: h.score }]));
  const translatedRank = new Map(translated.map((h, i) => [h.doc.id, { rank: i + 1, score: h.score }]));
  const docs = new Map<string, SearchDoc>([...lexical, ...dense, ...translated].map((h) => [h.doc.id, h.doc]));
  let ranked: { id: string; score: number }[];
  let fusion: SearchResult['fusion'] = null;
  if (mode === 'hybrid' || (mode === 'lexical' && translation)) {
    const w = { ...fusionWeights(translationLanguage ?? queryLanguages[0] ?? 'en', mode, { dictionary: t?.dictionary }), ...options.weights };
    const weights: [number, number, number] = [w.lexical, mode === 'hybrid' ? w.dense : 0, translation ? w.translated : 0];
    fusion = { k, weights };
    ranked = reciprocalRankFusion([lexical.map((h) => h.doc.id), dense.map((h) => h.doc.id), translated.map((h) => h.doc.id)], k, weights);
  } else {
    ranked = (mode === 'lexical' ? lexical : dense).map((h) => ({ id: h.doc.id, score: h.score }));
  }
  const hits = ranked.slice(0, limit).map((r, i) => ({
    doc: docs.get(r.id)!,
    rank: i + 1,
    score: r.score,
    lexical: lexicalRank.get(r.id) ?? null,
    dense: denseRank.get(r.id) ?? null,
    ...(translation ? { translated: translatedRank.get(r.id) ?? null } : {}),
  }));
  const unknownTermShare = unknownShare(index, translation ? [...readings, translation.terms] : readings);
  return { hits, mode, requestedMode, note, queryLanguages, queryTerms, translation, fusion, unknownTermShare, tookMs: performance.now() - started };
}

function unknownShare(index: SearchIndex, readings: readonly (readonly string[])[]): number {
  let best: number | null = null;
  for (const reading of readings) {
    const terms = new Set(reading);
    if (terms.size === 0) continue;
    const unknown = [...terms].filter((t) => index.documentFrequency(t) === 0).length;
    best = Math.min(best ?? 1, unknown / terms.size);
  }
  return best ?? 0;
}

/**
 * The translated query matches the English version of an article; its version in the question's
 * language (found by the question's own words) gets the same credit right after it, so a French
 * question still shows the French article first when there is one.
 */
function withOwnLanguageVersions<T extends { doc: SearchDoc; score: number }>(translated: T[], own: T[], language: string): T[] {
  const ownByGroup = new Map<string, T[]>();
  for (const h of own) {
    const group = h.doc.kind === 'article' ? h.doc.article?.translationGroup : undefined;
    if (!group || baseLanguage(h.doc.language) !== language) continue;
    if (!ownByGroup.has(group)) ownByGroup.set(group, []);
    ownByGroup.get(group)!.push(h);
  }
  const out: T[] = [];
  const seen = new Set<string>();
  for (const h of translated) {
    if (!seen.has(h.doc.id)) {
      seen.add(h.doc.id);
      out.push(h);
    }
    const group = h.doc.kind === 'article' ? h.doc.article?.translationGroup : undefined;
    for (const v of (group && ownByGroup.get(group)) || []) {
      if (seen.has(v.doc.id)) continue;
      seen.add(v.doc.id);
      out.push({ ...v, score: h.score });
      break; // the best-matching chunk of that version is enough
    }
  }
  return out;
}

/** The language to translate an undeclared query from, by its script; null for Latin text (English is the default). */
export function translationLanguageFromScript(query: string): string | null {
  if (/\p{Script=Arabic}/u.test(query)) return /[پچژگ]|[یک]/u.test(query) ? 'fa' : 'ar';
  if (/[\p{Script=Han}]/u.test(query)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(query)) return 'uk';
  if (/\p{Script=Gurmukhi}/u.test(query)) return 'pa';
  return null;
}
