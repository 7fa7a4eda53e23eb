/** One bot evaluation run: every retrieval configuration on the same queries, then the classifier. */
import type { BootstrapSettings } from '../common/stats.ts';
import type { BotCase } from './cases.ts';
import { compareConfigurations, evaluateClassifier, evaluateRetrieval, retrievalCases, type ClassifierResult, type Clock, type RetrievalResult } from './evaluate.ts';
import type { BotUnderTest } from './port.ts';

export interface BotReport {
  dataset: { name: string; kind: 'questions' | 'beir'; cases: number; retrievalQueries: number };
  configurations: RetrievalResult[];
  /** Each configuration minus the first, paired by query. */
  comparison: ReturnType<typeof compareConfigurations>;
  classifier: ClassifierResult | null;
  notes: string[];
}

export interface BotRunOptions {
  dataset: { name: string; kind: 'questions' | 'beir' };
  boot: BootstrapSettings;
  ks?: number[];
  /** Score at most this many retrieval queries (seeded choice is left to the caller: the first n). */
  maxQueries?: number;
  clock?: Clock;
  onProgress?: (task: string, done: number, total: number) => void;
}

export async function evaluateBot(bot: BotUnderTest, cases: readonly BotCase[], options: BotRunOptions): Promise<BotReport> {
  // Retrieval is reported on the test split only; calibration cases are for tuning.
  let queries = retrievalCases(cases.filter((c) => (c.split ?? 'test') === 'test'));
  if (options.maxQueries !== undefined) queries = queries.slice(0, options.maxQueries);
  const runs = [];
  for (const retriever of bot.retrievers) {
    const task = `bot: ${retriever.name}`;
    runs.push(await evaluateRetrieval(retriever, queries, { ks: options.ks, boot: options.boot, clock: options.clock, onProgress: (d, n) => options.onProgress?.(task, d, n) }));
  }
  let classifier: ClassifierResult | null = null;
  if (bot.classifier) {
    options.onProgress?.(`bot: ${bot.classifier.name}`, 0, 1);
    classifier = await evaluateClassifier(bot.classifier, cases, { clock: options.clock });
    options.onProgress?.(`bot: ${bot.classifier.name}`, 1, 1);
  }
  return {
    dataset: { ...options.dataset, cases: cases.length, retrievalQueries: queries.length },
    configurations: runs.map((r) => r.result),
    comparison: compareConfigurations(runs, options.boot),
    classifier,
    notes: bot.notes ?? [],
  };
}
