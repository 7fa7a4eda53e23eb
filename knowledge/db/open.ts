import path from 'node:path';
import type { Db } from './types.ts';
import { openPostgres } from './postgres.ts';
import { openPglite } from './pglite.ts';

export interface OpenDbOptions {
  /** PostgreSQL connection string; absent: DATABASE_URL from the environment; null: embedded, whatever the environment says. */
  databaseUrl?: string | null;
  /** Embedded data directory; `'memory://'` keeps it in memory. */
  dataDir?: string;
}

/** PostgreSQL server when DATABASE_URL is set, embedded PGlite under ./data otherwise. */
export async function openDb(options: OpenDbOptions = {}): Promise<Db> {
  const url = options.databaseUrl === undefined ? process.env.DATABASE_URL : options.databaseUrl;
  if (url) return openPostgres(url);
  const dir = options.dataDir ?? process.env.WAYFINDER_DATA_DIR ?? path.resolve('data', 'pglite');
  return openPglite(dir === 'memory://' ? undefined : dir);
}
