import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createScratchDatabase } from '../knowledge/db/testing.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, parseServices } from './config.ts';
import { startService } from './start.ts';

/**
 * `npm start -- --services …`: each instance serves only what it is asked to, against the same
 * database, and every instance documents its routes at /docs.
 */
describe(`services and docs (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('parses --services and refuses what cannot run', () => {
    expect([...parseServices([], {})]).toEqual(['recommender', 'bot', 'chat']);
    expect([...parseServices(['--services', 'recommender'], {})]).toEqual(['recommender']);
    expect([...parseServices(['--services=bot,chat'], { WAYFINDER_SERVICES: 'recommender' })]).toEqual(['bot', 'chat']);
    expect([...parseServices([], { WAYFINDER_SERVICES: 'bot' })]).toEqual(['bot']);
    expect(() => parseServices(['--services', 'chat'], {})).toThrow(/chat needs bot/);
    expect(() => parseServices(['--services', 'search'], {})).toThrow(/recommender, bot, chat/);
  });

  it('serves only the chosen routes, on one database, with OpenAPI docs', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'wf-services-'));
    const indexDir = `${dataDir}-index`;
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    cleanups.push(() => rmSync(indexDir, { recursive: true, force: true }));
    let databaseUrl: string | undefined;
    const url = process.env.DATABASE_URL;
    if (url) {
      const scratch = await createScratchDatabase(url, 'wf_services');
      cleanups.push(() => scratch.drop());
      databaseUrl = scratch.url;
    }
    const base = { ...loadConfig({}), databaseUrl, dataDir, indexDir, host: '127.0.0.1', port: 0, logLevel: 'silent', demoPlans: 300 };

    const recommender = await startService({ ...base, services: parseServices(['--services', 'recommender'], {}) });
    try {
      expect(recommender.bot).toBeUndefined();
      expect((await fetch(`${recommender.url}/api/suggestions`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).status).toBe(401);
      expect((await fetch(`${recommender.url}/api/bot/ask`, { method: 'POST', body: '{"text":"hi"}', headers: { 'content-type': 'application/json' } })).status).toBe(404);
      expect((await fetch(`${recommender.url}/api/conversations`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).status).toBe(404);
      const health = await (await fetch(`${recommender.url}/health`)).json();
      expect(health.recommender.model).not.toBeNull();
      expect(health.bot).toBeUndefined();
      const docs = await (await fetch(`${recommender.url}/docs/json`)).json();
      expect(docs.openapi).toMatch(/^3\./);
      expect(Object.keys(docs.paths)).toContain('/api/suggestions');
      expect(Object.keys(docs.paths)).not.toContain('/api/bot/ask');
      expect((await fetch(`${recommender.url}/docs`)).status).toBeLessThan(400);
    } finally {
      await recommender.close();
    }

    const chat = await startService({ ...base, services: parseServices(['--services', 'bot,chat'], {}) });
    try {
      expect(chat.suggester).toBeUndefined();
      expect((await fetch(`${chat.url}/api/suggestions`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).status).toBe(404);
      const ask = await fetch(`${chat.url}/api/bot/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'How do I get a health card in Ontario?' }),
      });
      expect(ask.status).toBe(200);
      const answer = await ask.json();
      expect(answer.sources.length).toBeGreaterThan(0);
      expect(answer.text.toLowerCase()).toMatch(/health/);
      // The article the bot cites is a page of this service, in its language, with its sources.
      const cited = answer.sources.find((x: { url: string }) => x.url.startsWith('/articles/'));
      expect(cited).toBeDefined();
      const articlePage = await fetch(`${chat.url}${cited.url}`);
      expect(articlePage.status).toBe(200);
      expect(articlePage.headers.get('content-type')).toMatch(/text\/html/);
      const html = await articlePage.text();
      expect(html).toContain('<h1>');
      expect(html).toMatch(/<a href="https:\/\//);
      const arabic = await chat.db.query<{ slug: string }>(`SELECT slug FROM article WHERE language = 'ar' LIMIT 1`);
      expect(await (await fetch(`${chat.url}/articles/ar/${arabic.rows[0].slug}`)).text()).toContain('dir="rtl"');
      expect((await fetch(`${chat.url}/articles/en/no-such-article`)).status).toBe(404);
      await chat.db.query(
        `INSERT INTO article (slug, language, translation_group, title, body, last_reviewed) VALUES ('raw-html', 'en', 'raw-html', 'Raw <b>', $1, '2026-01-01')`,
        ['Hello <script>alert(1)</script> **bold**'],
      );
      const raw = await (await fetch(`${chat.url}/articles/en/raw-html`)).text();
      expect(raw).not.toContain('<script>alert');
      expect(raw).toContain('&lt;script&gt;');
      expect(raw).toContain('<strong>bold</strong>');
      expect(raw).toContain('<title>Raw &lt;b&gt;</title>');
      expect((await fetch(`${chat.url}/articles/en/..%2Fsecret`)).status).toBe(400);
      const empty = await fetch(`${chat.url}/api/bot/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '' }) });
      expect(empty.status).toBe(400);
      expect((await fetch(`${chat.url}/api/conversations`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).status).not.toBe(404);
      const health = await (await fetch(`${chat.url}/health`)).json();
      expect(health.bot.indexed.chunks).toBeGreaterThan(0);
      expect(health.bot.handoff).toBe('learned');
      expect(health.recommender).toBeUndefined();
      const docs = await (await fetch(`${chat.url}/docs/json`)).json();
      expect(Object.keys(docs.paths)).toContain('/api/bot/ask');
    } finally {
      await chat.close();
    }
  }, 240_000);
});
