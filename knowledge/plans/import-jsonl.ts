/** Reads a JSONL plan export: one plan per line, validated line by line. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ImportError } from '../import/errors.ts';
import {
  actionStatus,
  optionalService,
  parseClient,
  requireAction,
  requireDate,
  requireStatementId,
  requireText,
  type ClientField,
  type Fail,
  type References,
} from './import-fields.ts';
import type { GeneratedClient, GeneratedPlan, GeneratedStatement } from './types.ts';

export interface ParsedPlan {
  plan: GeneratedPlan;
  client: GeneratedClient;
  line: number;
}

export const jsonlClientField = (name: ClientField) => `client.${name}`;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses one line into a plan and its client, or throws an ImportError naming the field. */
export function parseJsonlPlan(file: string, text: string, line: number, refs: References): ParsedPlan {
  const fail: Fail = (reason, field) => {
    throw new ImportError(file, reason, line, field);
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ImportError(file, `not valid JSON: ${(err as Error).message}`, line);
  }
  if (!isObject(raw)) throw new ImportError(file, 'each line must be one JSON object (a plan)', line);
  const planId = requireText(raw.plan_id, 'plan_id', fail);
  if (!isObject(raw.client)) fail('client must be an object', 'client');
  const client = parseClient(raw.client as Record<ClientField, unknown>, refs, jsonlClientField, fail);
  const assessorId = requireText(raw.assessor_id, 'assessor_id', fail);
  const createdOn = requireDate(raw.created_on, 'created_on', fail, { notFuture: true });
  if (!Array.isArray(raw.statements) || raw.statements.length === 0) fail('statements must be a non-empty list', 'statements');

  const statements = (raw.statements as unknown[]).map((s, i): GeneratedStatement => {
    const at = `statements[${i}]`;
    if (!isObject(s)) fail('each statement must be an object', at);
    const st = s as Record<string, unknown>;
    const hasId = st.statement_id !== undefined && st.statement_id !== null;
    const hasText = st.text !== undefined && st.text !== null;
    if (hasId === hasText) fail('a statement needs exactly one of statement_id or text', at);
    const statementId = hasId ? requireStatementId(requireText(st.statement_id, `${at}.statement_id`, fail), `${at}.statement_id`, refs, fail) : null;
    const freeText = hasText ? requireText(st.text, `${at}.text`, fail) : null;
    const rawActions = st.actions ?? [];
    if (!Array.isArray(rawActions)) fail('actions must be a list', `${at}.actions`);
    const seen = new Set<string>();
    const actions = (rawActions as unknown[]).map((a, j) => {
      const aAt = `${at}.actions[${j}]`;
      if (!isObject(a)) fail('each action must be an object', aAt);
      const act = a as Record<string, unknown>;
      const actionId = requireAction(act.action_id, `${aAt}.action_id`, client, refs, fail);
      if (seen.has(actionId)) fail(`action "${actionId}" is attached twice to this statement`, `${aAt}.action_id`);
      seen.add(actionId);
      return {
        actionId,
        referralServiceId: optionalService(act.referral_service_id, `${aAt}.referral_service_id`, refs, fail),
        status: actionStatus(act.status, `${aAt}.status`, fail),
      };
    });
    return { position: i + 1, statementId, freeText, actions };
  });

  return {
    plan: { id: planId, clientId: client.id, agencyId: client.agencyId, assessorId, createdOn, status: 'active', statements },
    client,
    line,
  };
}

/** Streams the plans of a JSONL file; blank lines are skipped. */
export async function* readJsonlPlans(file: string, refs: References): AsyncGenerator<ParsedPlan> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    yield parseJsonlPlan(file, text, line, refs);
  }
}
