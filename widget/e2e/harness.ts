/**
 * What the browser tests need: a fresh build of widget/dist, the real service on port 0 with demo
 * content (few plans, so it starts fast) on PGlite or a throw-away PostgreSQL database, Debian's
 * Chromium driven by playwright-core, axe-core, and screenshots saved under widget/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../knowledge/db/index.ts';
import { createScratchDatabase } from '../../knowledge/db/testing.ts';
import type { Page } from 'playwright-core';
import { loadConfig } from '../../server/config.ts';
import { startService, type RunningService } from '../../server/start.ts';
import { buildWidget, DIST_DIR } from '../build.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(here, '..', 'screenshots');
export const DEMO_PASSWORD = 'wayfinder-demo';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds widget/dist unless it is newer than every source file. */
export async function ensureBuilt(): Promise<void> {
  const marker = path.join(DIST_DIR, 'sizes.json');
  const sources = Math.max(newestMtime(path.join(here, '..', 'src')), newestMtime(path.join(here, '..', 'pages')), statSync(path.join(here, '..', 'build.ts')).mtimeMs);
  if (existsSync(marker) && statSync(marker).mtimeMs > sources) return;
  await buildWidget();
}

export interface E2eService {
  service: RunningService;
  url: string;
  close(): Promise<void>;
}

/** The service as `npm start` runs it, on a fresh database, listening on a free port. */
export async function startE2eService(): Promise<E2eService> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'wf-e2e-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  let databaseUrl: string | undefined;
  const url = process.env.DATABASE_URL;
  if (url) {
    const scratch = await createScratchDatabase(url, 'wf_e2e');
    cleanups.push(() => scratch.drop());
    databaseUrl = scratch.url;
  }
  const indexDir = `${dataDir}-index`;
  cleanups.push(() => rmSync(indexDir, { recursive: true, force: true }));
  const config = { ...loadConfig({}), databaseUrl, dataDir, indexDir, host: '127.0.0.1', port: 0, logLevel: 'silent', demoPlans: 300, demoPassword: DEMO_PASSWORD };
  const service = await startService(config);
  return {
    service,
    url: service.url.replace('0.0.0.0', '127.0.0.1'),
    async close() {
      await service.close();
      for (const c of cleanups.reverse()) await c();
    },
  };
}

/**
 * The demo site has no office hours of its own, so it would follow the default week (weekdays
 * 9–17 in Toronto) and the handoff would depend on when the test runs. The test site is open
 * around the clock instead: 24:00 is a valid PostgreSQL `time` and makes each day's slot cover the
 * whole day (the admin route only takes up to 23:59, which would leave a minute closed at midnight).
 */
export async function openAroundTheClock(db: Db, siteId: string): Promise<void> {
  await db.query('DELETE FROM chat_office_hours WHERE site_id = $1', [siteId]);
  for (const day of ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']) {
    await db.query(`INSERT INTO chat_office_hours (site_id, byday, opens_at, closes_at, time_zone) VALUES ($1, $2, '00:00', '24:00', 'America/Toronto')`, [siteId, day]);
  }
  await db.query('DELETE FROM chat_holiday WHERE site_id IS NULL OR site_id = $1', [siteId]);
}

/** The two screens every view is checked and photographed on: a laptop and a 360-px phone. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 360, height: 740 },
} as const;

/** Saves `<name>-<device>.png` under widget/screenshots/ (linked from widget/README.md). */
export async function screenshot(page: Page, name: string, device: keyof typeof VIEWPORTS): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${device}.png`), fullPage: false });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page (shadow DOM included), as short strings. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the pages' Content-Security-Policy does not govern.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.targets.join(', ')}`);
}
