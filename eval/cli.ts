/**
 * npm run eval -- <recommender|bot|all> [options]
 * npm run eval -- export --out DIR --key KEY [--include-free-text]
 *
 * Reads the database (DATABASE_URL, or the embedded one under ./data/pglite, or --plans-db),
 * evaluates, and writes report.json + report.html to eval/reports/<timestamp>/ (or --out).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import cliProgress from 'cli-progress';
import { openDb, type Db } from '../knowledge/db/index.ts';
import { Pseudonymizer } from './common/pseudonym.ts';
import { exportForResearchers } from './recommender/export.ts';
import { SPLIT_NAMES, type SplitName } from './recommender/splits.ts';
import { EVAL_TARGETS, runEvaluation, type EvalTarget } from './run.ts';
import { f3 } from './report/html.ts';
import type { EvalReport } from './report/types.ts';
import { parseOptions, parseOrExplain, UsageError, wholeNumber } from '../knowledge/cli/args.ts';

export const USAGE = `Usage: npm run eval -- <recommender|bot|all> [options]
       npm run eval -- export --out DIR --key KEY [--include-free-text]

  --split S            temporal, client or last-plan; repeat or comma-separate (default all three)
  --plans-db DB        a postgres:// URL or an embedded PGlite folder (default DATABASE_URL, else ./data/pglite)
  --seed N             seed for splits, samples and bootstrap (default 42)
  --out DIR            report folder (default eval/reports/<timestamp>/); the export folder for export
  --max-queries N      held-out queries per split and bot configuration (default 20000)
  --bootstrap N        bootstrap resamples per interval (default 1000)
  --embedder E         auto (the server's sentence model, else TF-IDF) or tfidf (default auto)
  --test-days N        temporal split: latest days tested (default 90)
  --validation-days N  temporal split: days before them for tuning (default 90)
  --min-group N        smallest subgroup ranked best or worst (default 30)
  --beir DIR           bot: a BEIR folder (corpus.jsonl, queries.jsonl, qrels/test.tsv) instead of the question set
  --run FILE           bot: score a TREC run file instead of the live bot
  --questions FILE     bot: another labeled question file (default eval/data/questions.jsonl)
  --report-split S     bot: report the question set's test split (default) or its holdout split
  --key KEY            pseudonym key, 16+ characters (default EVAL_PSEUDONYM_KEY; evaluation draws one per run when absent)
  --include-free-text  export: include free-text statements and decision notes (they may name people)
  --help               show this help`;

export { UsageError };

export interface CliArgs {
  command: EvalTarget | 'export' | 'help';
  splits: SplitName[];
  plansDb?: string;
  seed: number;
  out?: string;
  maxQueries: number;
  bootstrap: number;
  embedder: 'auto' | 'tfidf';
  testDays: number;
  validationDays: number;
  minGroup: number;
  beir?: string;
  run?: string;
  questions?: string;
  reportSplit: 'test' | 'holdout';
  key?: string;
  includeFreeText: boolean;
}

export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): CliArgs {
  const parsed = parseOptions(
    argv,
    {
      split: { type: 'string', multiple: true },
      'plans-db': { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      'max-queries': { type: 'string' },
      bootstrap: { type: 'string' },
      embedder: { type: 'string' },
      'test-days': { type: 'string' },
      'validation-days': { type: 'string' },
      'min-group': { type: 'string' },
      beir: { type: 'string' },
      run: { type: 'string' },
      questions: { type: 'string' },
      'report-split': { type: 'string' },
      key: { type: 'string' },
      'include-free-text': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    true,
  );
  const { values, positionals } = parsed;
  if (values.help) return { ...defaults(), command: 'help' };
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'say what to evaluate: recommender, bot, all (or export)' : `one command expected, got ${positionals.join(' ')}`);
  const command = positionals[0];
  if (!(EVAL_TARGETS as readonly string[]).includes(command) && command !== 'export') throw new UsageError(`unknown command "${command}"; use recommender, bot, all or export`);
  const splits = (values.split ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  for (const s of splits) if (!(SPLIT_NAMES as readonly string[]).includes(s)) throw new UsageError(`--split must be one of ${SPLIT_NAMES.join(', ')}, got "${s}"`);
  const embedder = values.embedder ?? 'auto';
  if (embedder !== 'auto' && embedder !== 'tfidf') throw new UsageError(`--embedder must be auto or tfidf, got "${embedder}"`);
  const key = values.key ?? env.EVAL_PSEUDONYM_KEY;
  if (key !== undefined && key.length < 16) throw new UsageError('--key must be at least 16 characters');
  if (command === 'export') {
    if (!values.out) throw new UsageError('export needs --out DIR');
    if (!key) throw new UsageError('export needs --key KEY (or EVAL_PSEUDONYM_KEY), so pseudonyms join across exports');
  }
  if (values['include-free-text'] && command !== 'export') throw new UsageError('--include-free-text only applies to export');
  const reportSplit = values['report-split'] ?? 'test';
  if (reportSplit !== 'test' && reportSplit !== 'holdout') throw new UsageError(`--report-split must be test or holdout, got "${reportSplit}"`);
  if (values['report-split'] && values.beir) throw new UsageError('--report-split applies to the question set, not to --beir');
  return {
    command: command as CliArgs['command'],
    splits: splits.length ? [...new Set(splits)] as SplitName[] : [...SPLIT_NAMES],
    plansDb: values['plans-db'],
    seed: wholeNumber('seed', values.seed, 42, 0),
    out: values.out,
    maxQueries: wholeNumber('max-queries', values['max-queries'], 20_000),
    bootstrap: wholeNumber('bootstrap', values.bootstrap, 1000, 10),
    embedder,
    testDays: wholeNumber('test-days', values['test-days'], 90),
    validationDays: wholeNumber('validation-days', values['validation-days'], 90, 0),
    minGroup: wholeNumber('min-group', values['min-group'], 30),
    beir: values.beir,
    run: values.run,
    questions: values.questions,
    reportSplit,
    key,
    includeFreeText: values['include-free-text'] ?? false,
  };
}

function defaults(): Omit<CliArgs, 'command'> {
  return { splits: [...SPLIT_NAMES], seed: 42, maxQueries: 20_000, bootstrap: 1000, embedder: 'auto', testDays: 90, validationDays: 90, minGroup: 30, reportSplit: 'test', includeFreeText: false };
}

export function openEvalDb(plansDb: string | undefined): Promise<Db> {
  if (plansDb && /^postgres(ql)?:\/\//.test(plansDb)) return openDb({ databaseUrl: plansDb });
  if (plansDb) return openDb({ databaseUrl: '', dataDir: path.resolve(plansDb) });
  return openDb({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.WAYFINDER_DATA_DIR ?? 'data/pglite' });
}

/** Progress bars on a terminal, one line per task otherwise (CI logs). */
function progressReporter(): { onProgress: (task: string, done: number, total: number) => void; stop: () => void } {
  const tty = Boolean(process.stderr.isTTY) && !process.env.CI;
  let bar: cliProgress.SingleBar | null = null;
  let current = '';
  const stop = () => {
    bar?.stop();
    bar = null;
  };
  return {
    stop,
    onProgress(task, done, total) {
      if (task !== current) {
        stop();
        current = task;
        if (tty) {
          bar = new cliProgress.SingleBar({ format: `${task.padEnd(36)} [{bar}] {value}/{total} {duration_formatted}`, hideCursor: true, stream: process.stderr }, cliProgress.Presets.shades_classic);
          bar.start(total, done);
        } else console.error(`… ${task}`);
        return;
      }
      bar?.setTotal(total);
      bar?.update(done);
    },
  };
}

