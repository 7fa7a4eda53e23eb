/**
 * A learned reading of whether a message needs a person, for the wordings no handoff rule lists.
 * Each new author of the question set words about a third of their handoffs (own file, named
 * worker, off-topic request) in ways the phrase rules miss, and the retrieval confidence alone
 * cannot tell "retrieval is weak" from "this is a personal case". How a message is written can:
 * "can you check why MY payment…" vs "how is the payment calculated".
 *
 * Model: the shared TextClassifier (text-classifier.ts), trained when first needed (well under a
 * second) on the question set's calibration split (messages labeled handoff or ask_for_person
 * against answerable questions and small talk; crisis messages are left to the crisis check) and on
 * testdata/handoff-authored.json, messages written for training only by an author who saw neither
 * the bot nor the question set. Its log-odds are one input of the handoff decision
 * (bot/confidence/handoff.ts), which weighs them against the retrieval confidence; it never hands
 * off on its own.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadQuestionSet, type LabeledQuestion } from '../../eval/questions/index.ts';
import { TextClassifier, type TextExample, type TrainOptions } from './text-classifier.ts';

export const AUTHORED_HANDOFF_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'testdata', 'handoff-authored.json');

const authoredFile = z.object({
  about: z.string(),
  messages: z.array(
    z.object({
      text: z.string().min(1),
      language: z.string().min(2),
      needsPerson: z.boolean(),
      why: z.enum(['personal_case', 'asked_for_person', 'no_answer', 'out_of_scope', 'answer', 'small_talk']),
    }),
  ),
});

/** Training-only messages (never measured): testdata/handoff-authored.json. */
export function authoredHandoffExamples(file = AUTHORED_HANDOFF_FILE): TextExample[] {
  const parsed = authoredFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  for (const [i, m] of parsed.data.messages.entries()) {
    if (m.needsPerson !== !['answer', 'small_talk'].includes(m.why)) throw new Error(`${file}: messages.${i}: needsPerson ${m.needsPerson} contradicts why "${m.why}"`);
  }
  return parsed.data.messages.map((m) => ({ text: m.text, label: m.needsPerson ? 1 : 0 }));
}

export const HANDOFF_TEXT_TRAINING: Required<Pick<TrainOptions, 'epochs' | 'l2'>> = { epochs: 30, l2: 1e-4 };

export function isHandoffLabel(q: Pick<LabeledQuestion, 'expected'>): boolean {
  return q.expected === 'handoff' || q.expected === 'ask_for_person';
}

/** The calibration split's non-crisis messages (never test or holdout). */
export function handoffTrainingMessages(questions: readonly LabeledQuestion[] = loadQuestionSet()): LabeledQuestion[] {
  return questions.filter((q) => q.split === 'calibration' && q.expected !== 'crisis');
}

export function handoffExamples(messages: readonly LabeledQuestion[]): TextExample[] {
  return messages.map((q) => ({ text: q.text, label: isHandoffLabel(q) ? 1 : 0 }));
}

/** Trains on the messages and, always, the authored training-only examples. */
export function trainHandoffModel(messages: readonly LabeledQuestion[], authored: readonly TextExample[] = authoredHandoffExamples()): TextClassifier {
  return TextClassifier.train([...handoffExamples(messages), ...authored], HANDOFF_TEXT_TRAINING);
}

// Fixed messages whose scores identify a trained model; any language, any label.
const FINGERPRINT_PROBES = [
  'can you check my file',
  'how do i get a health card',
  'quiero hablar con una persona',
  'ou sont les cours de francais',
  'وين بلاقي دكتور عائلة',
  '我的工作许可过期了怎么办',
  'хто допоможе з документами',
  'ਮੇਰਾ ਫਾਰਮ ਭਰ ਦਿਓ',
];

/**
 * What identifies a trained handoff model: SHA-256 of its rounded scores on fixed probes. It changes
 * with the training data, the settings or the classifier's code alike, so the fitted handoff
 * decision is checked against the model the bot really runs (a test, and Bot.open).
 */
export function handoffModelFingerprint(model: TextClassifier): string {
  const h = createHash('sha256');
  for (const probe of FINGERPRINT_PROBES) h.update(`${model.score(probe).toFixed(4)}\n`);
  return h.digest('hex');
}

let shared: TextClassifier | undefined;

/** The production model, trained on first use from the committed calibration split. */
export function defaultHandoffModel(): TextClassifier {
  shared ??= trainHandoffModel(handoffTrainingMessages());
  return shared;
}
