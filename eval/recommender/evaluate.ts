/**
 * The recommender evaluation: for each split, every model on the same held-out queries (so
 * comparisons are paired), 95% bootstrap intervals, a paired-test matrix, cold start, free text,
 * subgroups and the replay of logged decisions. Models are scored with the recommender's own
 * evaluateRows (eligibility filtered, as served).
 */
import {
  DEFAULT_KS,
  METRIC_NAMES,
  embedQuery,
  evaluateRows,
  evaluationRows,
  queryForRow,
  subsetPlans,
  isoFromDay,
  NO_DAY,
  type DecisionCount,
  type Embedder,
  type Evaluation,
  type ExportedDecision,
  type Recommender,
  type TrainingData,
  type TuningReport,
} from '../../recommender/index.ts';
import { sampleWithoutReplacement } from '../../recommender/metrics/random.ts';
import { coldStartSplit } from '../../recommender/training/evaluation.ts';
import { ci, holmAdjust, paired, pairedZTest, type BootstrapSettings, type ConfidenceInterval, type PairedComparison } from '../common/stats.ts';
import type { EvaluationData } from './data.ts';
import { fitModels, tunedWeights } from './models.ts';
import { replayDecisions, type ReplayResult } from './replay.ts';
import { makeSplit, type EvalSplit, type SplitName, type SplitOptions } from './splits.ts';
import { subgroupBreakdown, type DimensionBreakdown } from './subgroups.ts';

/** The figures a reader looks at first; each is also broken down by subgroup. */
export const HEADLINE_METRICS = ['ndcg@10', 'recall@5', 'precision@5', 'map@10', 'rr@10', 'hit@5'] as const;
/** The metric of the paired-test matrix. */
export const PRIMARY_METRIC = 'ndcg@10';
/** The model that is served (what every other model is compared with). */
export const SERVED_MODEL = 'hybrid';

export interface ModelResult {
  model: string;
  queries: number;
  /** "ndcg@10" → mean with its 95% bootstrap interval, for every metric at every k. */
  metrics: Record<string, ConfidenceInterval>;
  /** "coverage@10" → share of the action catalogue suggested at least once. */
  coverage: Record<string, number>;
}

export interface PairwiseMatrix {
  metric: string;
  models: string[];
  /**
   * cells[i][j]: model i minus model j, null on the diagonal. Interval and pValue from the paired
   * bootstrap; pZ from a paired z-test (no resampling floor), Holm-adjusted over all pairs as pHolm.
   */
  cells: ((PairedComparison & { pZ: number; pHolm: number }) | null)[][];
}

export type Section<T> = ({ skipped: false } & T) | { skipped: true; note: string };

export interface SplitResult {
  split: SplitName;
  description: string;
  plans: { train: number; validation: number; test: number };
  /** Dates of the test plans (all splits) and the temporal boundaries (temporal split). */
  range: { testFrom: string | null; testTo: string | null; validationFrom?: string; testStart?: string };
  queries: number;
  models: ModelResult[];
  pairwise: PairwiseMatrix;
  /** The served model minus each other model, on every headline metric. */
  versusServed: Record<string, Record<string, PairedComparison>>;
  coldStart: Section<{ heldOutStatements: number; queries: number; models: ModelResult[] }>;
  freeText: Section<{ queries: number; models: ModelResult[] }>;
  subgroups: DimensionBreakdown[];
  replay: ReplayResult;
  tuning: TuningReport | null;
  seconds: Record<string, number>;
}

export interface RecommenderEvalOptions {
  splits: readonly SplitName[];
  seed: number;
  embedder: Embedder;
  /** Held-out queries per split (seeded sample; default 20,000). */
  maxQueries?: number;
  bootstrapSamples?: number;
  ks?: number[];
  coldStartShare?: number;
  minGroupSize?: number;
  split?: Omit<SplitOptions, 'seed'>;
  onProgress?: (task: string, done: number, total: number) => void;
}

export interface RecommenderReport {
  splits: SplitResult[];
  headlineMetrics: string[];
  primaryMetric: string;
  servedModel: string;
  ks: number[];
}

export async function evaluateRecommender(input: EvaluationData, options: RecommenderEvalOptions): Promise<RecommenderReport> {
  const results: SplitResult[] = [];
  for (const name of options.splits) results.push(await evaluateSplit(input, name, options));
  return { splits: results, headlineMetrics: [...HEADLINE_METRICS], primaryMetric: PRIMARY_METRIC, servedModel: SERVED_MODEL, ks: options.ks ?? DEFAULT_KS };
}

