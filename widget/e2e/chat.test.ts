/**
 * The chat end to end in Chromium: a newcomer on a phone asks a question, sees a cited answer and
 * a service card, asks for a person; an advisor in a second browser context takes the chat and
 * replies; the newcomer sees it; the newcomer's network drops and comes back, with no message
 * lost or repeated.
 *
 * Until server/app.ts wires the chat, this runs the chat plugin (server/chat) the way its own tests
 * do, with their keyword test-double bot, on a database with the demo content and demo staff.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, migrate, type Db } from '../../knowledge/db/index.ts';
import { loadDemoContent } from '../../knowledge/index.ts';
import { authRoutes } from '../../server/auth/plugin.ts';
import { chatPlugin, registerSecurity } from '../../server/chat/index.ts';
import { FakeBot } from '../../server/chat/test/helpers.ts';
import { ensureDemoStaff } from '../../server/demo-staff.ts';
import { staticRoutes } from '../../server/routes/static.ts';
import { CHROMIUM, DEMO_PASSWORD, ensureBuilt, screenshot, seriousViolations, VIEWPORTS } from './harness.ts';

const hasChromium = existsSync(CHROMIUM);
const ALWAYS_OPEN = { timeZone: 'America/Toronto', slots: (['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const).map((day) => ({ day, opens: '00:00', closes: '23:59' })) };

describe.skipIf(!hasChromium || !!process.env.DATABASE_URL)('chat in Chromium: newcomer widget and advisor console', () => {
  let db: Db;
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;
  let dataDir: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    dataDir = mkdtempSync(path.join(tmpdir(), 'wf-chat-e2e-'));
    db = await openDb({ databaseUrl: null, dataDir });
    await migrate(db);
    await loadDemoContent(db, { plans: 0 });
    await ensureDemoStaff(db, DEMO_PASSWORD);
    app = Fastify({ logger: false, ajv: { customOptions: { removeAdditional: false, coerceTypes: false } } });
    await registerSecurity(app, { widgetOrigins: [] });
    await app.register(authRoutes, { db });
    await app.register(chatPlugin, { db, bot: new FakeBot(), defaultHours: ALWAYS_OPEN, retryAfterMs: 200 });
    await app.register(staticRoutes, {});
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  }, 240_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await app?.close();
    await db?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function newPage(device: keyof typeof VIEWPORTS): Promise<{ page: Page; context: BrowserContext }> {
    const context = await browser.newContext({ viewport: VIEWPORTS[device], isMobile: device === 'phone', hasTouch: device === 'phone', locale: 'en-CA' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return { page, context };
  }

  async function expectAccessible(page: Page, screen: string) {
    expect({ screen, violations: await seriousViolations(page) }).toEqual({ screen, violations: [] });
  }

  it('answers with sources and a service card, hands off to an advisor who replies, and survives a network drop', async () => {
    const { page: phone, context: phoneContext } = await newPage('phone');
    await phone.goto(`${base}/widget/?agency=ag-windsor-1&site=windsor`);
    const input = phone.getByRole('textbox', { name: 'Type your question' });
    await input.waitFor();
    await expect.poll(() => phone.locator('.wf-banner p').count()).toBe(0); // connected
    await input.fill('How do I get a health card?');
    await input.press('Enter');
    const answer = phone.locator('.wf-msg[data-author="bot"]').first();
    await answer.waitFor();
    await answer.getByRole('link', { name: 'Getting a health card' }).waitFor();
    await answer.getByRole('article', { name: 'Newcomer Health Clinic' }).waitFor();
    await screenshot(phone, 'widget-answer', 'phone');
    await expectAccessible(phone, 'widget with an answer');

    await phone.getByRole('button', { name: 'Talk to a person' }).click();
    await phone.getByText(/You are number 1 in line/).waitFor();
    await screenshot(phone, 'widget-queue', 'phone');

    const { page: desk } = await newPage('desktop');
    await desk.goto(`${base}/console/`);
    await desk.getByLabel('Email').fill('advisor@ag-windsor-1.demo');
    await desk.getByLabel('Password').fill(DEMO_PASSWORD);
    await desk.getByRole('button', { name: 'Sign in' }).click();
    const take = desk.getByRole('button', { name: /^Take chat/ });
    await take.waitFor();
    await expect.poll(() => desk.title()).toMatch(/^\(1\) /);
    await screenshot(desk, 'console-queue', 'desktop');
    await expectAccessible(desk, 'console queue');
    await take.click();
    await desk.getByText('How do I get a health card?').waitFor();
    await desk.getByLabel('Reply to the newcomer').fill('Hello, I am here to help. Do you have your PR card?');
    await desk.getByRole('button', { name: 'Send reply' }).click();
    await phone.getByText('Hello, I am here to help. Do you have your PR card?').waitFor();
    await phone.getByText(/has joined the conversation/).waitFor();
    await screenshot(desk, 'console-chat', 'desktop');
    await expectAccessible(desk, 'console chat');
    await screenshot(phone, 'widget-advisor', 'phone');

    // The network drops: the advisor writes twice, the newcomer writes once, then it comes back.
    await phoneContext.setOffline(true);
    await phone.getByText(/You are offline/).waitFor();
    await desk.getByLabel('Reply to the newcomer').fill('First message while you were away.');
    await desk.getByRole('button', { name: 'Send reply' }).click();
    await desk.getByLabel('Reply to the newcomer').fill('Second message while you were away.');
    await desk.getByRole('button', { name: 'Send reply' }).click();
    await desk.locator('.st-advisor', { hasText: 'Second message while you were away.' }).waitFor();
    await input.fill('Yes, I have it.');
    await input.press('Enter');
    await phoneContext.setOffline(false);
    await phone.getByText('Second message while you were away.').waitFor();
    await desk.locator('.st-newcomer', { hasText: 'Yes, I have it.' }).waitFor();
    await expect.poll(() => phone.locator('[data-pending]').count()).toBe(0);

    const texts = await phone.locator('.wf-msg p').allTextContents();
    const count = (t: string) => texts.filter((x) => x === t).length;
    expect([
      count('Hello, I am here to help. Do you have your PR card?'),
      count('First message while you were away.'),
      count('Second message while you were away.'),
      count('Yes, I have it.'),
    ]).toEqual([1, 1, 1, 1]);
    // Seqs on the page are strictly increasing: nothing out of order, nothing twice.
    const seqs = (await phone.locator('.wf-msg[data-seq]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-seq')))));
    expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
    // Stored once, though the widget may have sent it on both sides of the drop.
    const stored = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM chat_event WHERE author = 'newcomer' AND body = 'Yes, I have it.'`);
    expect(stored.rows[0].n).toBe(1);
  });
});
