/** Generates synthetic plans straight into a database, batch by batch. */
import type { Db } from '../db/types.ts';
import { generatePlans, type GeneratePlansOptions } from './generate.ts';
import { loadGeneratorInputs } from './inputs.ts';
import { addCounts, countPlans, deleteSyntheticPlans, emptyCounts, insertPlanBatch, type PlanCounts } from './insert.ts';

export interface SeedPlansOptions extends Pick<GeneratePlansOptions, 'plans' | 'seed' | 'endDate' | 'years' | 'worldSeed' | 'batchSize'> {
  /** Delete existing synthetic plans first; without it, existing synthetic plans are an error. */
  replace?: boolean;
  /** Called after each batch with the number of plans written so far. */
  onProgress?: (written: number, total: number) => void;
}

export class SyntheticPlansExistError extends Error {
  constructor(readonly existing: number) {
    super(`the database already holds ${existing} synthetic plans; use --replace to delete them and generate anew`);
    this.name = 'SyntheticPlansExistError';
  }
}

/**
 * Generates `plans` synthetic plans from the taxonomy, directory and agencies already in `db`.
 * Each batch commits on its own, so memory stays flat whatever the count.
 */
export async function seedSyntheticPlans(db: Db, options: SeedPlansOptions): Promise<PlanCounts & { deleted: number }> {
  const existing = await countPlans(db, 'synthetic');
  let deleted = 0;
  if (existing > 0) {
    if (!options.replace) throw new SyntheticPlansExistError(existing);
    deleted = (await deleteSyntheticPlans(db)).plans;
  }
  const inputs = await loadGeneratorInputs(db);
  const totals = emptyCounts();
  for (const batch of generatePlans({ ...options, ...inputs, batchSize: options.batchSize ?? 2000 })) {
    addCounts(totals, await insertPlanBatch(db, batch, { source: 'synthetic' }));
    options.onProgress?.(totals.plans, options.plans);
  }
  // Fresh statistics so the planner knows the tables just grew (PGlite has no autovacuum).
  await db.exec('ANALYZE client, plan, plan_statement, plan_action');
  return { ...totals, deleted };
}
