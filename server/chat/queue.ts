/** The advisors' queue: who is waiting, in what order, and an honest estimate from recent waits. */
import type { Queryable } from '../../knowledge/db/index.ts';
import type { HandoffMode, HandoffReason } from './protocol.ts';

export interface QueueItem {
  conversationId: string;
  reason: HandoffReason;
  mode: HandoffMode;
  priority: number;
  site: string | null;
  language: string;
  requestedAt: string;
  waitingSeconds: number;
}

export interface QueueFilter {
  sites?: string[];
  languages?: string[];
}

/** Crisis first (priority 0), then first come first served. */
const ORDER = 'h.priority, h.requested_at, h.id';

export async function listQueue(db: Queryable, agencyId: string, filter: QueueFilter = {}, now = new Date()): Promise<QueueItem[]> {
  const { rows } = await db.query<{ id: string; reason: HandoffReason; mode: HandoffMode; priority: number; site_id: string | null; language: string; requested_at: Date | string }>(
    `SELECT c.id, h.reason, h.mode, h.priority, c.site_id, c.language, h.requested_at
       FROM handoff h JOIN conversation c ON c.id = h.conversation_id
      WHERE c.status = 'waiting' AND c.agency_id = $1 AND h.taken_at IS NULL AND h.resolved_at IS NULL
        AND ($2::text[] IS NULL OR c.site_id = ANY($2::text[]))
        AND ($3::text[] IS NULL OR c.language = ANY($3::text[]))
      ORDER BY ${ORDER} LIMIT 500`,
    [agencyId, filter.sites?.length ? filter.sites : null, filter.languages?.length ? filter.languages : null],
  );
  return rows.map((r) => {
    const requested = new Date(r.requested_at);
    return {
      conversationId: r.id,
      reason: r.reason,
      mode: r.mode,
      priority: r.priority,
      site: r.site_id,
      language: r.language,
      requestedAt: requested.toISOString(),
      waitingSeconds: Math.max(0, Math.round((now.getTime() - requested.getTime()) / 1000)),
    };
  });
}

/** 1-based place among everyone waiting at the agency, or null when not waiting. */
export async function queuePosition(db: Queryable, conversationId: string): Promise<number | null> {
  const { rows } = await db.query<{ position: number }>(
    `WITH me AS (
       SELECT h.id, h.priority, h.requested_at, c.agency_id FROM handoff h JOIN conversation c ON c.id = h.conversation_id
        WHERE h.conversation_id = $1 AND c.status = 'waiting' AND h.taken_at IS NULL AND h.resolved_at IS NULL
        ORDER BY h.id DESC LIMIT 1)
     SELECT (SELECT count(*)::int FROM handoff h JOIN conversation c ON c.id = h.conversation_id
              WHERE c.agency_id = me.agency_id AND c.status = 'waiting' AND h.taken_at IS NULL AND h.resolved_at IS NULL
                AND (h.priority, h.requested_at, h.id) < (me.priority, me.requested_at, me.id)) + 1 AS position
       FROM me`,
    [conversationId],
  );
  return rows[0]?.position ?? null;
}

export interface WaitEstimate {
  p50Seconds: number;
  p90Seconds: number;
  sampleSize: number;
}

/** Fewer recent live handoffs than this and we say we cannot estimate, rather than invent a number. */
export const MIN_ESTIMATE_SAMPLE = 3;

function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Median and 90th percentile of how long the agency's last 50 live handoffs (past week) actually waited. */
export async function waitEstimate(db: Queryable, agencyId: string): Promise<WaitEstimate | null> {
  const { rows } = await db.query<{ wait: number }>(
    `SELECT extract(epoch FROM h.taken_at - h.requested_at)::float8 AS wait
       FROM handoff h JOIN conversation c ON c.id = h.conversation_id
      WHERE c.agency_id = $1 AND h.mode = 'live' AND h.taken_at IS NOT NULL AND h.taken_at > now() - interval '7 days'
      ORDER BY h.taken_at DESC LIMIT 50`,
    [agencyId],
  );
  if (rows.length < MIN_ESTIMATE_SAMPLE) return null;
  const waits = rows.map((r) => Number(r.wait)).sort((a, b) => a - b);
  return { p50Seconds: Math.round(quantile(waits, 0.5)), p90Seconds: Math.round(quantile(waits, 0.9)), sampleSize: waits.length };
}

/** Advisors of the agency marked online and seen in the last two minutes (instances refresh last_seen). */
export async function advisorsOnline(db: Queryable, agencyId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM advisor_presence p JOIN staff_user u ON u.id = p.staff_id
      WHERE u.agency_id = $1 AND p.status = 'online' AND p.last_seen > now() - interval '2 minutes'`,
    [agencyId],
  );
  return rows[0].n;
}

export async function queueLength(db: Queryable): Promise<{ agencyId: string; priority: number; n: number }[]> {
  const { rows } = await db.query<{ agency_id: string; priority: number; n: number }>(
    `SELECT c.agency_id, h.priority, count(*)::int AS n FROM handoff h JOIN conversation c ON c.id = h.conversation_id
      WHERE c.status = 'waiting' AND h.taken_at IS NULL AND h.resolved_at IS NULL GROUP BY 1, 2`,
  );
  return rows.map((r) => ({ agencyId: r.agency_id, priority: r.priority, n: r.n }));
}
