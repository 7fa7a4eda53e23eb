/**
 * Retrieval and decision metrics for the bot, over string ids with graded relevance.
 *
 * Conventions (stated in the report too):
 *  - An item is relevant when its grade is ≥ 1; unjudged items count as non-relevant.
 *  - nDCG uses linear gains (gain = grade) and log2(rank + 1) discounts, as trec_eval / BEIR do;
 *    the ideal ranking puts all judged items in grade order.
 *  - A query with no relevant item has no defined quality: every metric is NaN and is skipped.
 *  - A ranking shorter than k counts the empty places as misses.
 *  - Rankings are ordered by score (highest first), equal scores by id, so a tie never helps or
 *    hurts depending on the order a retriever happened to return it in; repeated ids keep their
 *    first (best) occurrence.
 */
import { quantile } from '../common/stats.ts';
import type { RetrievedItem } from './port.ts';

export type Judgments = ReadonlyMap<string, number>;

export const itemKey = (kind: string, id: string) => `${kind}:${id}`;

function checkK(k: number): void {
  if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`k must be a whole number of at least 1, got ${k}`);
}

/** Keys best first: sorted by score, ties by key, duplicates removed. */
export function rankingOf(items: readonly RetrievedItem[]): string[] {
  const best = new Map<string, number>();
  for (const item of items) {
    const key = itemKey(item.kind, item.id);
    const score = Number.isFinite(item.score) ? item.score : -Infinity;
    if (!best.has(key) || score > best.get(key)!) best.set(key, score);
  }
  return [...best.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([key]) => key);
}

function relevantCount(judgments: Judgments): number {
  let n = 0;
  for (const g of judgments.values()) if (g >= 1) n++;
  return n;
}

export function recallAt(ranking: readonly string[], judgments: Judgments, k: number): number {
  checkK(k);
  const total = relevantCount(judgments);
  if (total === 0) return NaN;
  let hits = 0;
  for (let i = 0; i < Math.min(k, ranking.length); i++) if ((judgments.get(ranking[i]) ?? 0) >= 1) hits++;
  return hits / total;
}

export function hitAt(ranking: readonly string[], judgments: Judgments, k: number): number {
  checkK(k);
  if (relevantCount(judgments) === 0) return NaN;
  for (let i = 0; i < Math.min(k, ranking.length); i++) if ((judgments.get(ranking[i]) ?? 0) >= 1) return 1;
  return 0;
}

/** 1 / rank of the first relevant item within the first k, 0 when there is none. */
export function reciprocalRankAt(ranking: readonly string[], judgments: Judgments, k: number): number {
  checkK(k);
  if (relevantCount(judgments) === 0) return NaN;
  for (let i = 0; i < Math.min(k, ranking.length); i++) if ((judgments.get(ranking[i]) ?? 0) >= 1) return 1 / (i + 1);
  return 0;
}

export function ndcgAt(ranking: readonly string[], judgments: Judgments, k: number): number {
  checkK(k);
  const grades = [...judgments.values()].filter((g) => g >= 1).sort((a, b) => b - a);
  if (grades.length === 0) return NaN;
  let dcg = 0;
  for (let i = 0; i < Math.min(k, ranking.length); i++) {
    const g = judgments.get(ranking[i]) ?? 0;
    if (g > 0) dcg += g / Math.log2(i + 2);
  }
  let ideal = 0;
  for (let i = 0; i < Math.min(k, grades.length); i++) ideal += grades[i] / Math.log2(i + 2);
  return dcg / ideal;
}

/** The metric names evaluateRetrieval reports, for the ks asked. */
export function retrievalMetricNames(ks: readonly number[]): string[] {
  return [...ks.map((k) => `recall@${k}`), ...ks.map((k) => `hit@${k}`), 'mrr@10', 'ndcg@10'];
}

export function retrievalMetrics(ranking: readonly string[], judgments: Judgments, ks: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of ks) out[`recall@${k}`] = recallAt(ranking, judgments, k);
  for (const k of ks) out[`hit@${k}`] = hitAt(ranking, judgments, k);
  out['mrr@10'] = reciprocalRankAt(ranking, judgments, 10);
  out['ndcg@10'] = ndcgAt(ranking, judgments, 10);
  return out;
}

export interface LatencySummary {
  n: number;
  meanMs: number;
  p50Ms: number;
  p90Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Counts per bucket [edges[i], edges[i + 1]) ms; the last bucket is open-ended. */
  histogram: { edges: number[]; counts: number[] };
}

export const LATENCY_EDGES_MS = [0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

export function summarizeLatency(ms: readonly number[], edges: readonly number[] = LATENCY_EDGES_MS): LatencySummary {
  const counts = edges.map(() => 0);
  for (const v of ms) {
    let b = 0;
    while (b + 1 < edges.length && v >= edges[b + 1]) b++;
    counts[b]++;
  }
  const mean = ms.length ? ms.reduce((a, b) => a + b, 0) / ms.length : NaN;
  return {
    n: ms.length,
    meanMs: mean,
    p50Ms: quantile(ms, 0.5),
    p90Ms: quantile(ms, 0.9),
    p95Ms: quantile(ms, 0.95),
    p99Ms: quantile(ms, 0.99),
    maxMs: ms.length ? Math.max(...ms) : NaN,
    histogram: { edges: [...edges], counts },
  };
}

/** One operating point: hand off when the decision says so at threshold t. */
export interface ThresholdPoint {
  threshold: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Of the messages handed off, the share that should have been (NaN when none was). */
  precision: number;
  /** Of the messages that should go to a person, the share handed off. */
  recall: number;
  f1: number;
  /** Share of all messages handed off. */
  handoffRate: number;
}

export function confusionPoint(threshold: number, predicted: readonly boolean[], actual: readonly boolean[]): ThresholdPoint {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  predicted.forEach((p, i) => {
    if (p && actual[i]) tp++;
    else if (p) fp++;
    else if (actual[i]) fn++;
    else tn++;
  });
  const precision = tp + fp > 0 ? tp / (tp + fp) : NaN;
  const recall = tp + fn > 0 ? tp / (tp + fn) : NaN;
  const f1 = tp > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { threshold, tp, fp, fn, tn, precision, recall, f1, handoffRate: predicted.length ? (tp + fp) / predicted.length : NaN };
}

/**
 * The curve of handoff precision/recall as the threshold sweeps: a message is handed off when
 * `forced` (rules send it to a person whatever the confidence) or its confidence is below t.
 * One point per distinct confidence (t = that value hands off everything strictly below it) and
 * one above the maximum (everything handed off), in increasing threshold order.
 */
export function thresholdCurve(confidence: readonly number[], forced: readonly boolean[], actual: readonly boolean[]): ThresholdPoint[] {
  const finite = [...new Set(confidence.filter((c) => Number.isFinite(c)))].sort((a, b) => a - b);
  const thresholds = [...finite, finite.length ? finite[finite.length - 1] + 1e-9 : Infinity];
  if (finite.length === 0) thresholds.unshift(-Infinity);
  return thresholds.map((t) =>
    confusionPoint(
      t,
      confidence.map((c, i) => forced[i] || !(c >= t)),
      actual,
    ),
  );
}

/** The point with the best F1 (ties: the lower threshold, which hands off less). */
export function bestF1(curve: readonly ThresholdPoint[]): ThresholdPoint | null {
  let best: ThresholdPoint | null = null;
  for (const p of curve) if (!best || p.f1 > best.f1) best = p;
  return best;
}
