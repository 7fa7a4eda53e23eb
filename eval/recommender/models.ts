/**
 * Fits every registered model, the random baseline and (when there are decisions) the
 * feedback-adjusted hybrid on one training set, the way `npm run train` does: the hybrid is tuned
 * on validation and its fitted components (cooccurrence, ease, …) are the registry's models fitted
 * on the same plans with default parameters, so each is fitted once.
 */
import {
  FeedbackAdjustedModel,
  HybridModel,
  MODEL_NAMES,
  createModel,
  type DecisionCount,
  type Embedder,
  type HybridWeights,
  type Recommender,
  type TrainingData,
  type TuningReport,
} from '../../recommender/index.ts';
import { RandomModel } from '../../recommender/training/evaluation.ts';

export interface FittedModels {
  /** MODEL_NAMES order, then feedback_adjusted (when decisions exist), then random. */
  models: Recommender[];
  hybrid: HybridModel;
  tuning: TuningReport | null;
}

export interface FitOptions {
  embedder: Embedder;
  /** Later plans to tune the hybrid on; absent: use `weights` (or the defaults). */
  validation?: TrainingData | null;
  weights?: { weights: HybridWeights; coldWeights: HybridWeights; freeTextWeights: HybridWeights };
  /** Decisions on training plans, folded into a feedback_adjusted hybrid (skipped when empty). */
  decisions?: DecisionCount[];
  seed: number;
}

export async function fitModels(train: TrainingData, options: FitOptions): Promise<FittedModels> {
  const texts = { statementTexts: train.catalog.statementTexts, actionTexts: train.catalog.actionTexts };
  const hybrid = new HybridModel();
  await hybrid.prepare(options.embedder, texts);
  if (options.validation && options.validation.planCount > 0) hybrid.fit(train, { validation: options.validation, tuning: { seed: options.seed } });
  else hybrid.fit(train, { ...options.weights });
  const components = hybrid.components as Readonly<Record<string, Recommender>>;
  const models: Recommender[] = [];
  for (const name of MODEL_NAMES) {
    if (name === 'hybrid') models.push(hybrid);
    else if (components[name]) models.push(components[name]);
    else {
      const model = createModel(name);
      model.fit(train);
      models.push(model);
    }
  }
  const decisions = options.decisions ?? [];
  if (decisions.length > 0) models.push(FeedbackAdjustedModel.wrap(hybrid, decisions));
  models.push(new RandomModel(hybrid.vocabulary, options.seed));
  return { models, hybrid, tuning: hybrid.tuning ?? null };
}

export function tunedWeights(hybrid: HybridModel): NonNullable<FitOptions['weights']> {
  return { weights: hybrid.weights, coldWeights: hybrid.coldWeights, freeTextWeights: hybrid.freeTextWeights };
}
