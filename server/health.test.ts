import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createScratchDatabase } from '../knowledge/db/testing.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { startService, type RunningService } from './start.ts';

/**
 * Starts the real service twice on the same database, the way `npm start` does on a fresh
 * install and then on a restart: the first start migrates and loads the demo content,
 * the second changes nothing.
 */
describe(`service start and /health (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  async function freshDatabase(): Promise<{ databaseUrl?: string; dataDir: string }> {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'wf-start-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const url = process.env.DATABASE_URL;
    if (!url) return { dataDir };
    const scratch = await createScratchDatabase(url, 'wf_start');
    cleanups.push(() => scratch.drop());
    return { databaseUrl: scratch.url, dataDir };
  }

  async function start(where: { databaseUrl?: string; dataDir: string }): Promise<RunningService> {
    const indexDir = `${where.dataDir}-index`;
    cleanups.push(() => rmSync(indexDir, { recursive: true, force: true }));
    const config = { ...loadConfig({}), ...where, indexDir, host: '127.0.0.1', port: 0, logLevel: 'silent', demoPlans: 300 };
    return startService(config);
  }

  it('migrates, loads the demo content into an empty database, and reports it', async () => {
    const where = await freshDatabase();
    const first = await start(where);
    const res = await fetch(`${first.url}/health`);
    expect(res.status).toBe(200);
    const body = await res.json();
    await first.close();

    expect(body.status).toBe('ok');
    expect(body.database.backend).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
    expect(body.database.migrationVersion).toBeGreaterThanOrEqual(4);
    expect(body.content).toMatchObject({ categories: 14, indicators: 75, sites: 7, plans: 300 });
    expect(body.content.statements).toBeGreaterThanOrEqual(150);
    expect(body.content.actions).toBeGreaterThanOrEqual(250);
    expect(body.content.organizations).toBeGreaterThanOrEqual(120);
    expect(body.content.services).toBeGreaterThanOrEqual(300);
    expect(body.content.articlesByLanguage.en).toBeGreaterThanOrEqual(60);
    expect(body.content.articlesByLanguage.fr).toBeGreaterThanOrEqual(20);

    // A restart on the same database is a no-op: same counts, no duplicate demo load.
    const second = await start(where);
    const again = await (await fetch(`${second.url}/health`)).json();
    await second.close();
    expect(again.content).toEqual(body.content);
    expect(again.database.migrationVersion).toBe(body.database.migrationVersion);
  });
});
