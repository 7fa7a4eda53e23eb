/** eval/: offline evaluation for researchers — recommender and chatbot, reports and the research export. */

// The labeled question set (retrieval, handoff, crisis, intents) and its loaders.
export * from './questions/index.ts';

// Running an evaluation and its report.
export { runEvaluation, jsonSafe, EVAL_TARGETS, REPORTS_DIR, type EvalRunOptions, type EvalRunResult, type EvalTarget } from './run.ts';
export type { EvalReport, RunInfo, DataInfo, ModelVersionSummary } from './report/types.ts';
export { renderHtml } from './report/html.ts';
export { barChart, dotPlot, lineChart, histogram, escapeHtml, type BarItem, type Series } from './report/svg.ts';
export { gitState, timestampFolder } from './report/meta.ts';

// Shared statistics and privacy.
export { Pseudonymizer, PseudonymKeyError, MIN_KEY_LENGTH } from './common/pseudonym.ts';
export { ci, paired, holmAdjust, quantile, bestWorstGap, wilson, type BootstrapSettings, type GapReport, type GroupScore } from './common/stats.ts';

// Recommender.
export { loadEvaluationData, type EvaluationData, type LoadEvaluationOptions } from './recommender/data.ts';
export { makeSplit, SPLIT_NAMES, SplitError, type EvalSplit, type SplitName, type SplitOptions } from './recommender/splits.ts';
export { fitModels, type FittedModels, type FitOptions } from './recommender/models.ts';
export {
  evaluateRecommender,
  pairwiseMatrix,
  HEADLINE_METRICS,
  PRIMARY_METRIC,
  SERVED_MODEL,
  type RecommenderReport,
  type RecommenderEvalOptions,
  type SplitResult,
  type ModelResult,
  type PairwiseMatrix,
} from './recommender/evaluate.ts';
export { subgroupBreakdown, groupOfRow, SUBGROUP_DIMENSIONS, type SubgroupDimension, type DimensionBreakdown } from './recommender/subgroups.ts';
export { replayDecisions, replayCases, type ReplayResult } from './recommender/replay.ts';
export { exportForResearchers, type ExportedPlan, type ExportSummary } from './recommender/export.ts';

// Chatbot: the ports a bot plugs into, the metrics and the run.
export type { RetrieverUnderTest, IntentClassifierUnderTest, BotUnderTest, BotDecision, RetrievedItem, RetrieveOptions, ItemKind } from './bot/port.ts';
export { recallAt, hitAt, reciprocalRankAt, ndcgAt, rankingOf, retrievalMetrics, summarizeLatency, thresholdCurve, confusionPoint, bestF1, type ThresholdPoint, type LatencySummary } from './bot/metrics.ts';
export { loadBeirCases, casesFromQuestions, BeirDatasetError, type BotCase, type BeirCases } from './bot/cases.ts';
export { evaluateRetrieval, evaluateClassifier, compareConfigurations, retrievalCases, type RetrievalResult, type ClassifierResult } from './bot/evaluate.ts';
export { evaluateBot, type BotReport } from './bot/run.ts';
export { parseRunFile, loadRunFile, runFileRetriever, RunFileError } from './bot/run-file.ts';
export { plugBot } from './bot/plug.ts';
export { realBot, realBotOnBeir, intentClassifier, itemOfHit } from './bot/real-bot.ts';
