import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './types.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATION_FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/**
 * Every domain folder keeps its own `migrations/` with files `NNNN_name.sql`.
 * Versions are global across folders, so the order of the whole schema is explicit.
 */
export function loadMigrations(dirs: string[]): Migration[] {
  const all: Migration[] = [];
  for (const dir of dirs) {
    for (const file of readdirSync(dir)) {
      const m = MIGRATION_FILE.exec(file);
      if (!m) continue;
      all.push({ version: Number(m[1]), name: m[2], sql: readFileSync(path.join(dir, file), 'utf8') });
    }
  }
  all.sort((a, b) => a.version - b.version);
  for (let i = 1; i < all.length; i++) {
    if (all[i].version === all[i - 1].version) {
      throw new Error(`two migrations share version ${all[i].version}: ${all[i - 1].name} and ${all[i].name}`);
    }
  }
  return all;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The migration folders of every domain, in the repository. */
export const MIGRATION_DIRS = ['knowledge', 'recommender', 'bot', 'server']
  .map((d) => path.join(root, d, 'migrations'))
  .filter((d) => {
    try {
      return readdirSync(d).length >= 0;
    } catch {
      return false;
    }
  });

// Any constant works; it only has to be the same for every instance sharing a database.
const MIGRATION_LOCK_KEY = 7_351_902;

/**
 * Applies pending migrations, each inside one transaction with its bookkeeping row,
 * so a crash leaves either the whole migration or none of it. An advisory lock keeps
 * several instances starting at once from racing. Returns the schema version.
 */
export async function migrate(db: Db, migrations: Migration[] = loadMigrations(MIGRATION_DIRS)): Promise<number> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    const done = await tx.query<{ version: number }>('SELECT version FROM schema_migration');
    const applied = new Set(done.rows.map((r) => r.version));
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      try {
        await tx.exec(m.sql);
      } catch (err) {
        throw new Error(`migration ${m.version}_${m.name} failed: ${(err as Error).message}`);
      }
      await tx.query('INSERT INTO schema_migration (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    const v = await tx.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migration');
    return v.rows[0].v ?? 0;
  });
}
