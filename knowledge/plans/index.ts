/** Settlement plans: the synthetic history generator, batch writer, and importers for real exports. */
export { generatePlans, describeWorld, DEFAULT_END_DATE, DEFAULT_YEARS, type GeneratePlansOptions } from './generate.ts';
export { RATES as PLAN_GENERATION_RATES } from './rates.ts';
export { loadGeneratorInputs, loadReferralDirectory } from './inputs.ts';
export { insertPlanBatch, writePlanBatch, deleteSyntheticPlans, countPlans, type PlanCounts, type WriteOptions } from './insert.ts';
export { seedSyntheticPlans, SyntheticPlansExistError, type SeedPlansOptions } from './seed.ts';
export { importPlansJsonl, importPlansCsv } from './import.ts';
export { CSV_COLUMNS as PLAN_CSV_COLUMNS } from './import-csv.ts';
export {
  ACTION_STATUSES as PLAN_ACTION_STATUSES,
  PLAN_STATUSES,
  type ActionStatus as PlanActionStatus,
  type PlanStatus,
  type PlanKnowledge,
  type ReferralService,
  type AgencyRef,
  type GeneratedClient,
  type GeneratedPlan,
  type GeneratedStatement,
  type GeneratedAction,
  type PlanBatch,
} from './types.ts';
