/** bot/confidence: a calibrated probability that the top answer is relevant, and when to say "not sure". */
export { confidenceFeatures, featureVector, FEATURE_NAMES, type Features, type FeatureName, type FeatureContext } from './features.ts';
export { fitLogistic, predict, sigmoid, calibrationError, bestF1Threshold, type LogisticModel, type FitOptions } from './logistic.ts';
export { ConfidenceModel, ConfidenceModelError, DEFAULT_COEFFICIENTS_FILE, type Confidence, type ModeModel, type CoefficientsFile } from './model.ts';
export { relevantInTop, retrievedItems, type LabeledItem } from './labels.ts';
export { bestLowThreshold, bestHandoffCut, handoffFigures, BandsError, type HandoffCase, type HandoffFigures, type ScoredCase } from './bands.ts';
export { handoffInputs, handoffProbability, HANDOFF_INPUTS, type HandoffDecision } from './handoff.ts';
export { notCoveredTopic } from './not-covered.ts';
