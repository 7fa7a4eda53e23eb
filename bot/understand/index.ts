/** bot/understand: what language a message is in, what it asks for, and the crisis reply. */
export {
  detectLanguage,
  loadLanguageDetector,
  createLanguageDetector,
  scriptOfLanguage,
  LanguageInputError,
  MIN_CONFIDENCE,
  type DetectedLanguage,
  type LanguageDetector,
  type LanguageHints,
  type LanguageScorer,
  type LanguageSource,
  type ModelSize,
} from './language.ts';
export { dominantScript, countScripts, SCRIPTS, type Script, type DetectedScript } from './script.ts';
export { classifyIntent, INTENTS, IntentInputError, type Intent, type IntentResult, type ClassifyOptions } from './intents.ts';
export { CrisisModel, defaultCrisisModel, type CrisisExample } from './crisis-model.ts';
export { defaultHandoffModel, handoffModelFingerprint, handoffTrainingMessages, trainHandoffModel, isHandoffLabel } from './handoff-model.ts';
export { TextClassifier, textFeatures, type TextExample } from './text-classifier.ts';
export {
  crisisResponse,
  CrisisKindError,
  CRISIS_LINES,
  LINES_FOR,
  type CrisisResponse,
  type CrisisLine,
  type CrisisLineId,
} from './crisis.ts';
export {
  loadLexicons,
  defaultLexicons,
  compileLexicon,
  LexiconError,
  CRISIS_KINDS,
  type CrisisKind,
  type Lexicon,
} from './lexicons.ts';
