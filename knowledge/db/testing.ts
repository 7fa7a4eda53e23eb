import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import { migrate } from './migrate.ts';
import type { Db } from './types.ts';

/** A new, empty database on a PostgreSQL server, for one test or benchmark run, and how to drop it. */
export async function createScratchDatabase(serverUrl: string, prefix = 'wf_test'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  return { url: target.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export interface TestDb {
  db: Db;
  /** Closes the connection and, on a server, drops the throw-away database. */
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file. With DATABASE_URL set the tests run on that
 * PostgreSQL server inside a new throw-away database; otherwise on an in-memory PGlite.
 */
export async function createTestDb(options: { migrate?: boolean } = {}): Promise<TestDb> {
  const url = process.env.DATABASE_URL;
  let db: Db;
  let drop: () => Promise<void>;
  if (url) {
    const scratch = await createScratchDatabase(url);
    db = openPostgres(scratch.url, { max: 4 });
    drop = async () => {
      await db.close();
      await scratch.drop();
    };
  } else {
    db = await openPglite();
    drop = () => db.close();
  }
  if (options.migrate !== false) await migrate(db);
  return { db, drop };
}