/** The headline lines printed at the end of a run. */
export function summaryLines(report: EvalReport): string[] {
  const lines: string[] = [];
  const rec = report.recommender;
  if (rec) {
    for (const s of rec.splits) {
      lines.push(`Recommender, ${s.split} split (${s.queries} queries): ${rec.primaryMetric} [95% CI]`);
      for (const m of s.models) {
        const c = m.metrics[rec.primaryMetric];
        lines.push(`  ${m.model.padEnd(20)} ${f3(c.mean)} [${f3(c.lower)}, ${f3(c.upper)}]   recall@5 ${f3(m.metrics['recall@5'].mean)}   coverage@10 ${f3(m.coverage['coverage@10'])}`);
      }
      const flagged = s.subgroups.flatMap((d) => Object.entries(d.byModel[rec.servedModel] ?? {}).filter(([, b]) => b.gap.flagged).map(([metric, b]) => `${d.dimension} ${metric}: ${b.gap.best} vs ${b.gap.worst} (${f3(b.gap.gap)})`));
      lines.push(`  flagged subgroup gaps for ${rec.servedModel}: ${flagged.length ? flagged.join('; ') : 'none'}`);
    }
  }
  const bot = report.bot;
  if (bot && 'skipped' in bot) lines.push(`Bot: skipped (${bot.note})`);
  else if (bot) {
    lines.push(`Bot (${bot.dataset.name}, ${bot.dataset.retrievalQueries} retrieval queries): nDCG@10 [95% CI], recall@10, p95 latency`);
    for (const c of bot.configurations) lines.push(`  ${c.name.padEnd(20)} ${f3(c.metrics['ndcg@10'].mean)} [${f3(c.metrics['ndcg@10'].lower)}, ${f3(c.metrics['ndcg@10'].upper)}]   recall@10 ${f3(c.metrics['recall@10'].mean)}   p95 ${c.latency.p95Ms.toFixed(1)} ms`);
    const h = bot.classifier?.handoff;
    if (h?.chosen) lines.push(`  handoff at the calibration threshold ${f3(h.chosen.threshold)}: precision ${f3(h.chosen.test.precision)}, recall ${f3(h.chosen.test.recall)}`);
    if (bot.classifier?.crisis) lines.push(`  crisis recall ${f3(bot.classifier.crisis.recall.mean)} (${bot.classifier.crisis.messages} messages)`);
  }
  return lines;
}

