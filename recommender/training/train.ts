import type { Db } from '../../knowledge/db/index.ts';
import { isoFromDay } from '../data/dates.ts';
import { loadTrainingData } from '../data/load.ts';
import { subsetPlans, temporalSplit } from '../data/split.ts';
import type { TrainingData } from '../data/types.ts';
import { loadDecisionCounts } from '../feedback/decisions.ts';
import type { Evaluation } from '../metrics/evaluate.ts';
import { sampleWithoutReplacement } from '../metrics/random.ts';
import { evaluationRows } from '../models/query.ts';
import { ContentModel } from '../models/content.ts';
import { FeedbackAdjustedModel } from '../models/feedback.ts';
import { HybridModel, type TuningReport } from '../models/hybrid.ts';
import { PopularityModel } from '../models/popularity.ts';
import { TfidfEmbedder } from '../models/tfidf.ts';
import type { Embedder, Recommender } from '../models/types.ts';
import { saveModelVersion, type ModelVersionInfo } from '../registry/store.ts';
import { coldStartSplit, compare, evaluateOn, RandomModel, summarize, type ModelScore } from './evaluation.ts';

export interface TrainOptions {
  /** Days before the test window used to tune the hybrid's weights; default 90. */
  validationDays?: number;
  /** The latest days, held out to measure every model; default 90. */
  testDays?: number;
  /** Sentence embedder for content similarity; null or absent: TF-IDF over the library texts. */
  embedder?: Embedder | null;
  /** Evaluation queries sampled from the test window (all when smaller); default 20,000. */
  maxQueries?: number;
  /** Share of the test window's statements held out of training for the cold-start measure; default 0.15. */
  coldStartShare?: number;
  bootstrapSamples?: number;
  seed?: number;
  /** Make the new version the one served (default true). */
  activate?: boolean;
  createdBy?: string;
  /** Stages as they start, and load progress. */
  onStage?: (stage: TrainStage, done?: number, total?: number) => void;
}

export type TrainStage = 'load' | 'split' | 'fit' | 'evaluate' | 'cold_start' | 'refit' | 'store';

export interface TrainReport {
  version: ModelVersionInfo;
  plans: { total: number; train: number; validation: number; test: number };
  range: { from: string | null; validationFrom: string; testFrom: string; to: string };
  decisions: { pairs: number; total: number };
  /** Every model on the same held-out queries, with 95% bootstrap intervals. */
  models: ModelScore[];
  /** Paired bootstrap of the chosen model against each baseline (mean difference and interval). */
  versusBaselines: Record<string, Record<string, { difference: number; lower: number; upper: number; pValue: number }>>;
  coldStart: { heldOutStatements: number; queries: number; content: ModelScore; hybrid: ModelScore; random: ModelScore; ratioToRandom: number };
  tuning: TuningReport | null;
  seconds: Record<string, number>;
  embedder: string;
}

const BASELINES = ['popularity', 'popularity_category', 'cooccurrence'];

/**
 * One training run: load the plan history, tune the hybrid on the validation window, measure
 * every model on the latest window (and cold start on statements never seen), refit the chosen
 * configuration on everything, fold in assessors' decisions, and store it as a model version.
 */
