import type { Queryable } from '../db/index.ts';

/** Channel on which a change to articles or the directory is announced to every server instance. */
export const CONTENT_CHANNEL = 'wayfinder_content';

/** Tells running instances that articles or services changed, so their search indexes catch up. */
export async function announceContentChange(db: Queryable, what: string): Promise<void> {
  await db.query('SELECT pg_notify($1, $2)', [CONTENT_CHANNEL, what]);
}
