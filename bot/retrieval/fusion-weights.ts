/**
 * How much each ranked list counts in reciprocal rank fusion, by the query's language: the
 * question's own words (BM25), the sentence embedding (dense) and its English translation (BM25
 * over the translated words). Tuned on the calibration split of eval/data/questions.jsonl only
 * (bot/retrieval/tune-fusion.ts; retuned after the second and third authors' messages joined it,
 * 252 non-English answerable questions). Scaled so the largest weight is 1; the test and holdout
 * splits report them.
 */
import { baseLanguage } from '../index/analyze/analyzer.ts';
import type { SearchMode } from './search.ts';

export interface FusionWeights {
  lexical: number;
  dense: number;
  translated: number;
}

export const DEFAULT_FUSION_WEIGHTS: FusionWeights = { lexical: 1, dense: 1, translated: 1 };

/** Per-language weights for hybrid retrieval (languages not listed use the default). */
export const HYBRID_WEIGHTS: Record<string, FusionWeights> = {
  ar: { lexical: 0.125, dense: 0.125, translated: 1.0 },
  es: { lexical: 0.125, dense: 0.0, translated: 1.0 },
  fa: { lexical: 0.167, dense: 0.167, translated: 1.0 },
  fr: { lexical: 0.125, dense: 0.125, translated: 1.0 },
  pa: { lexical: 0.167, dense: 0.0, translated: 1.0 },
  uk: { lexical: 1.0, dense: 0.167, translated: 1.0 },
  zh: { lexical: 0.25, dense: 0.0, translated: 1.0 },
};

/** Per-language weights for lexical retrieval with translation (no dense list). */
export const LEXICAL_WEIGHTS: Record<string, FusionWeights> = {
  ar: { lexical: 0.125, dense: 0.0, translated: 1.0 },
  es: { lexical: 0.125, dense: 0.0, translated: 1.0 },
  fa: { lexical: 0.167, dense: 0.0, translated: 1.0 },
  fr: { lexical: 0.125, dense: 0.0, translated: 1.0 },
  pa: { lexical: 0.167, dense: 0.0, translated: 1.0 },
  uk: { lexical: 1.0, dense: 0.0, translated: 1.0 },
  zh: { lexical: 0.25, dense: 0.0, translated: 1.0 },
};

/**
 * Weights were tuned with the MUSE dictionaries present; a language translated by its glossary
 * alone (`dictionary` false, for a language that normally has one) falls back to equal weights.
 */
export function fusionWeights(language: string, mode: SearchMode, options: { dictionary?: boolean } = {}): FusionWeights {
  if (options.dictionary === false) return DEFAULT_FUSION_WEIGHTS;
  const table = mode === 'lexical' ? LEXICAL_WEIGHTS : HYBRID_WEIGHTS;
  return table[baseLanguage(language)] ?? DEFAULT_FUSION_WEIGHTS;
}
