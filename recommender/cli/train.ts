/**
 * npm run train -- [--embedder auto|tfidf] [--validation-days 90] [--test-days 90] [--no-activate]
 * npm run train -- --list | --activate ID | --rollback
 *
 * Trains the recommender on the plan history in the database (DATABASE_URL, or the embedded one
 * under ./data/pglite), prints every model's held-out figures, and stores a new model version
 * that running servers switch to without a restart.
 */
import { pathToFileURL } from 'node:url';
import cliProgress from 'cli-progress';
import { migrate, openDb } from '../../knowledge/db/index.ts';
import { loadDefaultEmbedder } from '../../knowledge/text/index.ts';
import { activateModelVersion, listModelVersions, rollbackModelVersion, type ModelVersionInfo } from '../registry/store.ts';
import { trainRecommender, type TrainReport, type TrainStage } from '../training/train.ts';
import { parseOptions, parseOrExplain, UsageError, wholeNumber } from '../../knowledge/cli/args.ts';

const USAGE = `Usage: npm run train -- [options]

  --embedder E          auto (the sentence model in the model directory when there is one,
                        else TF-IDF) or tfidf (default auto)
  --validation-days N   days before the test window used for tuning (default 90)
  --test-days N         latest days held out for measuring (default 90)
  --max-queries N       held-out queries scored per model (default 20000)
  --seed S              seed for sampling and bootstrap (default 42)
  --no-activate         store the version without serving it
  --list                list the stored model versions
  --activate ID         serve model version ID
  --rollback            serve the previous version again
  --help                show this help`;

export { UsageError };

export interface TrainArgs {
  command: 'train' | 'list' | 'activate' | 'rollback' | 'help';
  embedder: 'auto' | 'tfidf';
  validationDays: number;
  testDays: number;
  maxQueries: number;
  seed: number;
  activate: boolean;
  versionId?: number;
}

export function parseTrainArgs(argv: string[]): TrainArgs {
  const { values } = parseOptions(argv, {
    embedder: { type: 'string' },
    'validation-days': { type: 'string' },
    'test-days': { type: 'string' },
    'max-queries': { type: 'string' },
    seed: { type: 'string' },
    'no-activate': { type: 'boolean', default: false },
    list: { type: 'boolean', default: false },
    activate: { type: 'string' },
    rollback: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  });
  const embedder = values.embedder ?? 'auto';
  if (embedder !== 'auto' && embedder !== 'tfidf') throw new UsageError(`--embedder must be auto or tfidf, got "${embedder}"`);
  const chosen = [values.list, values.activate !== undefined, values.rollback].filter(Boolean).length;
  if (chosen > 1) throw new UsageError('give only one of --list, --activate and --rollback');
  return {
    command: values.help ? 'help' : values.list ? 'list' : values.activate !== undefined ? 'activate' : values.rollback ? 'rollback' : 'train',
    embedder,
    validationDays: wholeNumber('validation-days', values['validation-days'], 90),
    testDays: wholeNumber('test-days', values['test-days'], 90),
    maxQueries: wholeNumber('max-queries', values['max-queries'], 20_000),
    seed: wholeNumber('seed', values.seed, 42, 0),
    activate: !values['no-activate'],
    versionId: values.activate === undefined ? undefined : wholeNumber('activate', values.activate, 0),
  };
}

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  –  ');