function summarize(e: Evaluation, boot: BootstrapSettings): ModelResult {
  const metrics: Record<string, ConfidenceInterval> = {};
  for (const k of e.ks) for (const m of METRIC_NAMES) metrics[`${m}@${k}`] = ci(e.perQuery[`${m}@${k}`], boot);
  return { model: e.model, queries: e.rows.length, metrics, coverage: e.coverage };
}

/** Decisions on training plans, summed per (statement, action): what a model trained on them may fold in. */
function trainingDecisionCounts(data: TrainingData, decisions: readonly ExportedDecision[], trainPlans: Int32Array): DecisionCount[] {
  const train = new Set<string>();
  for (const p of trainPlans) train.add(data.planIds[p]);
  const counts = new Map<string, DecisionCount>();
  for (const d of decisions) {
    if (d.decision === null || d.statementId === null || d.plan === null || !train.has(d.plan)) continue;
    const key = `${d.statementId}\u0000${d.actionId}`;
    let c = counts.get(key);
    if (!c) counts.set(key, (c = { statementId: d.statementId, actionId: d.actionId, accepted: 0, rejected: 0 }));
    c[d.decision]++;
  }
  return [...counts.values()];
}

async function evaluateSplit(input: EvaluationData, name: SplitName, options: RecommenderEvalOptions): Promise<SplitResult> {
  const { data } = input;
  const seed = options.seed;
  const boot: BootstrapSettings = { samples: options.bootstrapSamples ?? 1000, seed };
  const ks = options.ks ?? DEFAULT_KS;
  const maxQueries = options.maxQueries ?? 20_000;
  const progress = options.onProgress ?? (() => {});
  const seconds: Record<string, number> = {};
  let t = performance.now();
  const lap = (stage: string) => {
    seconds[stage] = Math.round(performance.now() - t) / 1000;
    t = performance.now();
  };

  const split = makeSplit(name, data, input.planClient, { seed, ...options.split });
  const train = subsetPlans(data, split.train);
  const validation = split.validation.length > 0 ? subsetPlans(data, split.validation) : null;
  progress(`${name}: fitting models`, 0, 1);
  const fitted = await fitModels(train, {
    embedder: options.embedder,
    validation,
    decisions: trainingDecisionCounts(data, input.decisions, split.train),
    seed,
  });
  progress(`${name}: fitting models`, 1, 1);
  lap('fit');

  const rows = sampleWithoutReplacement(evaluationRows(data, split.test), maxQueries, seed);
  const evaluations: Evaluation[] = [];
  fitted.models.forEach((model, i) => {
    progress(`${name}: scoring models`, i, fitted.models.length);
    evaluations.push(evaluateRows(model, data, rows, { ks }));
  });
  progress(`${name}: scoring models`, fitted.models.length, fitted.models.length);
  lap('evaluate');

  progress(`${name}: intervals and paired tests`, 0, 1);
  const models = evaluations.map((e) => summarize(e, boot));
  const pairwise = pairwiseMatrix(evaluations, PRIMARY_METRIC, boot);
  const served = evaluations.find((e) => e.model === SERVED_MODEL)!;
  const versusServed: SplitResult['versusServed'] = {};
  for (const metric of HEADLINE_METRICS) {
    versusServed[metric] = {};
    for (const e of evaluations) if (e !== served) versusServed[metric][e.model] = paired(served.perQuery[metric], e.perQuery[metric], boot);
  }
  progress(`${name}: intervals and paired tests`, 1, 1);
  lap('intervals');

  progress(`${name}: subgroups`, 0, 1);
  const subgroups = subgroupBreakdown(data, evaluations, { metrics: HEADLINE_METRICS, boot, minGroupSize: options.minGroupSize ?? 30 });
  progress(`${name}: subgroups`, 1, 1);
  lap('subgroups');

  progress(`${name}: cold start`, 0, 1);
  const coldStart = await coldStartSection(data, split, fitted.hybrid, options, boot, maxQueries);
  progress(`${name}: cold start`, 1, 1);
  lap('cold_start');

  progress(`${name}: free text`, 0, 1);
  const freeText = await freeTextSection(data, split, fitted.models, ks, boot, maxQueries, seed);
  progress(`${name}: free text`, 1, 1);
  lap('free_text');

  const replay = replayDecisions(data, input.decisions, split.test, fitted.models);
  lap('replay');

  return {
    split: name,
    description: split.description,
    plans: { train: split.train.length, validation: split.validation.length, test: split.test.length },
    range: { ...testRange(data, split), ...(split.testStartDay !== NO_DAY ? { validationFrom: isoFromDay(split.validationStartDay), testStart: isoFromDay(split.testStartDay) } : {}) },
    queries: rows.length,
    models,
    pairwise,
    versusServed,
    coldStart,
    freeText,
    subgroups,
    replay,
    tuning: fitted.tuning,
    seconds,
  };
}

