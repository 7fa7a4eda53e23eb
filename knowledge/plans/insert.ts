/** Writes plan batches with one set-based INSERT per table, and removes synthetic plans again. */
import type { Db, Queryable } from '../db/types.ts';
import type { PlanBatch } from './types.ts';

export interface PlanCounts {
  clients: number;
  plans: number;
  statements: number;
  actions: number;
  referrals: number;
}

export function emptyCounts(): PlanCounts {
  return { clients: 0, plans: 0, statements: 0, actions: 0, referrals: 0 };
}

export function addCounts(total: PlanCounts, more: PlanCounts): PlanCounts {
  for (const k of Object.keys(total) as (keyof PlanCounts)[]) total[k] += more[k];
  return total;
}

export interface WriteOptions {
  /** Stored in plan.source: 'synthetic' for generated plans, 'import' for real exports. */
  source: string;
  /** Imports may name clients that are already stored (checked beforehand); generation never does. */
  skipExistingClients?: boolean;
}

/** Inserts a batch in its own transaction. */
export async function insertPlanBatch(db: Db, batch: PlanBatch, options: WriteOptions = { source: 'synthetic' }): Promise<PlanCounts> {
  return db.transaction((tx) => writePlanBatch(tx, batch, options));
}

/**
 * Inserts a batch with four `INSERT ... SELECT FROM unnest(...)` statements, on a connection or
 * inside a caller's transaction. Languages travel as comma-joined strings because unnest would
 * flatten a two-dimensional array.
 */
export async function writePlanBatch(q: Queryable, batch: PlanBatch, options: WriteOptions): Promise<PlanCounts> {
  const c = batch.clients;
  const clients = await q.query(
    `INSERT INTO client (id, agency_id, site_id, age_band, immigration_status, languages, household_size, children, arrival_date)
     SELECT id, agency_id, site_id, age_band, immigration_status, string_to_array(languages, ','), household_size, children, arrival_date
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::date[])
         AS t(id, agency_id, site_id, age_band, immigration_status, languages, household_size, children, arrival_date)
     ${options.skipExistingClients ? 'ON CONFLICT (id) DO NOTHING' : ''}`,
    [
      c.map((x) => x.id),
      c.map((x) => x.agencyId),
      c.map((x) => x.siteId),
      c.map((x) => x.ageBand),
      c.map((x) => x.immigrationStatus),
      c.map((x) => x.languages.join(',')),
      c.map((x) => x.householdSize),
      c.map((x) => x.children),
      c.map((x) => x.arrivalDate),
    ],
  );

  const p = batch.plans;
  await q.query(
    `INSERT INTO plan (id, client_id, agency_id, assessor_id, created_on, status, source)
     SELECT id, client_id, agency_id, assessor_id, created_on, status, $7
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[])
         AS t(id, client_id, agency_id, assessor_id, created_on, status)`,
    [p.map((x) => x.id), p.map((x) => x.clientId), p.map((x) => x.agencyId), p.map((x) => x.assessorId), p.map((x) => x.createdOn), p.map((x) => x.status), options.source],
  );

  const st = { plan: [] as string[], position: [] as number[], statement: [] as (string | null)[], text: [] as (string | null)[] };
  const ac = { plan: [] as string[], position: [] as number[], action: [] as string[], service: [] as (string | null)[], status: [] as string[] };
  let referrals = 0;
  for (const plan of p) {
    for (const s of plan.statements) {
      st.plan.push(plan.id);
      st.position.push(s.position);
      st.statement.push(s.statementId);
      st.text.push(s.freeText);
      for (const a of s.actions) {
        ac.plan.push(plan.id);
        ac.position.push(s.position);
        ac.action.push(a.actionId);
        ac.service.push(a.referralServiceId);
        ac.status.push(a.status);
        if (a.referralServiceId) referrals++;
      }
    }
  }
  await q.query(
    `INSERT INTO plan_statement (plan_id, position, statement_id, free_text)
     SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[])`,
    [st.plan, st.position, st.statement, st.text],
  );
  await q.query(
    `INSERT INTO plan_action (plan_id, statement_position, action_id, referral_service_id, status)
     SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[])`,
    [ac.plan, ac.position, ac.action, ac.service, ac.status],
  );
  return { clients: clients.rowCount, plans: p.length, statements: st.plan.length, actions: ac.plan.length, referrals };
}

export async function countPlans(db: Queryable, source?: string): Promise<number> {
  const r = source
    ? await db.query<{ n: number }>('SELECT count(*)::int AS n FROM plan WHERE source = $1', [source])
    : await db.query<{ n: number }>('SELECT count(*)::int AS n FROM plan');
  return r.rows[0].n;
}

/**
 * Deletes every plan with source 'synthetic', its statements and actions, and the clients left
 * without any plan. Children go first with set-based deletes: faster than row-by-row cascades.
 */
export async function deleteSyntheticPlans(db: Db): Promise<{ plans: number; clients: number }> {
  return db.transaction(async (tx) => {
    await tx.query(`DELETE FROM plan_action pa USING plan p WHERE p.id = pa.plan_id AND p.source = 'synthetic'`);
    await tx.query(`DELETE FROM plan_statement ps USING plan p WHERE p.id = ps.plan_id AND p.source = 'synthetic'`);
    const plans = await tx.query(`DELETE FROM plan WHERE source = 'synthetic'`);
    const clients = await tx.query(
      `DELETE FROM client c WHERE c.id LIKE 'syn-%' AND NOT EXISTS (SELECT 1 FROM plan p WHERE p.client_id = c.id)`,
    );
    return { plans: plans.rowCount, clients: clients.rowCount };
  });
}
