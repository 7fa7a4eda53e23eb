/**
 * Features of one search that say how likely its top answer is to be right: how strongly each index
 * matched, whether they agree, how far the best source stands above the next, and whether the
 * question's language has content of its own. Scores are scaled so one set of coefficients fits
 * questions of any length.
 */
import { analyze, baseLanguage } from '../index/analyze/analyzer.ts';
import { searchableText } from '../index/types.ts';
import { DEFAULT_RRF_K } from '../retrieval/fusion.ts';
import type { SearchHit, SearchResult } from '../retrieval/search.ts';
import { groupKey } from '../answer/compose.ts';

export const FEATURE_NAMES = [
  /** Top final score, scaled to 0..1 (hybrid: 1 = first in both lists; lexical: BM25 per query term; dense: cosine). */
  'topScore',
  /** Best BM25 score divided by the number of distinct query terms. */
  'lexicalTopPerTerm',
  /** Best dense cosine similarity (0 without a dense index). */
  'denseTop',
  /** Best score of the first source minus that of the second, scaled like topScore. */
  'sourceMargin',
  /** 1 when the lexical and the dense index put the same source first. */
  'agreement',
  /** log(1 + distinct query terms). */
  'queryLength',
  /** 1 when articles exist in the question's language. */
  'languageKnown',
  /** Share of the distinct query terms that occur in the top hit's text. */
  'queryCoverage',
  /** Share of the top ten hits that come from the top hit's source (one article answering on every line). */
  'topSourceShare',
  /** 1 when the top hit is a directory service rather than an article chunk. */
  'topIsService',
  /** Share of the question's words no indexed text contains (SearchResult.unknownTermShare). */
  'unknownTermShare',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

export interface FeatureContext {
  /** The question's language. */
  language: string;
  /** Languages the articles are written in. */
  contentLanguages: readonly string[];
  rrfK?: number;
}

function scaled(hit: SearchHit, result: SearchResult, terms: number, rrfK: number): number {
  // Fused lists (hybrid, or lexical with a translated query): 1 = first in every list that counted.
  if (result.fusion) {
    const total = result.fusion.weights.reduce((a, b) => a + b, 0) || 1;
    return (hit.score * (result.fusion.k + 1)) / total;
  }
  if (result.mode === 'hybrid') return (hit.score * (rrfK + 1)) / 2;
  if (result.mode === 'lexical') return hit.score / terms;
  return hit.score;
}

export function confidenceFeatures(result: SearchResult, ctx: FeatureContext): Features {
  const rrfK = ctx.rrfK ?? DEFAULT_RRF_K;
  const terms = Math.max(1, new Set(result.queryTerms).size);
  const hits = result.hits;
  const lexicalFirst = hits.find((h) => h.lexical?.rank === 1);
  const denseFirst = hits.find((h) => h.dense?.rank === 1);
  // The better of the question's own words and its English translation (per query term).
  const translatedTerms = Math.max(1, result.translation?.terms.length ?? 1);
  const lexicalTop = Math.max(0, ...hits.map((h) => h.lexical?.score ?? 0));
  const translatedTopPerTerm = Math.max(0, ...hits.map((h) => h.translated?.score ?? 0)) / translatedTerms;
  const denseTop = Math.max(0, ...hits.map((h) => h.dense?.score ?? 0));
  // Sources, not chunks: three chunks of one article are one answer, not three.
  const bestBySource: number[] = [];
  const seen = new Set<string>();
  for (const h of hits) {
    const key = groupKey(h.doc);
    if (seen.has(key)) continue;
    seen.add(key);
    bestBySource.push(scaled(h, result, terms, rrfK));
  }
  const top = bestBySource[0] ?? 0;
  const first = hits[0];
  // Coverage by the question's own terms or by its translation, whichever the top hit shares more of.
  let coverage = 0;
  if (first) {
    const docTerms = new Set(analyze(searchableText(first.doc), first.doc.language));
    for (const set of [new Set(result.queryTerms), new Set(result.translation?.terms ?? [])]) {
      if (set.size > 0) coverage = Math.max(coverage, [...set].filter((t) => docTerms.has(t)).length / set.size);
    }
  }
  const firstSource = first ? groupKey(first.doc) : null;
  const topTen = hits.slice(0, 10);
  return {
    topScore: top,
    lexicalTopPerTerm: Math.max(lexicalTop / terms, translatedTopPerTerm),
    denseTop,
    sourceMargin: bestBySource.length > 1 ? top - bestBySource[1] : top,
    agreement: lexicalFirst && denseFirst && groupKey(lexicalFirst.doc) === groupKey(denseFirst.doc) ? 1 : 0,
    queryLength: Math.log1p(new Set(result.queryTerms).size),
    languageKnown: ctx.contentLanguages.map(baseLanguage).includes(baseLanguage(ctx.language)) ? 1 : 0,
    queryCoverage: coverage,
    topSourceShare: topTen.length ? topTen.filter((h) => groupKey(h.doc) === firstSource).length / 10 : 0,
    topIsService: first?.doc.kind === 'service' ? 1 : 0,
    unknownTermShare: result.unknownTermShare,
  };
}

export function featureVector(f: Features): number[] {
  return FEATURE_NAMES.map((n) => f[n]);
}
