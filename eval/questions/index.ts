/** eval/questions: the labeled newcomer question set (retrieval, handoff, crisis, intents) and its loaders. */
export * from './types.ts';
export { loadQuestionSet, parseQuestionSet, QuestionSetError, DEFAULT_QUESTIONS_FILE } from './load.ts';
export { assignSplits, CALIBRATION_SHARE } from './split.ts';
export { readContentCatalogue, serviceFitsProfile, type ContentCatalogue, type DirectoryService } from './content.ts';
export { loadExternalQuestions, CDS_QUESTIONS_DIR, ExternalDataError, type ExternalQuestion, type ExternalSource } from './external.ts';
