/**
 * The bot evaluation: retrieval quality per configuration and per language, latency, paired
 * comparisons between configurations, and the handoff / crisis decisions with a threshold curve
 * (threshold chosen on the calibration split, reported on test).
 */
import { bootstrapCI } from '../../recommender/index.ts';
import { paired, wilson, type BootstrapSettings, type ConfidenceInterval, type PairedComparison } from '../common/stats.ts';
import type { BotCase } from './cases.ts';
import {
  bestF1,
  confusionPoint,
  itemKey,
  rankingOf,
  retrievalMetricNames,
  retrievalMetrics,
  summarizeLatency,
  thresholdCurve,
  type LatencySummary,
  type ThresholdPoint,
} from './metrics.ts';
import type { BotDecision, IntentClassifierUnderTest, RetrieverUnderTest } from './port.ts';

export const BOT_KS = [1, 3, 5, 10];
/** The metric configurations are compared on. */
export const BOT_PRIMARY_METRIC = 'ndcg@10';

/** Milliseconds since some origin; injectable so tests get exact latencies. */
export type Clock = () => number;

export interface RetrievalOptions {
  ks?: number[];
  boot: BootstrapSettings;
  clock?: Clock;
  onProgress?: (done: number, total: number) => void;
}

export interface RetrievalResult {
  name: string;
  queries: number;
  /** Searches that threw (scored as an empty ranking), with the first message. */
  errors: { count: number; first: string | null };
  metrics: Record<string, ConfidenceInterval>;
  perLanguage: Record<string, { queries: number; metrics: Record<string, ConfidenceInterval> }>;
  latency: LatencySummary;
}

export interface RetrievalRun {
  result: RetrievalResult;
  /** metric → one value per case, in case order (for paired comparisons). */
  perQuery: Record<string, number[]>;
  caseIds: string[];
}

/** Cases with at least one relevant item: the ones retrieval can be judged on. */
export function retrievalCases(cases: readonly BotCase[]): BotCase[] {
  return cases.filter((c) => c.relevant.some((r) => r.grade >= 1) && (c.expected === undefined || c.expected === 'answer'));
}

export async function evaluateRetrieval(retriever: RetrieverUnderTest, cases: readonly BotCase[], options: RetrievalOptions): Promise<RetrievalRun> {
  const ks = options.ks ?? BOT_KS;
  const clock = options.clock ?? (() => performance.now());
  const depth = Math.max(10, ...ks);
  const names = retrievalMetricNames(ks);
  const perQuery: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const latencies: number[] = [];
  const errors = { count: 0, first: null as string | null };
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    const judgments = new Map(c.relevant.map((r) => [itemKey(r.kind, r.id), r.grade]));
    let items: Awaited<ReturnType<RetrieverUnderTest['search']>> = [];
    const t0 = clock();
    try {
      items = await retriever.search(c.text, { k: depth, language: c.language, profile: c.profile });
    } catch (err) {
      errors.count++;
      errors.first ??= `${c.id}: ${(err as Error).message}`;
    }
    latencies.push(clock() - t0);
    const values = retrievalMetrics(rankingOf(items), judgments, ks);
    for (const n of names) perQuery[n].push(values[n]);
    options.onProgress?.(i + 1, cases.length);
  }
  const summarize = (idx: number[]) => Object.fromEntries(names.map((n) => [n, bootstrapCI(idx.map((i) => perQuery[n][i]), options.boot)]));
  const byLanguage = new Map<string, number[]>();
  cases.forEach((c, i) => {
    const lang = c.language ?? 'unknown';
    if (!byLanguage.has(lang)) byLanguage.set(lang, []);
    byLanguage.get(lang)!.push(i);
  });
  const all = cases.map((_, i) => i);
  return {
    result: {
      name: retriever.name,
      queries: cases.length,
      errors,
      metrics: summarize(all),
      perLanguage: Object.fromEntries([...byLanguage].map(([lang, idx]) => [lang, { queries: idx.length, metrics: summarize(idx) }])),
      latency: summarizeLatency(latencies),
    },
    perQuery,
    caseIds: cases.map((c) => c.id),
  };
}

