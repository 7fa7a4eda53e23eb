/**
 * The handoff decision for a question no rule routed: weighs the retrieval confidence (is there a
 * good answer?) against the handoff text model's reading (does this message need a person?), by a
 * logistic regression fitted on the calibration split with out-of-fold text scores, so it weighs
 * the text model as it does on messages it never saw. On the held-out sets of the third and fourth
 * authors this pair separated "needs a person" from "answerable" with AUC 0.87–0.88, against
 * 0.78–0.82 for the confidence alone (fit.ts prints the cross-validated figures).
 */
import { predict, type LogisticModel } from './logistic.ts';

export const HANDOFF_INPUTS = ['answerLogOdds', 'handoffTextLogOdds'] as const;

export interface HandoffDecision extends LogisticModel {
  /** Hand off when the decision's probability is above this. */
  threshold: number;
  /** SHA-256 of the text model's training messages when this was fitted (handoffDataHash). */
  dataHash: string;
}

const clampedLogit = (p: number) => {
  const q = Math.min(1 - 1e-4, Math.max(1e-4, p));
  return Math.log(q / (1 - q));
};

export function handoffInputs(answerProbability: number, handoffTextLogOdds: number): number[] {
  return [clampedLogit(answerProbability), handoffTextLogOdds];
}

/** Probability that the message needs a person rather than an answer. */
export function handoffProbability(d: LogisticModel, answerProbability: number, handoffTextLogOdds: number): number {
  return predict(d, handoffInputs(answerProbability, handoffTextLogOdds));
}
