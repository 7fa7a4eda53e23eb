/**
 * The researcher export: plans and decisions as JSONL with keyed pseudonyms for plan, client,
 * agency and assessor (the same scheme as exportDecisions, so the two files join), the arrival
 * date coarsened to its month, and no free text (statements the assessor typed, decision notes)
 * unless explicitly allowed: free text may name people.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import type { Queryable } from '../../knowledge/db/index.ts';
import { exportDecisions } from '../../recommender/index.ts';
import type { Pseudonymizer } from '../common/pseudonym.ts';

export interface ExportOptions {
  pseudonymizer: Pseudonymizer;
  includeFreeText?: boolean;
  /** Plans per query; default 2000. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ExportSummary {
  dir: string;
  files: string[];
  plans: number;
  statements: number;
  decisions: number;
  includeFreeText: boolean;
}

export interface ExportedPlan {
  plan: string;
  client: string;
  agency: string;
  assessor: string;
  date: string;
  status: string;
  source: string;
  context: {
    site: string;
    ageBand: string;
    immigrationStatus: string;
    languages: string[];
    householdSize: number;
    children: number;
    /** 'YYYY-MM': the day is left out, it adds identifying detail and no signal. */
    arrivalMonth: string | null;
  };
  statements: {
    position: number;
    statementId: string | null;
    freeText: boolean;
    text?: string;
    actions: { actionId: string; status: string; addedBy: string; referralServiceId: string | null }[];
  }[];
}

interface PlanRow {
  id: string;
  client_id: string;
  agency_id: string;
  assessor_id: string;
  created_on: string;
  status: string;
  source: string;
  site_id: string;
  age_band: string;
  immigration_status: string;
  languages: string[] | null;
  household_size: number;
  children: number;
  arrival_date: string | null;
}

interface StatementRow {
  plan_id: string;
  position: number;
  statement_id: string | null;
  free_text: string | null;
  actions: { action_id: string; status: string; added_by: string; referral_service_id: string | null }[] | null;
}

async function write(stream: NodeJS.WritableStream, line: string): Promise<void> {
  if (!stream.write(line)) await once(stream, 'drain');
}

async function close(stream: ReturnType<typeof createWriteStream>): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

export async function exportForResearchers(db: Queryable, dir: string, options: ExportOptions): Promise<ExportSummary> {
  const { pseudonymizer } = options;
  if (pseudonymizer.ephemeral) throw new Error('an export needs a pseudonym key (--key or EVAL_PSEUDONYM_KEY), so its pseudonyms can be joined with later exports');
  const includeFreeText = options.includeFreeText ?? false;
  const chunkSize = options.chunkSize ?? 2000;
  await mkdir(dir, { recursive: true });
  const p = (kind: string, id: string) => pseudonymizer.pseudonym(kind, id);

  const total = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM plan')).rows[0].n;
  const plansFile = path.join(dir, 'plans.jsonl');
  const plansOut = createWriteStream(plansFile, 'utf8');
  let cursor: { day: string; id: string } | null = null;
  let plans = 0;
  let statements = 0;
  for (;;) {
    const result: { rows: PlanRow[] } = await db.query<PlanRow>(
      `SELECT p.id, p.client_id, p.agency_id, p.assessor_id, p.created_on::text AS created_on, p.status, p.source,
              c.site_id, c.age_band, c.immigration_status, c.languages, c.household_size, c.children, c.arrival_date::text AS arrival_date
         FROM plan p JOIN client c ON c.id = p.client_id
        ${cursor ? 'WHERE (p.created_on, p.id) > ($2::date, $3)' : ''}
        ORDER BY p.created_on, p.id LIMIT $1`,
      cursor ? [chunkSize, cursor.day, cursor.id] : [chunkSize],
    );
    const rows: PlanRow[] = result.rows;
    if (rows.length === 0) break;
    const ids = rows.map((r) => r.id);
    const st = await db.query<StatementRow>(
      `SELECT s.plan_id, s.position, s.statement_id, s.free_text,
              json_agg(json_build_object('action_id', a.action_id, 'status', a.status, 'added_by', a.added_by, 'referral_service_id', a.referral_service_id)
                       ORDER BY a.action_id) FILTER (WHERE a.action_id IS NOT NULL) AS actions
         FROM plan_statement s
         LEFT JOIN plan_action a ON a.plan_id = s.plan_id AND a.statement_position = s.position
        WHERE s.plan_id = ANY($1::text[])
        GROUP BY s.plan_id, s.position, s.statement_id, s.free_text
        ORDER BY s.plan_id, s.position`,
      [ids],
    );
    const byPlan = new Map<string, StatementRow[]>();
    for (const s of st.rows) {
      if (!byPlan.has(s.plan_id)) byPlan.set(s.plan_id, []);
      byPlan.get(s.plan_id)!.push(s);
    }
    for (const r of rows) {
      const planStatements = byPlan.get(r.id) ?? [];
      statements += planStatements.length;
      const record: ExportedPlan = {
        plan: p('plan', r.id),
        client: p('client', r.client_id),
        agency: p('agency', r.agency_id),
        assessor: p('staff', r.assessor_id),
        date: r.created_on,
        status: r.status,
        source: r.source,
        context: {
          site: r.site_id,
          ageBand: r.age_band,
          immigrationStatus: r.immigration_status,
          languages: r.languages ?? [],
          householdSize: r.household_size,
          children: r.children,
          arrivalMonth: r.arrival_date ? r.arrival_date.slice(0, 7) : null,
        },
        statements: planStatements.map((s) => ({
          position: s.position,
          statementId: s.statement_id,
          freeText: s.statement_id === null,
          ...(includeFreeText && s.free_text !== null ? { text: s.free_text } : {}),
          actions: (s.actions ?? []).map((a) => ({ actionId: a.action_id, status: a.status, addedBy: a.added_by, referralServiceId: a.referral_service_id })),
        })),
      };
      await write(plansOut, `${JSON.stringify(record)}\n`);
    }
    plans += rows.length;
    options.onProgress?.(plans, total);
    const last: PlanRow = rows[rows.length - 1];
    cursor = { day: last.created_on, id: last.id };
  }
  await close(plansOut);

  const decisions = await exportDecisions(db, { pseudonymKey: pseudonymizer.secret, includeFreeText });
  const decisionsFile = path.join(dir, 'decisions.jsonl');
  const decisionsOut = createWriteStream(decisionsFile, 'utf8');
  for (const d of decisions) await write(decisionsOut, `${JSON.stringify(d)}\n`);
  await close(decisionsOut);

  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = {
    format: 'wayfinder-research-export',
    version: 1,
    createdAt: new Date().toISOString(),
    plans,
    statements,
    decisions: decisions.length,
    includeFreeText,
    pseudonyms: { scheme: 'HMAC-SHA256(key, "<kind>:<id>"), first 16 hex digits, prefixed "<kind>_"', keyFingerprint: pseudonymizer.fingerprint },
    coarsened: ['client arrival date → month'],
    leftOut: includeFreeText ? ['names and contact details (never stored)'] : ['names and contact details (never stored)', 'free-text statements', 'decision notes'],
  };
  const mf = createWriteStream(manifestFile, 'utf8');
  await write(mf, `${JSON.stringify(manifest, null, 2)}\n`);
  await close(mf);
  return { dir, files: [plansFile, decisionsFile, manifestFile], plans, statements, decisions: decisions.length, includeFreeText };
}
