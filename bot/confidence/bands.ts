/**
 * Where the bot starts handing off, chosen to make handoff precision and recall both as high as
 * possible (maximizes their minimum) over every message, not just questions, because the intent
 * rules' handoffs (asked, out of scope, uncovered topic) count too: the low threshold on the answer
 * probability (hand off / answer and offer a person / answer), and the cut on the handoff
 * decision's needs-a-person probability that replaces it when the handoff text model runs.
 */

export interface HandoffCase {
  /** The message should reach a person (labeled handoff or ask_for_person). */
  shouldHandOff: boolean;
  /** Handed off whatever the confidence (an intent rule or an uncovered topic). */
  byRule: boolean;
  /** The question's answer probability; null when no question was searched (handled by rule). */
  probability: number | null;
}

export interface HandoffFigures {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
}

export class BandsError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'BandsError';
  }
}

/** Handoff precision and recall when `handsOff` says which messages go to a person (NaN for an empty denominator). */
function countHandoffs<C extends { shouldHandOff: boolean }>(cases: readonly C[], handsOff: (c: C) => boolean): HandoffFigures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of cases) {
    const h = handsOff(c);
    if (h && c.shouldHandOff) tp++;
    else if (h) fp++;
    else if (c.shouldHandOff) fn++;
  }
  return { precision: tp + fp ? tp / (tp + fp) : NaN, recall: tp + fn ? tp / (tp + fn) : NaN, tp, fp, fn };
}

/** Handoff precision and recall when questions under `low` are handed off (NaN for an empty denominator). */
export function handoffFigures(cases: readonly HandoffCase[], low: number): HandoffFigures {
  return countHandoffs(cases, (c) => c.byRule || (c.probability !== null && c.probability < low));
}

/**
 * The cut-off among `candidates` maximizing min(precision, recall) of handoff; among equals the
 * one tried last (callers order the candidates so that it is the one handing off more).
 */
function maximizeMinPrecisionRecall(candidates: readonly number[], figuresAt: (cut: number) => HandoffFigures): { cut: number } & HandoffFigures {
  let best: ({ cut: number; score: number } & HandoffFigures) | null = null;
  for (const cut of candidates) {
    const f = figuresAt(cut);
    const score = Math.min(Number.isNaN(f.precision) ? 0 : f.precision, f.recall);
    if (!best || score >= best.score - 1e-12) best = { cut, score, ...f };
  }
  const { score: _score, ...out } = best!;
  return out;
}

/**
 * The low threshold in [0, max] (steps of 0.01) maximizing min(precision, recall) of handoff; among
 * equals the highest: the calibration set cannot tell those cut-offs apart, and a question the model
 * gives almost no chance (nonsense, an unknown topic) is better passed to a person than answered.
 */
export function bestLowThreshold(cases: readonly HandoffCase[], max: number): { lowThreshold: number } & HandoffFigures {
  if (!(max >= 0 && max <= 1)) throw new BandsError(`the high threshold must be in [0, 1], got ${max}`);
  if (!cases.some((c) => c.shouldHandOff)) throw new BandsError('no message that should be handed off: cannot choose a low threshold');
  const steps = Math.floor(max * 100 + 1e-9);
  const ascending = Array.from({ length: steps + 1 }, (_, i) => i / 100);
  const { cut, ...figures } = maximizeMinPrecisionRecall(ascending, (low) => handoffFigures(cases, low));
  return { lowThreshold: cut, ...figures };
}

export interface ScoredCase {
  shouldHandOff: boolean;
  byRule: boolean;
  /** Probability of needing a person; null when no question was searched (handled by rule). */
  needsPersonProbability: number | null;
}

/**
 * The cut-off on a "needs a person" probability (hand off above it) in (0, 1), steps of 0.01,
 * maximizing min(precision, recall) of handoff; among equals the lowest (more handoffs), for the
 * reason bestLowThreshold gives.
 */
export function bestHandoffCut(cases: readonly ScoredCase[]): { cut: number } & HandoffFigures {
  if (!cases.some((c) => c.shouldHandOff)) throw new BandsError('no message that should be handed off: cannot choose a cut-off');
  const descending = Array.from({ length: 99 }, (_, i) => (99 - i) / 100);
  return maximizeMinPrecisionRecall(descending, (cut) =>
    countHandoffs(cases, (c) => c.byRule || (c.needsPersonProbability !== null && c.needsPersonProbability > cut)),
  );
}