export async function main(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  const args = parseOrExplain(() => parseCliArgs(argv), USAGE);
  if (!args) return 2;
  if (args.command === 'help') {
    out(USAGE);
    return 0;
  }
  const db = await openEvalDb(args.plansDb);
  const progress = progressReporter();
  try {
    if (args.command === 'export') {
      const summary = await exportForResearchers(db, path.resolve(args.out!), { pseudonymizer: new Pseudonymizer(args.key), includeFreeText: args.includeFreeText, onProgress: (d, n) => progress.onProgress('exporting plans', d, n) });
      progress.stop();
      out(`Exported ${summary.plans} plans (${summary.statements} statements) and ${summary.decisions} suggestions/decisions${summary.includeFreeText ? ' with free text' : ', without free text'}:`);
      for (const f of summary.files) out(`  ${f}`);
      return 0;
    }
    const result = await runEvaluation(db, {
      target: args.command,
      seed: args.seed,
      splits: args.splits,
      maxQueries: args.maxQueries,
      bootstrapSamples: args.bootstrap,
      embedder: args.embedder,
      key: args.key,
      outDir: args.out ? path.resolve(args.out) : undefined,
      minGroupSize: args.minGroup,
      testDays: args.testDays,
      validationDays: args.validationDays,
      bot: { beir: args.beir, run: args.run, questions: args.questions, reportSplit: args.reportSplit },
      argv,
      onProgress: progress.onProgress,
      onNote: (m) => {
        progress.stop();
        console.error(m);
      },
    });
    progress.stop();
    for (const line of summaryLines(result.report)) out(line);
    out(`Report (${result.report.run.seconds.toFixed(1)} s): ${result.files.html}`);
    out(`Every number: ${result.files.json}`);
    return 0;
  } catch (err) {
    progress.stop();
    console.error(`eval: ${(err as Error).message}`);
    return 1;
  } finally {
    await db.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
