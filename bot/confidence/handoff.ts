/**
 * The handoff decision for a question no rule routed: weighs the retrieval confidence (is there a
 * good answer?) against the handoff text model's reading (does this message need a person?), by a
 * logistic regression fitted on the calibration split with out-of-fold answer probabilities and
 * text scores, so it weighs both as they behave on messages they never saw. fit.ts prints the
 * 5-fold AUC of each input alone and of both (README, "Measured figures").
 */
import { predict, type LogisticModel } from './logistic.ts';

export const HANDOFF_INPUTS = ['answerLogOdds', 'handoffTextLogOdds'] as const;

export interface HandoffDecision extends LogisticModel {
  /** Hand off when the needs-a-person probability is above this cut. */
  cut: number;
  /** The handoff text model this was fitted for (handoffModelFingerprint of the full model). */
  textModelFingerprint: string;
}

/** The answer probability's log-odds, bounded so a probability of exactly 0 or 1 stays finite. */
export const clampedLogit = (p: number) => {
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
