/**
 * npm run seed -- --plans 100000 --seed 42 [--replace] [--end-date 2026-10-31] [--years 4]
 *
 * Generates a synthetic history of settlement plans into the database (DATABASE_URL, or the
 * embedded one under ./data/pglite), loading the demo content first on a fresh database.
 */
import { pathToFileURL } from 'node:url';
import cliProgress from 'cli-progress';
import { migrate, openDb } from '../db/index.ts';
import { loadDemoContent } from '../demo/index.ts';
import { countPlans, DEFAULT_END_DATE, DEFAULT_YEARS, seedSyntheticPlans } from '../plans/index.ts';
import { parseIsoDay } from '../plans/dates.ts';
import { parseOptions, parseOrExplain, UsageError, wholeNumber } from './args.ts';

const USAGE = `Usage: npm run seed -- [options]

  --plans N          plans to generate (default 100000)
  --seed S           random seed; the same seed gives the same plans (default 42)
  --end-date DATE    last plan date, YYYY-MM-DD (default ${DEFAULT_END_DATE})
  --years Y          years of history before the end date (default ${DEFAULT_YEARS})
  --replace          delete existing synthetic plans first
  --help             show this help`;

export interface SeedArgs {
  plans: number;
  seed: number;
  endDate: string;
  years: number;
  replace: boolean;
  help: boolean;
}

export { UsageError };

/** Parses the command line; a bad option or value throws a UsageError. */
export function parseSeedArgs(argv: string[]): SeedArgs {
  const { values } = parseOptions(argv, {
    plans: { type: 'string' },
    seed: { type: 'string' },
    'end-date': { type: 'string' },
    years: { type: 'string' },
    replace: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  });
  const endDate = values['end-date'] ?? DEFAULT_END_DATE;
  if (parseIsoDay(endDate) === null) throw new UsageError(`--end-date must be a date YYYY-MM-DD, got "${endDate}"`);
  return {
    plans: wholeNumber('plans', values.plans, 100_000),
    seed: wholeNumber('seed', values.seed, 42, -(2 ** 31)),
    endDate,
    years: wholeNumber('years', values.years, DEFAULT_YEARS),
    replace: values.replace ?? false,
    help: values.help ?? false,
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function main(): Promise<number> {
  const args = parseOrExplain(() => parseSeedArgs(process.argv.slice(2)), USAGE, 'seed: ');
  if (!args) return 2;
  if (args.help) {
    console.log(USAGE);
    return 0;
  }

  const db = await openDb();
  try {
    await migrate(db);
    const taxonomy = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM category');
    if (taxonomy.rows[0].n === 0) {
      console.log('Empty database: loading the demo taxonomy, directory, articles, sites and agencies…');
      // Plans come from this command, with its own count and seed.
      await loadDemoContent(db, { plans: 0 });
    }
    const existing = await countPlans(db, 'synthetic');
    if (existing > 0 && !args.replace) {
      console.error(`seed: the database already holds ${existing} synthetic plans. Run again with --replace to delete them and generate anew.`);
      return 1;
    }
    if (existing > 0) console.log(`Deleting ${existing} existing synthetic plans…`);

    const started = performance.now();
    const bar = new cliProgress.SingleBar(
      { format: 'plans [{bar}] {percentage}% | {value}/{total} | {duration_formatted} elapsed, {eta_formatted} left', etaBuffer: 20 },
      cliProgress.Presets.shades_classic,
    );
    let barStarted = false;
    const result = await seedSyntheticPlans(db, {
      plans: args.plans,
      seed: args.seed,
      endDate: args.endDate,
      years: args.years,
      replace: args.replace,
      onProgress: (written, total) => {
        if (!barStarted) {
          bar.start(total, 0);
          barStarted = true;
        }
        bar.update(written);
      },
    });
    if (barStarted) bar.stop();
    const elapsed = (performance.now() - started) / 1000;
    const size = await db.query<{ bytes: number }>('SELECT pg_database_size(current_database())::bigint AS bytes');
    console.log(
      [
        `Synthetic plans generated (seed ${args.seed}, ${args.years} years to ${args.endDate}, ${db.backend}):`,
        ...(result.deleted ? [`  replaced   ${result.deleted} earlier synthetic plans`] : []),
        `  clients    ${result.clients}`,
        `  plans      ${result.plans}`,
        `  statements ${result.statements}`,
        `  actions    ${result.actions}`,
        `  referrals  ${result.referrals} (${((100 * result.referrals) / Math.max(1, result.actions)).toFixed(1)}% of actions)`,
        `  elapsed    ${elapsed.toFixed(1)} s`,
        `  db size    ${megabytes(size.rows[0].bytes)}`,
      ].join('\n'),
    );
    return 0;
  } finally {
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => (process.exitCode = code),
    (err) => {
      console.error(`seed: ${(err as Error).stack ?? err}`);
      process.exitCode = 1;
    },
  );
}
