/** Reads what the generator needs from the database (taxonomy, directory, agencies) and the synthetic-world files (content/synthetic/). */
import type { Queryable } from '../db/types.ts';
import type { Eligibility, ImmigrationStatus } from '../domain/types.ts';
import { loadSyntheticKnowledge } from '../taxonomy/index.ts';
import type { SyntheticKnowledge } from '../taxonomy/types.ts';
import type { AgencyRef, PlanKnowledge, ReferralService } from './types.ts';

/** Statements and actions with their category and eligibility, as stored by the taxonomy import. */
export async function loadLibraries(db: Queryable): Promise<Pick<PlanKnowledge, 'statements' | 'actions'>> {
  const statements = await db.query<{ id: string; category_id: string; text: string }>(
    `SELECT s.id, i.category_id, s.text->>'en' AS text
       FROM driving_statement s JOIN indicator i ON i.id = s.indicator_id ORDER BY s.id`,
  );
  const actions = await db.query<{
    id: string;
    category_id: string;
    text: string;
    min_age: number | null;
    max_age: number | null;
    immigration_statuses: string[] | null;
  }>(
    `SELECT a.id, i.category_id, a.text->>'en' AS text, a.min_age, a.max_age, a.immigration_statuses
       FROM action a JOIN indicator i ON i.id = a.indicator_id ORDER BY a.id`,
  );
  return {
    statements: statements.rows.map((r) => ({ id: r.id, categoryId: r.category_id, text: r.text })),
    actions: actions.rows.map((r) => {
      const eligibility: Eligibility = {};
      if (r.min_age !== null) eligibility.minAge = r.min_age;
      if (r.max_age !== null) eligibility.maxAge = r.max_age;
      if (r.immigration_statuses !== null) eligibility.immigrationStatuses = r.immigration_statuses as ImmigrationStatus[];
      return { id: r.id, categoryId: r.category_id, text: r.text, eligibility: Object.keys(eligibility).length ? eligibility : undefined };
    }),
  };
}

/**
 * Active services with a category, the sites of their locations, and their age and status
 * eligibility: the only services a referral may point to.
 */
export async function loadReferralDirectory(db: Queryable): Promise<ReferralService[]> {
  const r = await db.query<{
    id: string;
    category_id: string;
    minimum_age: number | null;
    maximum_age: number | null;
    site_ids: string[];
    statuses: string[];
  }>(
    `SELECT s.id, s.category_id, s.minimum_age, s.maximum_age,
            array(SELECT DISTINCT l.site_id FROM service_at_location sal JOIN location l ON l.id = sal.location_id
                   WHERE sal.service_id = s.id AND l.site_id IS NOT NULL ORDER BY l.site_id) AS site_ids,
            array(SELECT e.value FROM eligibility e WHERE e.service_id = s.id AND e.kind = 'immigration_status' ORDER BY e.value) AS statuses
       FROM service s
      WHERE s.status = 'active' AND s.category_id IS NOT NULL
      ORDER BY s.id`,
  );
  return r.rows.map((row) => ({
    id: row.id,
    categoryId: row.category_id,
    siteIds: row.site_ids,
    minAge: row.minimum_age ?? undefined,
    maxAge: row.maximum_age ?? undefined,
    immigrationStatuses: row.statuses,
  }));
}

export async function loadAgencies(db: Queryable): Promise<AgencyRef[]> {
  const r = await db.query<{ id: string; site_id: string }>('SELECT id, site_id FROM agency WHERE site_id IS NOT NULL ORDER BY id');
  return r.rows.map((row) => ({ id: row.id, siteId: row.site_id }));
}

/** Everything `generatePlans` needs besides the plan count and seed. */
export async function loadGeneratorInputs(
  db: Queryable,
  synthetic?: SyntheticKnowledge,
): Promise<{ knowledge: PlanKnowledge; directory: ReferralService[]; agencies: AgencyRef[] }> {
  const libraries = await loadLibraries(db);
  const { statementActions, latentNeeds } = synthetic ?? (await loadSyntheticKnowledge());
  return {
    knowledge: { ...libraries, statementActions, latentNeeds },
    directory: await loadReferralDirectory(db),
    agencies: await loadAgencies(db),
  };
}