/** The summary table: every model with its 95% intervals on the held-out window. */
export function formatReport(report: TrainReport): string {
  const lines: string[] = [];
  const { plans, range } = report;
  lines.push(
    `Model version ${report.version.id}${report.version.active ? ' (active)' : ''}: hybrid, embedder ${report.embedder}`,
    `Plans: ${plans.total} (train ${plans.train} up to ${range.validationFrom}, validation ${plans.validation}, test ${plans.test} from ${range.testFrom} to ${range.to})`,
    `Decisions folded in: ${report.decisions.total} on ${report.decisions.pairs} statement-action pairs`,
    '',
    `${'model'.padEnd(20)} ${'recall@5 [95% CI]'.padEnd(26)} ${'nDCG@10 [95% CI]'.padEnd(26)} ${'MAP@10'.padEnd(7)} coverage@10`,
  );
  for (const m of report.models) {
    const r = m.metrics['recall@5'];
    const n = m.metrics['ndcg@10'];
    lines.push(
      `${m.model.padEnd(20)} ${`${f3(r.mean)} [${f3(r.lower)}, ${f3(r.upper)}]`.padEnd(26)} ${`${f3(n.mean)} [${f3(n.lower)}, ${f3(n.upper)}]`.padEnd(26)} ${f3(m.metrics['map@10'].mean).padEnd(7)} ${f3(m.coverage10)}`,
    );
  }
  lines.push('', 'hybrid minus baseline (paired bootstrap, 95% CI):');
  for (const [baseline, byMetric] of Object.entries(report.versusBaselines)) {
    const parts = Object.entries(byMetric).map(([metric, c]) => `${metric} ${c.difference >= 0 ? '+' : ''}${f3(c.difference)} [${f3(c.lower)}, ${f3(c.upper)}]`);
    lines.push(`  vs ${baseline.padEnd(20)} ${parts.join('   ')}`);
  }
  const c = report.coldStart;
  lines.push(
    '',
    `Cold start (${c.heldOutStatements} statements never seen in training, ${c.queries} queries): recall@10 content ${f3(c.content.metrics['recall@10'].mean)}, hybrid ${f3(c.hybrid.metrics['recall@10'].mean)}, random ${f3(c.random.metrics['recall@10'].mean)} (content = ${c.ratioToRandom.toFixed(1)}× random)`,
    `Seconds: ${Object.entries(report.seconds).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  );
  return lines.join('\n');
}

function formatVersions(versions: ModelVersionInfo[]): string {
  if (versions.length === 0) return 'No model versions yet: run `npm run train`.';
  return versions
    .map((v) => {
      const ndcg = (v.metrics.models as { model: string; metrics: Record<string, { mean: number }> }[] | undefined)?.find((m) => m.model === v.modelName)?.metrics['ndcg@10']?.mean;
      return `${v.active ? '*' : ' '} ${String(v.id).padStart(4)}  ${v.createdAt.slice(0, 19)}  ${v.modelName}  plans ${v.trainPlans} (${v.dataFrom} – ${v.dataTo})  decisions ${v.decisions}  nDCG@10 ${ndcg === undefined ? '–' : f3(ndcg)}`;
    })
    .join('\n');
}

export async function main(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  const args = parseOrExplain(() => parseTrainArgs(argv), USAGE);
  if (!args) return 2;
  if (args.command === 'help') {
    out(USAGE);
    return 0;
  }
  const db = await openDb();
  try {
    await migrate(db);
    if (args.command === 'list') {
      out(formatVersions(await listModelVersions(db)));
      return 0;
    }
    if (args.command === 'activate' || args.command === 'rollback') {
      const v = args.command === 'activate' ? await activateModelVersion(db, args.versionId!) : await rollbackModelVersion(db);
      out(`Now serving model version ${v.id} (${v.modelName}, trained ${v.createdAt.slice(0, 10)}).`);
      return 0;
    }
    const embedder = args.embedder === 'auto' ? (await loadDefaultEmbedder()).embedder : null;
    const showProgress = process.stderr.isTTY && !process.env.CI;
    const bar = new cliProgress.SingleBar({ format: 'loading plans [{bar}] {value}/{total}', hideCursor: true }, cliProgress.Presets.shades_classic);
    let barStarted = false;
    const onStage = (stage: TrainStage, done?: number, total?: number) => {
      if (stage === 'load' && done !== undefined && total !== undefined && showProgress) {
        if (!barStarted) bar.start(total, 0);
        barStarted = true;
        bar.update(done);
        return;
      }
      if (barStarted) {
        bar.stop();
        barStarted = false;
      }
      if (done === undefined) console.error(`… ${stage.replace('_', ' ')}`);
    };
    const report = await trainRecommender(db, {
      embedder,
      validationDays: args.validationDays,
      testDays: args.testDays,
      maxQueries: args.maxQueries,
      seed: args.seed,
      activate: args.activate,
      createdBy: 'cli',
      onStage,
    });
    if (barStarted) bar.stop();
    out(formatReport(report));
    return 0;
  } catch (err) {
    console.error(`train: ${(err as Error).message}`);
    return 1;
  } finally {
    await db.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
