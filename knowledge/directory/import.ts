/**
 * The two HSDS importers. Each reads its input into entries, then checks and writes them in ONE
 * transaction: with `onInvalidRow: 'reject'` (the default) the first invalid row throws an
 * ImportError naming file, row and field, and nothing is written; with 'skip' the invalid rows,
 * and the rows that depend on them, are left out and listed in `skipped`.
 */
import { readFileSync } from 'node:fs';
import type { Db } from '../db/types.ts';
import { ImportError, type ImportSummary } from '../import/errors.ts';
import { EntryCollector } from './collector.ts';
import { collectHsdsCsv } from './hsds-csv.ts';
import { collectHsdsJson } from './hsds-json.ts';
import { jsonSyntaxErrorPosition } from './json-syntax.ts';
import type { SkippedRow } from './records.ts';
import { resolveEntries, type InvalidRowPolicy } from './resolve.ts';
import { writeDirectory, type DirectoryCounts } from './write.ts';

export interface HsdsImportOptions {
  /** Stored on every organization: 'demo', 'miami-211', … Ids owned by another source are refused. */
  source: string;
  onInvalidRow?: InvalidRowPolicy;
  /** Country of addresses that leave it blank, and of locations without an address. Default 'CA'. */
  defaultCountry?: string;
}

export interface HsdsImportResult extends ImportSummary {
  counts: DirectoryCounts & Record<string, number>;
  /** Rows left out in 'skip' mode (always empty in 'reject' mode). */
  skipped: SkippedRow[];
  /** CSV files in the folder that hold tables the directory does not store. */
  ignoredFiles: string[];
}

async function run(
  db: Db,
  collector: EntryCollector,
  kind: string,
  file: string,
  options: HsdsImportOptions,
  ignoredFiles: string[] = [],
): Promise<HsdsImportResult> {
  return db.transaction(async (tx) => {
    const resolution = await resolveEntries(tx, collector, options.source, options.onInvalidRow ?? 'reject');
    const counts = await writeDirectory(tx, resolution, { source: options.source, defaultCountry: options.defaultCountry ?? 'CA' });
    return { kind, file, counts: counts as HsdsImportResult['counts'], skipped: resolution.skipped, ignoredFiles };
  });
}

/** Imports an HSDS JSON document (see hsds-json.ts for the accepted shapes). */
export async function importHsdsJson(db: Db, file: string, options: HsdsImportOptions): Promise<HsdsImportResult> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ImportError(file, `cannot read the file: ${(err as Error).message}`);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (err) {
    // Row is the line of the syntax error here: a broken document has no items to count.
    const at = jsonSyntaxErrorPosition(text) ?? { line: 1, column: 1 };
    throw new ImportError(file, `not valid JSON at line ${at.line}, column ${at.column}: ${(err as Error).message}`, at.line, '$');
  }
  const collector = new EntryCollector('merge-equal');
  collectHsdsJson(document, file, collector, options.defaultCountry ?? 'CA');
  return run(db, collector, 'hsds-json', file, options);
}

/** Imports a folder of HSDS CSV tables, HSDS 1.1 or 3.0 file names. */
export async function importHsdsCsv(db: Db, dir: string, options: HsdsImportOptions): Promise<HsdsImportResult> {
  const collector = new EntryCollector('reject');
  const ignoredFiles = collectHsdsCsv(dir, collector, options.defaultCountry ?? 'CA');
  return run(db, collector, 'hsds-csv', dir, options, ignoredFiles);
}
