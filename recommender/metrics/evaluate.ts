import { eligibilityFilter, rowActions } from '../data/access.ts';
import type { Split } from '../data/split.ts';
import type { TrainingData } from '../data/types.ts';
import { evaluationRows, queryForRow } from '../models/query.ts';
import { rankActions } from '../models/rank.ts';
import { embedQuery } from '../models/registry.ts';
import type { Query, Recommender } from '../models/types.ts';
import { sampleWithoutReplacement } from './random.ts';
import { averagePrecisionAtK, catalogueCoverage, hitAtK, meanOf, ndcgAtK, precisionAtK, recallAtK, reciprocalRank } from './ranking.ts';

export const DEFAULT_KS = [1, 3, 5, 10];
export const METRIC_NAMES = ['precision', 'recall', 'ndcg', 'map', 'hit', 'rr'] as const;

export interface EvaluateOptions {
  /** Which part of the split is scored; default 'test'. */
  part?: 'train' | 'validation' | 'test';
  ks?: number[];
  /** Drop actions the client is not eligible for before ranking, as serving does; default true. */
  eligibleOnly?: boolean;
  /** Score a seeded random sample of at most this many queries. */
  maxQueries?: number;
  seed?: number;
}

export interface Evaluation {
  model: string;
  /** The rows (statement instances) that made queries, aligned with perQuery values. */
  rows: Int32Array;
  ks: number[];
  /** "ndcg@10" → one value per query. */
  perQuery: Record<string, Float64Array>;
  means: Record<string, number>;
  /** "coverage@10" → share of the action catalogue suggested at least once. */
  coverage: Record<string, number>;
}

/**
 * Scores an already fitted model on one part of a split with the offline protocol: for each
 * (plan, library statement) with at least one action, the model sees the client context and
 * all the plan's statements, and the relevant items are the actions attached to that statement.
 */
export function evaluateModel(model: Recommender, data: TrainingData, split: Split, options: EvaluateOptions = {}): Evaluation {
  let rows = evaluationRows(data, split[options.part ?? 'test']);
  if (options.maxQueries !== undefined) rows = sampleWithoutReplacement(rows, options.maxQueries, options.seed ?? 1);
  return evaluateRows(model, data, rows, options);
}

/**
 * The same protocol including free-text statements, each embedded with the model's embedder
 * (content, hybrid); other models score free text without a statement. Rows whose
 * data.rowStatement is -1 in the result are the free-text queries.
 */
export async function evaluateModelWithText(
  model: Recommender,
  data: TrainingData,
  split: Split,
  options: EvaluateOptions = {},
): Promise<Evaluation> {
  let rows = evaluationRows(data, split[options.part ?? 'test'], { includeFreeText: true });
  if (options.maxQueries !== undefined) rows = sampleWithoutReplacement(rows, options.maxQueries, options.seed ?? 1);
  const queries = await Promise.all(Array.from(rows, (r) => embedQuery(model, queryForRow(data, r))));
  return evaluateRows(model, data, rows, options, queries);
}

/** The same protocol on explicit rows of `data` (see evaluationRows for which rows qualify). */
export function evaluateRows(
  model: Recommender,
  data: TrainingData,
  rows: Int32Array,
  options: Pick<EvaluateOptions, 'ks' | 'eligibleOnly'> = {},
  queries?: Query[],
): Evaluation {
  const ks = options.ks ?? DEFAULT_KS;
  const maxK = Math.max(...ks);
  const eligibility = model.vocabulary.actionEligibility;
  const perQuery: Record<string, Float64Array> = {};
  for (const k of ks) for (const m of METRIC_NAMES) perQuery[`${m}@${k}`] = new Float64Array(rows.length);
  const lists: number[][] = [];

  rows.forEach((row, q) => {
    const query = queries?.[q] ?? queryForRow(data, row);
    const relevant = new Set(rowActions(data, row));
    const eligible = options.eligibleOnly === false ? undefined : eligibilityFilter(eligibility, query.context);
    const ranked = rankActions(model.score(query), { k: maxK, eligible });
    lists.push(ranked);
    for (const k of ks) {
      perQuery[`precision@${k}`][q] = precisionAtK(ranked, relevant, k);
      perQuery[`recall@${k}`][q] = recallAtK(ranked, relevant, k);
      perQuery[`ndcg@${k}`][q] = ndcgAtK(ranked, relevant, k);
      perQuery[`map@${k}`][q] = averagePrecisionAtK(ranked, relevant, k);
      perQuery[`hit@${k}`][q] = hitAtK(ranked, relevant, k);
      perQuery[`rr@${k}`][q] = reciprocalRank(ranked, relevant, k);
    }
  });

  const means: Record<string, number> = {};
  for (const [key, values] of Object.entries(perQuery)) means[key] = meanOf(values);
  const coverage: Record<string, number> = {};
  for (const k of ks) coverage[`coverage@${k}`] = catalogueCoverage(lists, eligibility.length, k);
  return { model: model.name, rows, ks, perQuery, means, coverage };
}
