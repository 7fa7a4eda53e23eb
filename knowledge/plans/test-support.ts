/** Shared set-up for the plan tests: demo libraries, directory, sites and agencies in a test database. */
import type { Db, Queryable } from '../db/types.ts';
import { importHsdsJson, DEMO_DIRECTORY_FILE } from '../directory/index.ts';
import { SITES } from '../domain/types.ts';
import { importTaxonomy, loadTaxonomyFiles } from '../taxonomy/index.ts';
import { CSV_COLUMNS } from './import-csv.ts';
import type { GeneratedClient, GeneratedPlan } from './types.ts';

/** Loads taxonomy and demo directory, the seven sites, and two agencies per site when none exist. */
export async function loadPlanTestContent(db: Db): Promise<void> {
  await importTaxonomy(db, await loadTaxonomyFiles());
  await db.query(
    `INSERT INTO site (id, name, province, latitude, longitude)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[]) ON CONFLICT (id) DO NOTHING`,
    [SITES.map((s) => s.id), SITES.map((s) => s.name), SITES.map((s) => s.province), SITES.map((s) => s.latitude), SITES.map((s) => s.longitude)],
  );
  const agencies = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM agency');
  if (agencies.rows[0].n === 0) {
    const rows = SITES.flatMap((s) => [1, 2].map((k) => ({ id: `ag-${s.id}-${k}`, name: `${s.name} test agency ${k}`, site: s.id })));
    await db.query(`INSERT INTO agency (id, name, site_id) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`, [
      rows.map((r) => r.id),
      rows.map((r) => r.name),
      rows.map((r) => r.site),
    ]);
  }
  await importHsdsJson(db, DEMO_DIRECTORY_FILE, { source: 'demo' });
}

export async function planRowCounts(db: Queryable): Promise<Record<string, number>> {
  const r = await db.query<Record<string, number>>(
    `SELECT (SELECT count(*) FROM client)::int AS clients, (SELECT count(*) FROM plan)::int AS plans,
            (SELECT count(*) FROM plan_statement)::int AS statements, (SELECT count(*) FROM plan_action)::int AS actions`,
  );
  return r.rows[0];
}

/** A plan in the JSONL import format. */
export function toJsonlRecord(plan: GeneratedPlan, client: GeneratedClient): Record<string, unknown> {
  return {
    plan_id: plan.id,
    client: {
      id: client.id,
      site: client.siteId,
      agency: client.agencyId,
      age_band: client.ageBand,
      immigration_status: client.immigrationStatus,
      languages: client.languages,
      household_size: client.householdSize,
      children: client.children,
      arrival_date: client.arrivalDate,
    },
    assessor_id: plan.assessorId,
    created_on: plan.createdOn,
    statements: plan.statements.map((s) => ({
      ...(s.statementId ? { statement_id: s.statementId } : { text: s.freeText }),
      actions: s.actions.map((a) => ({
        action_id: a.actionId,
        ...(a.referralServiceId ? { referral_service_id: a.referralServiceId } : {}),
        status: a.status,
      })),
    })),
  };
}

function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of the CSV import format (one per action; one per statement without actions). */
export function toCsvRows(plan: GeneratedPlan, client: GeneratedClient): string[][] {
  const rows: string[][] = [];
  for (const s of plan.statements) {
    const base: Record<string, unknown> = {
      plan_id: plan.id,
      client_id: client.id,
      site: client.siteId,
      agency: client.agencyId,
      age_band: client.ageBand,
      immigration_status: client.immigrationStatus,
      languages: client.languages.join(';'),
      household_size: client.householdSize,
      children: client.children,
      arrival_date: client.arrivalDate,
      assessor_id: plan.assessorId,
      created_on: plan.createdOn,
      statement_position: s.position,
      statement_id: s.statementId,
      statement_text: s.freeText,
    };
    const actions = s.actions.length ? s.actions : [null];
    for (const a of actions) {
      const row: Record<string, unknown> = { ...base, action_id: a?.actionId, referral_service_id: a?.referralServiceId, status: a?.status };
      rows.push(CSV_COLUMNS.map((c) => csvCell(row[c])));
    }
  }
  return rows;
}

export function csvText(rows: string[][], header: readonly string[] = CSV_COLUMNS): string {
  return [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
}