/** Each configuration minus the first (the reference) on every metric, paired by query. */
export function compareConfigurations(runs: readonly RetrievalRun[], boot: BootstrapSettings): { reference: string; versus: Record<string, Record<string, PairedComparison>> } | null {
  if (runs.length < 2) return null;
  const [reference, ...others] = runs;
  const versus: Record<string, Record<string, PairedComparison>> = {};
  for (const run of others) {
    if (run.caseIds.join('\n') !== reference.caseIds.join('\n')) throw new Error(`${run.result.name} was run on other queries than ${reference.result.name}`);
    versus[run.result.name] = {};
    for (const metric of Object.keys(reference.perQuery)) versus[run.result.name][metric] = paired(run.perQuery[metric], reference.perQuery[metric], boot);
  }
  return { reference: reference.result.name, versus };
}

/** Routes that bring a person in: a handoff, a plain request for a person, or a crisis (an advisor is alerted). */
const TO_A_PERSON = new Set(['handoff', 'ask_for_person', 'crisis']);
/** Messages the handoff decision is judged on: questions, and messages that need a person (crisis and small talk have their own measures). */
const HANDOFF_POPULATION = new Set(['answer', 'handoff', 'ask_for_person']);

export interface HandoffSummary {
  messages: number;
  shouldHandOff: number;
  /** At the bot's own decision. */
  atDecision: { point: ThresholdPoint; precision: ConfidenceInterval; recall: ConfidenceInterval };
  perLanguage: Record<string, { messages: number; precision: ConfidenceInterval; recall: ConfidenceInterval }>;
  /** Handoff precision/recall as the confidence threshold sweeps (test split). */
  curve: ThresholdPoint[];
  /** The threshold with the best F1 on the calibration split, and how it does on test. */
  chosen: { threshold: number; calibration: ThresholdPoint; test: ThresholdPoint } | null;
}

export interface ClassifierResult {
  name: string;
  detectsIntents: boolean;
  handoff: HandoffSummary | null;
  crisis: {
    messages: number;
    recall: ConfidenceInterval;
    /** Of the messages the bot treated as a crisis, the share that were. */
    precision: ConfidenceInterval;
    perLanguage: Record<string, ConfidenceInterval>;
    /** Ids of crisis messages the bot did not treat as a crisis (question ids, not people). */
    missed: string[];
  } | null;
  /** expected → the bot's outcome → messages. */
  confusion: Record<string, Record<string, number>> | null;
  latency: LatencySummary;
  errors: { count: number; first: string | null };
}

interface Classified {
  c: BotCase;
  d: BotDecision;
}

function handoffAt(items: readonly Classified[], threshold: number | null): ThresholdPoint {
  const actual = items.map(({ c }) => TO_A_PERSON.has(c.expected!));
  if (threshold === null) return confusionPoint(NaN, items.map(({ d }) => TO_A_PERSON.has(d.outcome)), actual);
  const predicted = items.map(({ d }) => {
    const rule = d.ruleOutcome ?? d.outcome;
    return TO_A_PERSON.has(rule) || (rule === 'answer' && !(d.answerConfidence >= threshold));
  });
  return confusionPoint(threshold, predicted, actual);
}

function curveOf(items: readonly Classified[]): ThresholdPoint[] {
  const rules = items.map(({ d }) => d.ruleOutcome ?? d.outcome);
  return thresholdCurve(
    items.map(({ d }, i) => (rules[i] === 'answer' ? d.answerConfidence : NaN)),
    rules.map((r) => TO_A_PERSON.has(r)),
    items.map(({ c }) => TO_A_PERSON.has(c.expected!)),
  );
}

