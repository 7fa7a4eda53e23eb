import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import { migrate } from './migrate.ts';
import type { Db } from './types.ts';

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
    const name = `wf_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${name}`;
    db = openPostgres(target.toString(), { max: 4 });
    drop = async () => {
      await db.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    };
  } else {
    db = await openPglite();
    drop = () => db.close();
  }
  if (options.migrate !== false) await migrate(db);
  return { db, drop };
}
