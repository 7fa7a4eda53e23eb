/** The recommender's core: plan history as compact matrices, the models, and ranking metrics. */

// Data
export type { Catalog, TrainingData, PlanRecord, PlanStatementRecord } from './data/types.ts';
export { Dictionary } from './data/dictionary.ts';
export { CsrMatrix } from './data/csr.ts';
export { buildCatalog, loadCatalog, type CatalogInput } from './data/catalog.ts';
export { TrainingDataBuilder, buildTrainingData } from './data/builder.ts';
export { loadTrainingData, type LoadTrainingDataOptions } from './data/load.ts';
export { temporalSplit, subsetPlans, rowsOfPlans, type Split } from './data/split.ts';
export { planContext, otherStatements, rowActions, eligibilityFilter } from './data/access.ts';
export {
  contextFeatureNames,
  describeFeature,
  householdBucket,
  childrenBucket,
  arrivalBucket,
  CONTEXT_KINDS,
  type ClientContext,
  type ContextKind,
} from './data/context.ts';
export { dayFromIso, isoFromDay, NO_DAY } from './data/dates.ts';

// Models
export type { Recommender, Query, Reason, ReasonKind, Embedder, TextAware, LibraryTexts, Vocabulary } from './models/types.ts';
export { isTextAware } from './models/types.ts';
export { createModel, deserializeModel, embedQuery, isModelName, MODEL_NAMES, type ModelName } from './models/registry.ts';
export { rankActions, type RankOptions } from './models/rank.ts';
export { queryForRow, evaluationRows } from './models/query.ts';
export { gridSearch, gridCombinations, type GridSearchOptions, type GridSearchResult } from './models/tune.ts';
export { PopularityModel, CategoryPopularityModel } from './models/popularity.ts';
export { CooccurrenceModel, type CooccurrenceParams } from './models/cooccurrence.ts';
export { ItemKnnModel, type ItemKnnParams } from './models/itemknn.ts';
export { LocalCooccurrenceModel, type LocalCooccurrenceParams } from './models/local-cooccurrence.ts';
export { EaseModel, easeWeights, type EaseParams } from './models/ease.ts';
export { ContentModel, type ContentParams } from './models/content.ts';
export { ContextLiftModel, type ContextLiftParams } from './models/context-lift.ts';
export {
  HybridModel,
  HYBRID_COMPONENTS,
  DEFAULT_WEIGHTS,
  DEFAULT_COLD_WEIGHTS,
  type HybridParams,
  type HybridWeights,
  type HybridComponent,
  type TuningReport,
} from './models/hybrid.ts';
export { TfidfEmbedder, tokenize, type TfidfState } from './models/tfidf.ts';
export { vocabularyFromCatalog } from './models/vocabulary.ts';

// Metrics
export {
  precisionAtK,
  recallAtK,
  ndcgAtK,
  averagePrecisionAtK,
  reciprocalRank,
  hitAtK,
  catalogueCoverage,
  meanOf,
} from './metrics/ranking.ts';
export { bootstrapCI, pairedBootstrap, type BootstrapOptions, type ConfidenceInterval, type PairedComparison } from './metrics/bootstrap.ts';
export { evaluateModel, evaluateModelWithText, evaluateRows, DEFAULT_KS, METRIC_NAMES, type Evaluation, type EvaluateOptions } from './metrics/evaluate.ts';
export { seededRandom } from './metrics/random.ts';

// Feedback, registry, training and serving
export { FeedbackAdjustedModel, type DecisionCount, type FeedbackParams } from './models/feedback.ts';
export { DECISIONS, DECISION_REASONS, loadDecisionCounts, exportDecisions, type Decision, type DecisionReason, type ExportedDecision } from './feedback/decisions.ts';
export {
  MODEL_CHANNEL,
  ModelVersionError,
  saveModelVersion,
  activateModelVersion,
  rollbackModelVersion,
  listModelVersions,
  getModelVersion,
  loadActiveModelVersion,
  type ModelVersionInfo,
} from './registry/store.ts';
export { trainRecommender, type TrainOptions, type TrainReport, type TrainStage } from './training/train.ts';
export { Suggester, type Actor, type SuggestRequest, type SuggestResponse, type DecisionInput, type DecisionResult } from './serving/suggester.ts';
export { SuggestionError } from './serving/errors.ts';
