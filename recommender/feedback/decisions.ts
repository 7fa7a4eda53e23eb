import { createHmac } from 'node:crypto';
import type { Queryable } from '../../knowledge/db/index.ts';
import type { DecisionCount } from '../models/feedback.ts';

export const DECISIONS = ['accepted', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The short list an assessor picks a rejection (or acceptance) reason from. */
export const DECISION_REASONS = ['not_relevant', 'not_eligible', 'already_done', 'client_declined', 'duplicate', 'other'] as const;
export type DecisionReason = (typeof DECISION_REASONS)[number];

/**
 * Decisions on library statements, summed per (statement, action), up to `until` (exclusive):
 * what the next training run folds in. Free-text statements have no library id to learn on.
 */
export async function loadDecisionCounts(db: Queryable, options: { until?: Date } = {}): Promise<DecisionCount[]> {
  const { rows } = await db.query<{ statement_id: string; action_id: string; accepted: string | number; rejected: string | number }>(
    `SELECT statement_id, action_id,
            count(*) FILTER (WHERE decision = 'accepted') AS accepted,
            count(*) FILTER (WHERE decision = 'rejected') AS rejected
       FROM suggestion
      WHERE decision IS NOT NULL AND statement_id IS NOT NULL AND ($1::timestamptz IS NULL OR decided_at < $1)
      GROUP BY statement_id, action_id
      ORDER BY statement_id, action_id`,
    [options.until ?? null],
  );
  return rows.map((r) => ({ statementId: r.statement_id, actionId: r.action_id, accepted: Number(r.accepted), rejected: Number(r.rejected) }));
}

/** One decision as researchers receive it: no names, no free text unless allowed, stable pseudonyms. */
export interface ExportedDecision {
  suggestion: string;
  request: string;
  plan: string | null;
  agency: string;
  assessor: string;
  statementId: string | null;
  freeTextStatement: boolean;
  actionId: string;
  modelVersion: number | null;
  rank: number;
  score: number;
  shownAt: string;
  decision: Decision | null;
  reason: DecisionReason | null;
  note?: string | null;
  decidedAt: string | null;
}

export interface ExportOptions {
  /** Secret for the keyed pseudonyms; the same key gives the same pseudonyms across exports. */
  pseudonymKey: string;
  /** Include assessors' free-text notes and free-text statements (off by default: they may name people). */
  includeFreeText?: boolean;
}

/**
 * Every logged suggestion with its decision, for evaluation (replay of accepts and rejects).
 * Plan, agency, assessor and suggestion ids are replaced by keyed HMAC pseudonyms.
 */
export async function exportDecisions(db: Queryable, options: ExportOptions): Promise<ExportedDecision[]> {
  if (options.pseudonymKey.length < 16) throw new Error('the pseudonym key must be at least 16 characters');
  const pseudonym = (kind: string, id: string) => `${kind}_${createHmac('sha256', options.pseudonymKey).update(`${kind}:${id}`).digest('hex').slice(0, 16)}`;
  const { rows } = await db.query<{
    id: string;
    request_id: string;
    plan_id: string | null;
    agency_id: string;
    shown_to: string;
    statement_id: string | null;
    statement_text: string | null;
    action_id: string;
    model_version_id: string | null;
    rank: number;
    score: number;
    shown_at: Date | string;
    decision: Decision | null;
    decision_reason: DecisionReason | null;
    decision_note: string | null;
    decided_at: Date | string | null;
  }>(
    `SELECT id, request_id, plan_id, agency_id, shown_to, statement_id, statement_text, action_id, model_version_id,
            rank, score, shown_at, decision, decision_reason, decision_note, decided_at
       FROM suggestion ORDER BY shown_at, request_id, rank`,
  );
  const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());
  return rows.map((r) => ({
    suggestion: pseudonym('suggestion', r.id),
    request: pseudonym('request', r.request_id),
    plan: r.plan_id === null ? null : pseudonym('plan', r.plan_id),
    agency: pseudonym('agency', r.agency_id),
    assessor: pseudonym('staff', r.shown_to),
    statementId: r.statement_id,
    freeTextStatement: r.statement_id === null,
    actionId: r.action_id,
    modelVersion: r.model_version_id === null ? null : Number(r.model_version_id),
    rank: r.rank,
    score: r.score,
    shownAt: iso(r.shown_at)!,
    decision: r.decision,
    reason: r.decision_reason,
    ...(options.includeFreeText ? { note: r.decision_note, statementText: r.statement_text } : {}),
    decidedAt: iso(r.decided_at),
  }));
}
