/**
 * A learned reading of whether a message needs a person, for the wordings no handoff rule lists.
 * Each new author of the question set words about a third of their handoffs (own file, named
 * worker, off-topic request) in ways the phrase rules miss, and the retrieval confidence alone
 * cannot tell "retrieval is weak" from "this is a personal case". How a message is written can:
 * "can you check why MY payment…" vs "how is the payment calculated".
 *
 * Model: the shared TextClassifier (text-classifier.ts), trained when first needed (well under a
 * second) on the question set's calibration split: messages labeled handoff or ask_for_person
 * against answerable questions and small talk. Crisis messages are left out (the crisis check owns
 * them). Its log-odds are one input of the handoff decision (bot/confidence/handoff.ts), which
 * weighs them against the retrieval confidence; it never hands off on its own.
 */
import { createHash } from 'node:crypto';
import { loadQuestionSet, type LabeledQuestion } from '../../eval/questions/index.ts';
import { TextClassifier, type TextExample, type TrainOptions } from './text-classifier.ts';

export const HANDOFF_TEXT_TRAINING: Required<Pick<TrainOptions, 'epochs' | 'l2'>> = { epochs: 30, l2: 1e-4 };

export function needsPerson(q: Pick<LabeledQuestion, 'expected'>): boolean {
  return q.expected === 'handoff' || q.expected === 'ask_for_person';
}

/** The calibration split's non-crisis messages (never test or holdout). */
export function handoffTrainingMessages(questions: readonly LabeledQuestion[] = loadQuestionSet()): LabeledQuestion[] {
  return questions.filter((q) => q.split === 'calibration' && q.expected !== 'crisis');
}

export function handoffExamples(messages: readonly LabeledQuestion[]): TextExample[] {
  return messages.map((q) => ({ text: q.text, label: needsPerson(q) ? 1 : 0 }));
}

export function trainHandoffModel(messages: readonly LabeledQuestion[]): TextClassifier {
  return TextClassifier.train(handoffExamples(messages), HANDOFF_TEXT_TRAINING);
}

/** SHA-256 of the training messages, so a stale fitted handoff decision is caught by a test. */
export function handoffDataHash(messages: readonly LabeledQuestion[]): string {
  const h = createHash('sha256');
  for (const q of messages) h.update(`${needsPerson(q) ? 1 : 0}\t${q.text}\n`);
  return h.digest('hex');
}

let shared: TextClassifier | undefined;

/** The production model, trained on first use from the committed calibration split. */
export function defaultHandoffModel(): TextClassifier {
  shared ??= trainHandoffModel(handoffTrainingMessages());
  return shared;
}
