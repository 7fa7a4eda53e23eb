/**
 * Reads a CSV plan export: one row per plan action, the rows of one plan next to each other.
 * Plan and client attributes repeat on every row and must agree.
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { ImportError } from '../import/errors.ts';
import {
  actionStatus,
  clientDifference,
  optionalService,
  optionalText,
  parseClient,
  requireAction,
  requireDate,
  requireInteger,
  requireStatementId,
  requireText,
  type ClientField,
  type Fail,
  type References,
} from './import-fields.ts';
import type { ParsedPlan } from './import-jsonl.ts';
import type { GeneratedAction, GeneratedClient } from './types.ts';

export const CSV_COLUMNS = [
  'plan_id',
  'client_id',
  'site',
  'agency',
  'age_band',
  'immigration_status',
  'languages',
  'household_size',
  'children',
  'arrival_date',
  'assessor_id',
  'created_on',
  'statement_position',
  'statement_id',
  'statement_text',
  'action_id',
  'referral_service_id',
  'status',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
type Row = Record<Column, string>;

export const csvClientField = (name: ClientField): Column => (name === 'id' ? 'client_id' : name);

interface StatementDraft {
  statementId: string | null;
  freeText: string | null;
  line: number;
  actions: GeneratedAction[];
}

interface PlanDraft {
  id: string;
  line: number;
  client: GeneratedClient;
  assessorId: string;
  createdOn: string;
  statements: Map<number, StatementDraft>;
}

function checkHeader(file: string, header: string[]): void {
  for (const column of CSV_COLUMNS) {
    if (!header.includes(column)) throw new ImportError(file, `missing column "${column}"`, 1, column);
  }
  for (const column of header) {
    if (!(CSV_COLUMNS as readonly string[]).includes(column)) throw new ImportError(file, `unknown column "${column}"`, 1, column);
  }
}

/** Streams the plans of a CSV file, each once all of its rows are read. */
export async function* readCsvPlans(file: string, refs: References): AsyncGenerator<ParsedPlan> {
  let header: string[] | undefined;
  const parser = createReadStream(file).pipe(
    parse({
      bom: true,
      skip_empty_lines: true,
      info: true,
      columns: (h: string[]) => (header = h.map((c) => c.trim())),
    }),
  );
  let draft: PlanDraft | undefined;
  let headerChecked = false;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Row; info: { lines: number } }>) {
      if (!headerChecked) {
        checkHeader(file, header!);
        headerChecked = true;
      }
      const line = info.lines;
      const fail: Fail = (reason, field) => {
        throw new ImportError(file, reason, line, field);
      };
      const planId = requireText(record.plan_id, 'plan_id', fail);
      if (draft && draft.id !== planId) {
        yield finish(draft);
        draft = undefined;
      }
      draft = addRow(draft, planId, record, line, refs, fail);
    }
  } catch (err) {
    const e = err as { code?: string; lines?: number; message: string };
    if (typeof e.code === 'string' && e.code.startsWith('CSV_')) throw new ImportError(file, `malformed CSV: ${e.message}`, e.lines);
    throw err;
  }
  if (!header) throw new ImportError(file, 'the file is empty: expected a header row', 1);
  if (!headerChecked) checkHeader(file, header);
  if (draft) yield finish(draft);
}

function addRow(draft: PlanDraft | undefined, planId: string, r: Row, line: number, refs: References, fail: Fail): PlanDraft {
  const client = parseClient(
    {
      id: r.client_id,
      site: r.site,
      agency: r.agency,
      age_band: r.age_band,
      immigration_status: r.immigration_status,
      languages: (r.languages ?? '').split(';').map((l) => l.trim()).filter(Boolean),
      household_size: r.household_size,
      children: r.children,
      arrival_date: r.arrival_date,
    },
    refs,
    csvClientField,
    fail,
  );
  const assessorId = requireText(r.assessor_id, 'assessor_id', fail);
  const createdOn = requireDate(r.created_on, 'created_on', fail, { notFuture: true });
  if (!draft) {
    draft = { id: planId, line, client, assessorId, createdOn, statements: new Map() };
  } else {
    if (client.id !== draft.client.id) fail(`plan "${planId}" belongs to client "${draft.client.id}" on line ${draft.line}`, 'client_id');
    const diff = clientDifference(draft.client, client);
    if (diff) fail(`client "${client.id}" has ${diff.field} "${diff.now}" here but "${diff.was}" on line ${draft.line}`, csvClientField(diff.field));
    if (assessorId !== draft.assessorId) fail(`plan "${planId}" has assessor "${draft.assessorId}" on line ${draft.line}`, 'assessor_id');
    if (createdOn !== draft.createdOn) fail(`plan "${planId}" was created on ${draft.createdOn} on line ${draft.line}`, 'created_on');
  }

  const position = requireInteger(r.statement_position, 'statement_position', fail, 1, 1000);
  const statementId = optionalText(r.statement_id, 'statement_id', fail);
  const freeText = optionalText(r.statement_text, 'statement_text', fail);
  if ((statementId === null) === (freeText === null)) fail('a row needs exactly one of statement_id or statement_text', statementId ? 'statement_text' : 'statement_id');
  if (statementId) requireStatementId(statementId, 'statement_id', refs, fail);
  let statement = draft.statements.get(position);
  if (!statement) {
    statement = { statementId, freeText, line, actions: [] };
    draft.statements.set(position, statement);
  } else if (statement.statementId !== statementId || statement.freeText !== freeText) {
    fail(`statement ${position} of plan "${planId}" is "${statement.statementId ?? statement.freeText}" on line ${statement.line}`, statementId ? 'statement_id' : 'statement_text');
  }

  // A row without an action declares a statement the assessor attached nothing to.
  const actionId = optionalText(r.action_id, 'action_id', fail);
  if (actionId === null) {
    if (optionalText(r.referral_service_id, 'referral_service_id', fail) !== null) fail('a referral needs an action_id', 'referral_service_id');
    return draft;
  }
  requireAction(actionId, 'action_id', client, refs, fail);
  if (statement.actions.some((a) => a.actionId === actionId)) fail(`action "${actionId}" is attached twice to statement ${position} of plan "${planId}"`, 'action_id');
  statement.actions.push({
    actionId,
    referralServiceId: optionalService(r.referral_service_id, 'referral_service_id', refs, fail),
    status: actionStatus(r.status, 'status', fail),
  });
  return draft;
}

function finish(d: PlanDraft): ParsedPlan {
  const statements = [...d.statements.entries()]
    .sort(([a], [b]) => a - b)
    .map(([position, s]) => ({ position, statementId: s.statementId, freeText: s.freeText, actions: s.actions }));
  return {
    plan: { id: d.id, clientId: d.client.id, agencyId: d.client.agencyId, assessorId: d.assessorId, createdOn: d.createdOn, status: 'active', statements },
    client: d.client,
    line: d.line,
  };
}
