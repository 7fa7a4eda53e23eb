/**
 * Imports real plan exports (JSONL or CSV, formats in knowledge/README.md). The file is parsed,
 * validated and written inside one transaction: the first error rolls everything back.
 */
import { accessSync, constants } from 'node:fs';
import type { Db } from '../db/types.ts';
import { ImportError, type ImportSummary } from '../import/errors.ts';
import { readCsvPlans, csvClientField } from './import-csv.ts';
import { loadReferences, type References } from './import-fields.ts';
import { jsonlClientField, readJsonlPlans, type ParsedPlan } from './import-jsonl.ts';
import { PlanImportWriter } from './import-writer.ts';

export async function importPlansJsonl(db: Db, file: string): Promise<ImportSummary> {
  return importPlans(db, file, 'plans-jsonl', (refs) => readJsonlPlans(file, refs), jsonlClientField);
}

export async function importPlansCsv(db: Db, file: string): Promise<ImportSummary> {
  return importPlans(db, file, 'plans-csv', (refs) => readCsvPlans(file, refs), csvClientField);
}

async function importPlans(
  db: Db,
  file: string,
  kind: string,
  read: (refs: References) => AsyncGenerator<ParsedPlan>,
  clientField: (name: Parameters<typeof jsonlClientField>[0]) => string,
): Promise<ImportSummary> {
  try {
    accessSync(file, constants.R_OK);
  } catch (err) {
    throw new ImportError(file, `cannot read the file: ${(err as Error).message}`);
  }
  const refs = await loadReferences(db);
  const totals = await db.transaction(async (tx) => {
    const writer = new PlanImportWriter(tx, file, clientField, 'plan_id');
    for await (const { plan, client, line } of read(refs)) await writer.add(plan, client, line);
    await writer.flush();
    return writer.totals;
  });
  return { kind, file, counts: { ...totals } };
}
