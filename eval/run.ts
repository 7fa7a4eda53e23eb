/**
 * One evaluation run, end to end: read the database (pseudonymized), evaluate the recommender
 * and/or the bot, and write report.json and report.html into a fresh folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db, Queryable } from '../knowledge/db/index.ts';
import { loadDefaultEmbedder } from '../knowledge/text/index.ts';
import { TfidfEmbedder, listModelVersions, type Embedder } from '../recommender/index.ts';
import { casesFromQuestions, casesReportedOn, loadBeirCases, type BotCase } from './bot/cases.ts';
import { plugBot } from './bot/plug.ts';
import { realBotOnBeir } from './bot/real-bot.ts';
import { loadRunFile, runFileRetriever } from './bot/run-file.ts';
import { evaluateBot, type BotReport } from './bot/run.ts';
import type { BotUnderTest } from './bot/port.ts';
import { Pseudonymizer } from './common/pseudonym.ts';
import { loadQuestionSet } from './questions/index.ts';
import { loadEvaluationData } from './recommender/data.ts';
import { evaluateRecommender } from './recommender/evaluate.ts';
import { SPLIT_NAMES, type SplitName } from './recommender/splits.ts';
import { renderHtml } from './report/html.ts';
import { gitState, timestampFolder } from './report/meta.ts';
import type { EvalReport, ModelVersionSummary } from './report/types.ts';

export const EVAL_TARGETS = ['recommender', 'bot', 'all'] as const;
export type EvalTarget = (typeof EVAL_TARGETS)[number];

export const REPORTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'reports');

export interface EvalRunOptions {
  target: EvalTarget;
  seed: number;
  splits?: readonly SplitName[];
  maxQueries?: number;
  bootstrapSamples?: number;
  /** 'auto' = the sentence model the server would use (TF-IDF when there is none), as `npm run train` does. */
  embedder?: 'auto' | 'tfidf' | Embedder;
  /** Pseudonym key; absent: a key drawn for this run only. */
  key?: string;
  /** Report folder; default eval/reports/<timestamp>/. */
  outDir?: string;
  minGroupSize?: number;
  testDays?: number;
  validationDays?: number;
  bot?: {
    /** A BEIR folder instead of the labeled question set. */
    beir?: string;
    /** A TREC run file to score instead of the live bot. */
    run?: string;
    questions?: string;
    /**
     * Which split of the question set the decisions and retrieval are reported on: `test` (default)
     * or `holdout` (written after the bot was tuned); the other one is left out.
     */
    reportSplit?: 'test' | 'holdout';
    /** The bot under test; default plug.ts (the real bot). */
    underTest?: (db: Queryable) => Promise<BotUnderTest>;
  };
  argv?: string[];
  onProgress?: (task: string, done: number, total: number) => void;
  onNote?: (message: string) => void;
}

export interface EvalRunResult {
  report: EvalReport;
  dir: string;
  files: { json: string; html: string };
}

async function chooseEmbedder(choice: EvalRunOptions['embedder'], texts: string[]): Promise<Embedder> {
  if (choice && typeof choice === 'object') return choice;
  if (choice !== 'tfidf') {
    const loaded = await loadDefaultEmbedder();
    if (loaded.embedder) return loaded.embedder;
  }
  return TfidfEmbedder.fit(texts);
}

async function modelVersions(db: Queryable): Promise<ModelVersionSummary[]> {
  try {
    return (await listModelVersions(db)).map((v) => ({
      id: v.id,
      modelName: v.modelName,
      createdAt: v.createdAt,
      active: v.active,
      dataFrom: v.dataFrom,
      dataTo: v.dataTo,
      trainPlans: v.trainPlans,
      embedderId: v.embedderId,
    }));
  } catch {
    return [];
  }
}

async function botSection(db: Queryable, options: EvalRunOptions): Promise<BotReport | { skipped: true; note: string }> {
  const o = options.bot ?? {};
  let cases: BotCase[];
  let dataset: { name: string; kind: 'questions' | 'beir' };
  if (o.beir) {
    const beir = loadBeirCases(o.beir);
    cases = beir.cases;
    dataset = { name: beir.name, kind: 'beir' };
  } else {
    cases = casesReportedOn(casesFromQuestions(loadQuestionSet(o.questions)), o.reportSplit ?? 'test');
    const name = o.questions ? path.basename(o.questions) : 'Wayfinder newcomer questions';
    dataset = { name: o.reportSplit === 'holdout' ? `${name} (holdout split)` : name, kind: 'questions' };
  }
  let bot: BotUnderTest;
  if (o.run) {
    const ids = new Map(cases.map((c) => [c.text, c.id]));
    bot = { retrievers: [runFileRetriever(path.basename(o.run), loadRunFile(o.run), ids)], classifier: null, notes: [`Scored the run file ${path.basename(o.run)}.`] };
  } else if (o.underTest) {
    bot = await o.underTest(db);
  } else if (o.beir) {
    bot = await realBotOnBeir(o.beir, { embedder: options.embedder === 'tfidf' ? null : undefined });
  } else {
    bot = await plugBot(db);
  }
  return evaluateBot(bot, cases, {
    dataset,
    boot: { samples: options.bootstrapSamples ?? 1000, seed: options.seed },
    maxQueries: options.maxQueries,
    onProgress: options.onProgress,
  });
}

