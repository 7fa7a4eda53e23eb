/**
 * Conversations are personal data and are not kept forever: after the configured period without
 * activity they are deleted, or anonymized (text, callback details, profile link and token gone;
 * timings, reasons and outcomes kept for the statistics).
 */
import type { Db } from '../../knowledge/db/index.ts';

export interface RetentionOptions {
  /** Days after the last activity. */
  days: number;
  mode: 'delete' | 'anonymize';
  /** Conversations handled per run (keeps each transaction short). */
  batch?: number;
}

export interface RetentionReport {
  conversations: number;
  events: number;
}

export async function runRetention(db: Db, options: RetentionOptions): Promise<RetentionReport> {
  if (!Number.isInteger(options.days) || options.days < 1) throw new Error('retention days must be a whole number of at least 1');
  return db.transaction(async (tx) => {
    // An advisor's open conversation is never swept from under them, however quiet.
    const { rows } = await tx.query<{ id: string }>(
      `SELECT id FROM conversation
        WHERE last_active_at < now() - make_interval(days => $1) AND status <> 'advisor' AND anonymized_at IS NULL
        ORDER BY last_active_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [options.days, options.batch ?? 1000],
    );
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return { conversations: 0, events: 0 };
    if (options.mode === 'delete') {
      const events = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM chat_event WHERE conversation_id = ANY($1::text[])', [ids]);
      await tx.query('DELETE FROM conversation WHERE id = ANY($1::text[])', [ids]);
      return { conversations: ids.length, events: events.rows[0].n };
    }
    const events = await tx.query(
      `UPDATE chat_event SET body = '', client_msg_id = NULL,
              data = jsonb_strip_nulls(jsonb_build_object('status', data->'status', 'reason', data->'reason', 'mode', data->'mode', 'outcome', data->'outcome', 'intent', data->'intent'))
        WHERE conversation_id = ANY($1::text[])`,
      [ids],
    );
    await tx.query('UPDATE referral_request SET request = \'\' WHERE conversation_id = ANY($1::text[])', [ids]);
    await tx.query(
      `UPDATE conversation SET token_hash = NULL, client_id = NULL, consent = '{}', advisor_id = NULL, anonymized_at = now(),
              status = CASE WHEN status = 'closed' THEN status ELSE 'closed' END, closed_at = coalesce(closed_at, now())
        WHERE id = ANY($1::text[])`,
      [ids],
    );
    await tx.query('UPDATE handoff SET resolved_at = coalesce(resolved_at, now()) WHERE conversation_id = ANY($1::text[])', [ids]);
    return { conversations: ids.length, events: events.rowCount };
  });
}

/** Runs retention every `everyMs` until stopped; errors are reported, never thrown. */
export function scheduleRetention(db: Db, options: RetentionOptions & { everyMs?: number; onError?: (err: Error) => void; onRun?: (r: RetentionReport) => void }): () => void {
  const timer = setInterval(() => {
    runRetention(db, options).then(options.onRun, (err: Error) => options.onError?.(err));
  }, options.everyMs ?? 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