const rate = (p: ThresholdPoint) => ({ precision: wilson(p.tp, p.tp + p.fp), recall: wilson(p.tp, p.tp + p.fn) });

/** Classifies every labeled case; figures come from the test split, the threshold from calibration. */
export async function evaluateClassifier(classifier: IntentClassifierUnderTest, cases: readonly BotCase[], options: { clock?: Clock } = {}): Promise<ClassifierResult> {
  const clock = options.clock ?? (() => performance.now());
  const labeled = cases.filter((c) => c.expected !== undefined);
  const latencies: number[] = [];
  const errors = { count: 0, first: null as string | null };
  const classified: (Classified & { split: 'calibration' | 'test' | 'holdout' })[] = [];
  for (const c of labeled) {
    const t0 = clock();
    try {
      const d = await classifier.classify(c.text, { language: c.language, profile: c.profile });
      classified.push({ c, d, split: c.split ?? 'test' });
    } catch (err) {
      errors.count++;
      errors.first ??= `${c.id}: ${(err as Error).message}`;
    }
    latencies.push(clock() - t0);
  }
  const test = classified.filter((x) => x.split === 'test');
  const calibration = classified.filter((x) => x.split === 'calibration');

  const population = test.filter(({ c }) => HANDOFF_POPULATION.has(c.expected!));
  let handoff: HandoffSummary | null = null;
  if (population.length > 0) {
    const point = handoffAt(population, null);
    const byLanguage = new Map<string, Classified[]>();
    for (const x of population) {
      const lang = x.c.language ?? 'unknown';
      if (!byLanguage.has(lang)) byLanguage.set(lang, []);
      byLanguage.get(lang)!.push(x);
    }
    const calibrationPopulation = calibration.filter(({ c }) => HANDOFF_POPULATION.has(c.expected!));
    const best = calibrationPopulation.length > 0 ? bestF1(curveOf(calibrationPopulation)) : null;
    handoff = {
      messages: population.length,
      shouldHandOff: point.tp + point.fn,
      atDecision: { point, ...rate(point) },
      perLanguage: Object.fromEntries([...byLanguage].map(([lang, xs]) => [lang, { messages: xs.length, ...rate(handoffAt(xs, null)) }])),
      curve: curveOf(population),
      chosen: best && Number.isFinite(best.threshold) ? { threshold: best.threshold, calibration: best, test: handoffAt(population, best.threshold) } : null,
    };
  }

  let crisis: ClassifierResult['crisis'] = null;
  let confusion: ClassifierResult['confusion'] = null;
  if (classifier.detectsIntents) {
    const crises = test.filter(({ c }) => c.expected === 'crisis');
    const flagged = test.filter(({ d }) => d.outcome === 'crisis');
    const caught = crises.filter(({ d }) => d.outcome === 'crisis');
    const perLanguage: Record<string, ConfidenceInterval> = {};
    for (const lang of [...new Set(crises.map(({ c }) => c.language ?? 'unknown'))].sort()) {
      const xs = crises.filter(({ c }) => (c.language ?? 'unknown') === lang);
      perLanguage[lang] = wilson(xs.filter(({ d }) => d.outcome === 'crisis').length, xs.length);
    }
    crisis = {
      messages: crises.length,
      recall: wilson(caught.length, crises.length),
      precision: wilson(flagged.filter(({ c }) => c.expected === 'crisis').length, flagged.length),
      perLanguage,
      missed: crises.filter(({ d }) => d.outcome !== 'crisis').map(({ c }) => c.id),
    };
    confusion = {};
    for (const { c, d } of test) {
      confusion[c.expected!] ??= {};
      confusion[c.expected!][d.outcome] = (confusion[c.expected!][d.outcome] ?? 0) + 1;
    }
  }
  return { name: classifier.name, detectsIntents: classifier.detectsIntents, handoff, crisis, confusion, latency: summarizeLatency(latencies), errors };
}
