/**
 * npm run import -- <kind> <path> [--source NAME] [--skip-invalid]
 *   taxonomy <dir>        categories.json, statements.json, actions.json
 *   directory <file|dir>  HSDS JSON file, or a folder of HSDS CSV files
 *   articles <dir>        Markdown articles with front matter (one folder per language, or flat)
 *   plans <file>          historical plans, .jsonl or .csv (see knowledge/README.md)
 * Every import is one transaction: on the first bad row nothing is written.
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  ImportError,
  announceContentChange,
  contentCounts,
  importArticleFolder,
  importHsdsCsv,
  importHsdsJson,
  importPlansCsv,
  importPlansJsonl,
  importTaxonomy,
  loadTaxonomyFiles,
  migrate,
  openDb,
  type Db,
} from '../index.ts';

const USAGE = 'usage: npm run import -- <taxonomy|directory|articles|plans> <path> [--source NAME] [--skip-invalid]';

async function run(db: Db, kind: string, target: string, source: string, skipInvalid: boolean): Promise<unknown> {
  switch (kind) {
    case 'taxonomy':
      return importTaxonomy(db, await loadTaxonomyFiles(target));
    case 'directory':
      return statSync(target).isDirectory()
        ? importHsdsCsv(db, target, { source, onInvalidRow: skipInvalid ? 'skip' : 'reject' })
        : importHsdsJson(db, target, { source });
    case 'articles':
      return importArticleFolder(db, target);
    case 'plans':
      if (target.endsWith('.jsonl') || target.endsWith('.ndjson')) return importPlansJsonl(db, target);
      if (target.endsWith('.csv')) return importPlansCsv(db, target);
      throw new Error(`${target}: plans must be a .jsonl or .csv file`);
    default:
      throw new Error(`unknown kind "${kind}"\n${USAGE}`);
  }
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { source: { type: 'string', default: 'import' }, 'skip-invalid': { type: 'boolean', default: false } },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const [kind, target] = parsed.positionals;
  if (!kind || !target) {
    console.error(USAGE);
    return 2;
  }
  try {
    statSync(target);
  } catch {
    console.error(`${target}: no such file or folder`);
    return 2;
  }
  const db = await openDb();
  try {
    await migrate(db);
    const summary = await run(db, kind, target, parsed.values.source!, parsed.values['skip-invalid']!);
    console.log(JSON.stringify(summary, null, 2));
    if (kind === 'articles' || kind === 'directory') await announceContentChange(db, kind);
    const counts = await contentCounts(db);
    console.log(`database now holds: ${Object.entries(counts).filter(([, v]) => typeof v === 'number').map(([k, v]) => `${k} ${v}`).join(', ')}`);
    return 0;
  } catch (err) {
    if (err instanceof ImportError) {
      console.error(`import rejected, nothing was written: ${err.message}`);
      return 1;
    }
    console.error(`import failed, nothing was written: ${(err as Error).message}`);
    return 1;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