function testRange(data: TrainingData, split: EvalSplit): { testFrom: string | null; testTo: string | null } {
  let min = Infinity;
  let max = -Infinity;
  for (const p of split.test) {
    min = Math.min(min, data.planDay[p]);
    max = Math.max(max, data.planDay[p]);
  }
  return Number.isFinite(min) ? { testFrom: isoFromDay(min), testTo: isoFromDay(max) } : { testFrom: null, testTo: null };
}

export function pairwiseMatrix(evaluations: readonly Evaluation[], metric: string, boot: BootstrapSettings): PairwiseMatrix {
  const names = evaluations.map((e) => e.model);
  const raw: (PairedComparison | null)[][] = evaluations.map((a, i) =>
    evaluations.map((b, j) => {
      if (i === j) return null;
      // Each unordered pair is tested once; the mirror cell is its negation.
      if (j < i) return null;
      return paired(a.perQuery[metric], b.perQuery[metric], boot);
    }),
  );
  const upper: { i: number; j: number; pZ: number }[] = [];
  raw.forEach((row, i) =>
    row.forEach((c, j) => {
      if (c) upper.push({ i, j, pZ: pairedZTest(evaluations[i].perQuery[metric], evaluations[j].perQuery[metric]).pValue });
    }),
  );
  const adjusted = holmAdjust(upper.map((u) => u.pZ));
  const cells: PairwiseMatrix['cells'] = names.map(() => names.map(() => null));
  upper.forEach(({ i, j, pZ }, u) => {
    const c = raw[i][j]!;
    cells[i][j] = { ...c, pZ, pHolm: adjusted[u] };
    cells[j][i] = { meanDifference: -c.meanDifference, lower: -c.upper, upper: -c.lower, pValue: c.pValue, n: c.n, pZ, pHolm: adjusted[u] };
  });
  return { metric, models: names, cells };
}

async function coldStartSection(
  data: TrainingData,
  split: EvalSplit,
  tunedHybrid: Parameters<typeof tunedWeights>[0],
  options: RecommenderEvalOptions,
  boot: BootstrapSettings,
  maxQueries: number,
): Promise<SplitResult['coldStart']> {
  const cold = coldStartSplit(data, split, { share: options.coldStartShare ?? 0.15, seed: options.seed, maxQueries });
  if (cold.rows.length === 0) return { skipped: true, note: 'no held-out statement has a query in the test plans' };
  // The cold models keep the weights tuned for the main models: tuning on cold data would need a cold validation set.
  const fitted = await fitModels(cold.train, { embedder: options.embedder, weights: tunedWeights(tunedHybrid), seed: options.seed });
  const models = fitted.models.map((m) => summarize(evaluateRows(m, data, cold.rows, { ks: options.ks ?? DEFAULT_KS }), boot));
  return { skipped: false, heldOutStatements: cold.heldOut.length, queries: cold.rows.length, models };
}

async function freeTextSection(
  data: TrainingData,
  split: EvalSplit,
  models: readonly Recommender[],
  ks: number[],
  boot: BootstrapSettings,
  maxQueries: number,
  seed: number,
): Promise<SplitResult['freeText']> {
  const all = evaluationRows(data, split.test, { includeFreeText: true }).filter((r) => data.rowStatement[r] < 0);
  if (all.length === 0) return { skipped: true, note: 'no free-text statement with actions in the test plans' };
  const rows = sampleWithoutReplacement(all, maxQueries, seed);
  const results: ModelResult[] = [];
  for (const model of models) {
    const queries = await Promise.all(Array.from(rows, (r) => embedQuery(model, queryForRow(data, r))));
    results.push(summarize(evaluateRows(model, data, rows, { ks }, queries), boot));
  }
  return { skipped: false, queries: rows.length, models: results };
}
