import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from './testing.ts';
import { migrate, loadMigrations, MIGRATION_DIRS } from './migrate.ts';

describe(`database (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ migrate: false });
  });
  afterAll(async () => t.drop());

  it('applies every migration once and records it', async () => {
    const expected = loadMigrations(MIGRATION_DIRS);
    const version = await migrate(t.db);
    expect(version).toBe(expected.at(-1)!.version);
    const rows = await t.db.query<{ version: number }>('SELECT version FROM schema_migration ORDER BY version');
    expect(rows.rows.map((r) => r.version)).toEqual(expected.map((m) => m.version));
  });

  it('is a no-op on restart', async () => {
    const before = await t.db.query('SELECT version, applied_at FROM schema_migration ORDER BY version');
    const version = await migrate(t.db);
    const after = await t.db.query('SELECT version, applied_at FROM schema_migration ORDER BY version');
    expect(after.rows).toEqual(before.rows);
    expect(version).toBe(loadMigrations(MIGRATION_DIRS).at(-1)!.version);
  });

  it('rolls back a failing migration entirely', async () => {
    const current = await migrate(t.db);
    const broken = [
      ...loadMigrations(MIGRATION_DIRS),
      { version: current + 1, name: 'half', sql: 'CREATE TABLE half_done (id int); SELECT * FROM no_such_table;' },
    ];
    await expect(migrate(t.db, broken)).rejects.toThrow(/half failed/);
    const table = await t.db.query(`SELECT to_regclass('half_done') AS t`);
    expect(table.rows[0]).toEqual({ t: null });
    const versions = await t.db.query('SELECT max(version) AS v FROM schema_migration');
    expect(versions.rows[0]).toEqual({ v: current });
  });

  it('rolls back a transaction on error and returns numbers for bigint counts', async () => {
    await t.db.query(`INSERT INTO category (id, position, label) VALUES ('tx-test', 1, '{"en":"T"}')`);
    await expect(
      t.db.transaction(async (tx) => {
        await tx.query(`DELETE FROM category WHERE id = 'tx-test'`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const n = await t.db.query<{ n: number }>(`SELECT count(*) AS n FROM category WHERE id = 'tx-test'`);
    expect(n.rows[0].n).toBe(1);
  });

  it('delivers NOTIFY to a listener', async () => {
    const got: string[] = [];
    const stop = await t.db.listen('wf_test_channel', (p) => got.push(p));
    await t.db.query(`SELECT pg_notify('wf_test_channel', 'hello')`);
    for (let i = 0; i < 50 && got.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await stop();
    expect(got).toEqual(['hello']);
  });
});
