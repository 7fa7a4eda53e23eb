import type { TrainingData } from '../data/types.ts';
import { evaluateRows } from '../metrics/evaluate.ts';
import { sampleWithoutReplacement } from '../metrics/random.ts';
import { evaluationRows } from './query.ts';
import type { Recommender } from './types.ts';

export interface GridSearchOptions {
  /** Metric to maximize, e.g. "ndcg@10" (see evaluate.ts for the names). */
  metric?: string;
  maxQueries?: number;
  seed?: number;
}

export interface GridSearchResult {
  best: Record<string, unknown>;
  bestValue: number;
  tried: { params: Record<string, unknown>; value: number }[];
}

/** Every combination of the grid's values, in a stable order. */
export function gridCombinations(grid: Record<string, unknown[]>): Record<string, unknown>[] {
  let combos: Record<string, unknown>[] = [{}];
  for (const [key, values] of Object.entries(grid)) combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  return combos;
}

/**
 * Fits the model on `train` with each parameter combination and keeps the best on `validation`;
 * the model is left fitted with the best parameters. The same instance is reused, so a content
 * model prepared once keeps its vectors across fits.
 */
export function gridSearch(
  model: Recommender,
  train: TrainingData,
  validation: TrainingData,
  grid: Record<string, unknown[]>,
  options: GridSearchOptions = {},
): GridSearchResult {
  const metric = options.metric ?? 'ndcg@10';
  const k = Number(metric.split('@')[1] ?? 10);
  const rows = sampleWithoutReplacement(evaluationRows(validation), options.maxQueries ?? 5000, options.seed ?? 1);
  const tried: GridSearchResult['tried'] = [];
  for (const params of gridCombinations(grid)) {
    model.fit(train, params);
    const value = evaluateRows(model, validation, rows, { ks: [k] }).means[metric];
    if (value === undefined) throw new Error(`unknown metric ${metric}`);
    tried.push({ params, value });
  }
  const best = tried.reduce((a, b) => (b.value > a.value ? b : a));
  model.fit(train, best.params);
  return { best: best.params, bestValue: best.value, tried };
}
