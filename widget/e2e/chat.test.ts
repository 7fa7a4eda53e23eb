/**
 * The chat end to end in Chromium, on the real service (`startService`: the real bot over the demo
 * articles and directory, the chat plugin, the built front ends): a newcomer on a phone asks real
 * questions and gets cited answers and service cards, rates an answer, asks for a person; an
 * advisor in a second browser context signs in to the console, takes the chat and replies; the
 * newcomer sees it; the newcomer's network drops and comes back, with no message lost or repeated.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../knowledge/db/index.ts';
import { CHROMIUM, DEMO_PASSWORD, ensureBuilt, openAroundTheClock, screenshot, seriousViolations, startE2eService, VIEWPORTS, type E2eService } from './harness.ts';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`chat browser test skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

const SITE = 'windsor';
const AGENCY = 'ag-windsor-1';

describe.skipIf(!hasChromium)(`chat in Chromium on the real service: newcomer widget and advisor console (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  let e2e: E2eService;
  let db: Db;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    e2e = await startE2eService();
    db = e2e.service.db;
    await openAroundTheClock(db, SITE);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  }, 240_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await e2e?.close();
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

  /**
   * Every source link of an answer; the service's own ones (<service>/articles/<lang>/<slug>, absolute so
   * they work from a page embedding the widget) must be stored articles.
   */
  async function expectRealSources(answer: Locator): Promise<{ title: string; href: string }[]> {
    const links = await answer.locator('.wf-sources a').evaluateAll((els) => els.map((a) => ({ title: a.textContent ?? '', href: a.getAttribute('href') ?? '' })));
    const origin = new URL(e2e.url).origin;
    const own = links
      .map((l) => (l.href.startsWith(`${origin}/`) ? /^\/articles\/([a-z]{2,3})\/([a-z0-9-]+)$/.exec(new URL(l.href).pathname) : null))
      .filter((m) => m !== null)
      .map(([, language, slug]) => [links.find((l) => l.href === `${origin}/articles/${language}/${slug}`)!.href, language, slug] as const);
    expect(own.length).toBeGreaterThan(0);
    for (const [href, language, slug] of own) {
      const { rows } = await db.query<{ title: string }>('SELECT title FROM article WHERE language = $1 AND slug = $2', [language, slug]);
      expect({ href, title: rows[0]?.title }).toEqual({ href, title: links.find((l) => l.href === href)!.title });
    }
    return links;
  }

  /** The names on an answer's service cards, each checked to be a service of the directory. */
  async function expectRealCards(answer: Locator): Promise<string[]> {
    const names = await answer.locator('article.wf-card').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    const { rows } = await db.query<{ name: string }>('SELECT DISTINCT name FROM service WHERE name = ANY($1::text[])', [names]);
    expect(new Set(rows.map((r) => r.name))).toEqual(new Set(names));
    return names;
  }

  it('answers with sources and service cards, takes a thumbs up, hands off to an advisor who replies, and survives a network drop', async () => {
    const hours = await fetch(`${e2e.url}/api/chat/hours/${SITE}`).then((r) => r.json());
    expect(hours.open).toBe(true);

    const { page: phone, context: phoneContext } = await newPage('phone');
    await phone.goto(`${e2e.url}/widget/?agency=${AGENCY}&site=${SITE}`);
    const input = phone.getByRole('textbox', { name: 'Type your question' });
    await input.waitFor();
    await expect.poll(() => phone.locator('.wf-banner p').count()).toBe(0); // connected
    const botAnswers = phone.locator('.wf-msg[data-author="bot"]');

    // A real question: the answer cites the health card article and official pages.
    await input.fill('How do I get a health card?');
    await input.press('Enter');
    const health = botAnswers.first();
    await health.waitFor();
    await health.locator('.wf-sources').waitFor();
    const healthSources = await expectRealSources(health);
    expect(healthSources.some((s) => /health card/i.test(s.title) && s.href.startsWith(`${e2e.url}/articles/en/`))).toBe(true);
    expect(healthSources.some((s) => s.href.startsWith('https://'))).toBe(true);

    // Thumbs up on that answer: acknowledged on the page, stored once for that message.
    const conversationId = (await db.query<{ conversation_id: string }>(`SELECT conversation_id FROM chat_event WHERE author = 'newcomer' AND body = 'How do I get a health card?'`)).rows[0].conversation_id;
    const healthSeq = Number(await health.getAttribute('data-seq'));
    const thumbsUp = health.getByRole('button', { name: 'Yes, helpful' });
    await thumbsUp.click();
    await health.getByText('Thank you for your feedback.').waitFor();
    expect(await thumbsUp.getAttribute('aria-pressed')).toBe('true');
    const votes = await db.query<{ conversation_id: string; seq: number; helpful: boolean }>('SELECT conversation_id, seq, helpful FROM chat_feedback');
    expect(votes.rows).toEqual([{ conversation_id: conversationId, seq: healthSeq, helpful: true }]);

    // Another: English classes bring service cards from the directory.
    await input.fill('free English classes in Windsor');
    await input.press('Enter');
    await expect.poll(() => botAnswers.count()).toBe(2);
    const classes = botAnswers.nth(1);
    await classes.locator('article.wf-card').first().waitFor();
    const cards = await expectRealCards(classes);
    expect(cards.some((name) => /english|linc|language/i.test(name))).toBe(true);
    await expectRealSources(classes);
    await screenshot(phone, 'widget-answer', 'phone');
    await expectAccessible(phone, 'widget with answers');

    await phone.getByRole('button', { name: 'Talk to a person' }).click();
    await phone.getByText(/You are number 1 in line/).waitFor();
    await screenshot(phone, 'widget-queue', 'phone');
    await expectAccessible(phone, 'widget in the queue');

    const { page: desk } = await newPage('desktop');
    await desk.goto(`${e2e.url}/console/`);
    await desk.getByLabel('Email').fill(`advisor@${AGENCY}.demo`);
    await desk.getByLabel('Password').fill(DEMO_PASSWORD);
    await desk.getByRole('button', { name: 'Sign in' }).click();
    const take = desk.getByRole('button', { name: /^Take chat/ });
    await take.waitFor();
    await expect.poll(() => desk.title()).toMatch(/^\(1\) /);
    await screenshot(desk, 'console-queue', 'desktop');
    await expectAccessible(desk, 'console queue');
    await take.click();
    // The transcript has the newcomer's questions and the bot's answers.
    await desk.locator('.st-newcomer', { hasText: 'How do I get a health card?' }).waitFor();
    await desk.locator('.st-newcomer', { hasText: 'free English classes in Windsor' }).waitFor();
    expect(await desk.locator('.st-bot').count()).toBe(2);
    await desk.getByLabel('Reply to the newcomer').fill('Hello, I am here to help. Do you have your PR card?');
    await desk.getByRole('button', { name: 'Send reply' }).click();
    await phone.getByText('Hello, I am here to help. Do you have your PR card?').waitFor();
    await phone.getByText(/has joined the conversation/).waitFor();
    await screenshot(desk, 'console-chat', 'desktop');
    await expectAccessible(desk, 'console chat');
    await screenshot(phone, 'widget-advisor', 'phone');
    await expectAccessible(phone, 'widget with an advisor');

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
      count('How do I get a health card?'),
      count('free English classes in Windsor'),
      count('Hello, I am here to help. Do you have your PR card?'),
      count('First message while you were away.'),
      count('Second message while you were away.'),
      count('Yes, I have it.'),
    ]).toEqual([1, 1, 1, 1, 1, 1]);
    // With an advisor in the chat the bot stays quiet: still only the two answers.
    expect(await botAnswers.count()).toBe(2);
    // Seqs on the page are strictly increasing: nothing out of order, nothing twice.
    const seqs = await phone.locator('.wf-msg[data-seq]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-seq'))));
    expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
    // Stored once, though the widget may have sent it on both sides of the drop.
    const stored = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM chat_event WHERE conversation_id = $1 AND author = 'newcomer' AND body = 'Yes, I have it.'`, [conversationId]);
    expect(stored.rows[0].n).toBe(1);
  });
});