export async function runEvaluation(db: Db, options: EvalRunOptions): Promise<EvalRunResult> {
  const started = new Date();
  const t0 = performance.now();
  const pseudonymizer = new Pseudonymizer(options.key);
  const report: EvalReport = {
    format: 'wayfinder-eval-report',
    version: 1,
    run: {
      startedAt: started.toISOString(),
      git: gitState(),
      seed: options.seed,
      argv: options.argv ?? [],
      config: {
        target: options.target,
        splits: options.splits ?? [...SPLIT_NAMES],
        maxQueries: options.maxQueries ?? 20_000,
        bootstrapSamples: options.bootstrapSamples ?? 1000,
        embedder: typeof options.embedder === 'object' ? options.embedder.id : (options.embedder ?? 'auto'),
        minGroupSize: options.minGroupSize ?? 30,
        testDays: options.testDays ?? 90,
        validationDays: options.validationDays ?? 90,
        coldStartShare: 0.15,
        clientTestShare: 0.2,
        ks: [1, 3, 5, 10],
        bot: {
          beir: options.bot?.beir ? path.basename(options.bot.beir) : null,
          run: options.bot?.run ? path.basename(options.bot.run) : null,
          reportSplit: options.bot?.beir ? null : (options.bot?.reportSplit ?? 'test'),
        },
      },
      database: { backend: db.backend },
      node: process.version,
      seconds: 0,
    },
    data: null,
    modelVersions: await modelVersions(db),
    embedder: null,
    recommender: null,
    bot: null,
  };

  if (options.target !== 'bot') {
    const input = await loadEvaluationData(db, { pseudonymizer, onProgress: (d, n) => options.onProgress?.('loading plans', d, n) });
    if (input.data.planCount === 0) throw new Error('there are no plans to evaluate on: import plans or run `npm run seed` first');
    const { catalog } = input.data;
    const embedder = await chooseEmbedder(options.embedder, [...catalog.statementTexts, ...catalog.actionTexts]);
    report.embedder = embedder.id;
    report.data = {
      plans: input.data.planCount,
      clients: input.clientPseudonyms.length,
      range: input.range,
      decisions: { logged: input.decisions.length, decided: input.decisions.filter((d) => d.decision !== null).length },
      pseudonyms: { key: pseudonymizer.ephemeral ? 'ephemeral' : 'provided', fingerprint: pseudonymizer.fingerprint },
    };
    report.recommender = await evaluateRecommender(input, {
      splits: options.splits ?? SPLIT_NAMES,
      seed: options.seed,
      embedder,
      maxQueries: options.maxQueries,
      bootstrapSamples: options.bootstrapSamples,
      minGroupSize: options.minGroupSize,
      split: { testDays: options.testDays, validationDays: options.validationDays },
      onProgress: options.onProgress,
    });
  }
  if (options.target !== 'recommender') {
    // A broken bot build must not cost the recommender results of an `all` run: the report says why.
    report.bot = await botSection(db, options).catch((err: Error) => {
      options.onNote?.(`bot evaluation failed: ${err.message}`);
      return { skipped: true as const, note: `The bot could not be evaluated: ${err.message}` };
    });
  }

  report.run.seconds = Math.round(performance.now() - t0) / 1000;
  const dir = options.outDir ?? path.join(REPORTS_DIR, timestampFolder(started));
  await mkdir(dir, { recursive: true });
  const files = { json: path.join(dir, 'report.json'), html: path.join(dir, 'report.html') };
  await writeFile(files.json, `${JSON.stringify(report, jsonSafe, 2)}\n`);
  await writeFile(files.html, renderHtml(report));
  return { report, dir, files };
}

/** NaN and ±Infinity become null (JSON has no such numbers); typed arrays become plain arrays. */
export function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<number>);
  return value;
}
