import { subsetPlans, type Split } from '../data/split.ts';
import type { TrainingData } from '../data/types.ts';
import { bootstrapCI, pairedBootstrap, type ConfidenceInterval, type PairedComparison } from '../metrics/bootstrap.ts';
import { evaluateRows, type Evaluation } from '../metrics/evaluate.ts';
import { seededRandom, sampleWithoutReplacement } from '../metrics/random.ts';
import { evaluationRows } from '../models/query.ts';
import type { Query, Recommender, Vocabulary } from '../models/types.ts';

/** The two figures the acceptance rests on, with their 95% bootstrap intervals. */
export const HEADLINE_METRICS = ['recall@1', 'recall@3', 'recall@5', 'recall@10', 'ndcg@10', 'precision@5', 'map@10', 'hit@5', 'rr@10'] as const;

export interface ModelScore {
  model: string;
  queries: number;
  metrics: Record<string, ConfidenceInterval>;
  coverage10: number;
}

export function summarize(evaluation: Evaluation, options: { samples: number; seed: number }): ModelScore {
  const metrics: Record<string, ConfidenceInterval> = {};
  for (const m of HEADLINE_METRICS) {
    if (evaluation.perQuery[m]) metrics[m] = bootstrapCI(evaluation.perQuery[m], options);
  }
  return { model: evaluation.model, queries: evaluation.rows.length, metrics, coverage10: evaluation.coverage['coverage@10'] ?? NaN };
}

export function compare(a: Evaluation, b: Evaluation, metric: string, options: { samples: number; seed: number }): PairedComparison {
  return pairedBootstrap(a.perQuery[metric], b.perQuery[metric], options);
}

/**
 * Random suggestion: a uniformly random order of the eligible actions, seeded per query. The
 * yardstick for cold start ("at least 5× random").
 */
export class RandomModel implements Recommender {
  readonly name = 'random';
  private calls = 0;
  constructor(
    readonly vocabulary: Vocabulary,
    private readonly seed = 1,
  ) {}
  fit(): void {}
  score(_query: Query): Float32Array {
    const random = seededRandom(this.seed * 7919 + this.calls++);
    return Float32Array.from({ length: this.vocabulary.actionIds.length }, () => random());
  }
  explain(): [] {
    return [];
  }
  serialize(): Uint8Array {
    throw new Error('the random baseline is never stored');
  }
}

export interface ColdStartSplit {
  /** Library statement indices held out of training entirely. */
  heldOut: Int32Array;
  /** Training plans without any held-out statement. */
  train: TrainingData;
  /** Test-window rows (of the full data) whose statement is held out. */
  rows: Int32Array;
}

/**
 * Cold start as it happens when the library grows: a seeded `share` of the statements used in
 * the test window never appear in training (every training plan holding one is dropped), and the
 * model is asked about them in the test window.
 */
export function coldStartSplit(data: TrainingData, split: Split, options: { share: number; seed: number; maxQueries: number }): ColdStartSplit {
  const inTest = new Set<number>();
  for (const r of evaluationRows(data, split.test)) inTest.add(data.rowStatement[r]);
  const candidates = Int32Array.from([...inTest].sort((a, b) => a - b));
  const heldOut = sampleWithoutReplacement(candidates, Math.max(1, Math.round(candidates.length * options.share)), options.seed);
  const held = new Set(heldOut);
  const trainPlans = split.train.filter((p) => {
    for (let r = data.planRowStart[p]; r < data.planRowStart[p + 1]; r++) if (held.has(data.rowStatement[r])) return false;
    return true;
  });
  const rows = evaluationRows(data, split.test).filter((r) => held.has(data.rowStatement[r]));
  return { heldOut, train: subsetPlans(data, trainPlans), rows: sampleWithoutReplacement(rows, options.maxQueries, options.seed) };
}

export function evaluateOn(model: Recommender, data: TrainingData, rows: Int32Array): Evaluation {
  return evaluateRows(model, data, rows, { ks: [1, 3, 5, 10] });
}