export async function trainRecommender(db: Db, options: TrainOptions = {}): Promise<TrainReport> {
  const stage = options.onStage ?? (() => {});
  const seed = options.seed ?? 42;
  const boot = { samples: options.bootstrapSamples ?? 1000, seed };
  const seconds: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    seconds[name] = Math.round(performance.now() - t) / 1000;
    t = performance.now();
  };

  stage('load');
  const startedAt = new Date();
  const data = await loadTrainingData(db, { onProgress: (done, total) => stage('load', done, total) });
  lap('load');
  if (data.planCount === 0) throw new Error('there are no plans to learn from: import plans or run `npm run seed` first');

  stage('split');
  const split = temporalSplit(data, { validationDays: options.validationDays ?? 90, testDays: options.testDays ?? 90 });
  if (split.train.length === 0 || split.validation.length === 0 || split.test.length === 0) {
    throw new Error(
      `the plan history is too short to split: ${split.train.length} training, ${split.validation.length} validation and ${split.test.length} test plans`,
    );
  }
  const train = subsetPlans(data, split.train);
  const validation = subsetPlans(data, split.validation);
  const texts = { statementTexts: data.catalog.statementTexts, actionTexts: data.catalog.actionTexts };
  const embedder = options.embedder ?? TfidfEmbedder.fit([...texts.statementTexts, ...texts.actionTexts]);
  lap('split');

  stage('fit');
  const popularity = new PopularityModel();
  popularity.fit(train);
  const hybrid = new HybridModel();
  await hybrid.prepare(embedder, texts);
  hybrid.fit(train, { validation });
  lap('fit');

  stage('evaluate');
  const rows = sampleWithoutReplacement(evaluationRows(data, split.test), options.maxQueries ?? 20_000, seed);
  const candidates: Recommender[] = [popularity, ...Object.values(hybrid.components).filter((m) => m.name !== 'context_lift'), hybrid];
  const evaluations = new Map<string, Evaluation>();
  for (const model of candidates) evaluations.set(model.name, evaluateOn(model, data, rows));
  const models = [...evaluations.values()].map((e) => summarize(e, boot));
  const versusBaselines: TrainReport['versusBaselines'] = {};
  for (const baseline of BASELINES) {
    versusBaselines[baseline] = {};
    for (const metric of ['recall@5', 'ndcg@10']) {
      const c = compare(evaluations.get('hybrid')!, evaluations.get(baseline)!, metric, boot);
      versusBaselines[baseline][metric] = { difference: c.meanDifference, lower: c.lower, upper: c.upper, pValue: c.pValue };
    }
  }
  lap('evaluate');

  stage('cold_start');
  const cold = coldStartSplit(data, split, { share: options.coldStartShare ?? 0.15, seed, maxQueries: options.maxQueries ?? 20_000 });
  const coldContent = new ContentModel();
  await coldContent.prepare(embedder, texts);
  coldContent.fit(cold.train);
  const coldHybrid = new HybridModel();
  await coldHybrid.prepare(embedder, texts);
  coldHybrid.fit(cold.train, { weights: hybrid.weights, coldWeights: hybrid.coldWeights, freeTextWeights: hybrid.freeTextWeights });
  const coldScores = {
    content: summarize(evaluateOn(coldContent, data, cold.rows), boot),
    hybrid: summarize(evaluateOn(coldHybrid, data, cold.rows), boot),
    random: summarize(evaluateOn(new RandomModel(coldContent.vocabulary, seed), data, cold.rows), boot),
  };
  lap('cold_start');

  // The served model learns from everything, with the weights tuned on validation.
  stage('refit');
  const served = new HybridModel();
  await served.prepare(embedder, texts);
  served.fit(data, { weights: hybrid.weights, coldWeights: hybrid.coldWeights, freeTextWeights: hybrid.freeTextWeights });
  const decisions = await loadDecisionCounts(db, { until: startedAt });
  const adjusted = FeedbackAdjustedModel.wrap(served, decisions);
  lap('refit');

  stage('store');
  const range = {
    from: firstPlanDate(data),
    validationFrom: isoFromDay(split.validationStartDay),
    testFrom: isoFromDay(split.testStartDay),
    to: isoFromDay(split.endDay),
  };
  const report: Omit<TrainReport, 'version'> = {
    plans: { total: data.planCount, train: split.train.length, validation: split.validation.length, test: split.test.length },
    range,
    decisions: { pairs: adjusted.pairs, total: decisions.reduce((n, d) => n + d.accepted + d.rejected, 0) },
    models,
    versusBaselines,
    coldStart: {
      heldOutStatements: cold.heldOut.length,
      queries: cold.rows.length,
      ...coldScores,
      ratioToRandom: coldScores.content.metrics['recall@10'].mean / coldScores.random.metrics['recall@10'].mean,
    },
    tuning: hybrid.tuning ?? null,
    seconds,
    embedder: embedder.id,
  };
  const version = await saveModelVersion(
    db,
    {
      modelName: 'hybrid',
      params: { weights: hybrid.weights, coldWeights: hybrid.coldWeights, freeTextWeights: hybrid.freeTextWeights, feedbackStrength: adjusted.strength, seed },
      metrics: report as unknown as Record<string, unknown>,
      artifact: adjusted.serialize(),
      embedderId: embedder.id,
      dataFrom: range.from,
      dataTo: range.to,
      trainPlans: data.planCount,
      decisions: report.decisions.total,
      createdBy: options.createdBy ?? null,
    },
    { activate: options.activate ?? true },
  );
  lap('store');
  return { version, ...report };
}

function firstPlanDate(data: TrainingData): string | null {
  let min = Infinity;
  for (let p = 0; p < data.planCount; p++) if (data.planDay[p] < min) min = data.planDay[p];
  return Number.isFinite(min) ? isoFromDay(min) : null;
}
