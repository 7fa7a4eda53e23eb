import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/testing.ts';
import { ImportError } from '../import/errors.ts';
import { importArticleFolder, readArticleFolder, DEFAULT_ARTICLES_DIR } from './index.ts';

const body = 'Newcomers can apply for a health card at a ServiceOntario centre. '.repeat(6);

function article(fm: Record<string, string | undefined>, text = body): string {
  const lines = Object.entries(fm)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n\n## How to apply\n\n${text}\n`;
}

const good = {
  slug: 'health-card',
  title: 'Getting a health card',
  category: 'health',
  language: 'en',
  translation_group: 'health-card',
  sources: '\n  - title: OHIP\n    url: https://www.ontario.ca/page/apply-ohip-and-get-health-card',
  last_reviewed: '2026-11-01',
};

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wf-articles-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function countArticles(t: TestDb): Promise<number> {
  return (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM article')).rows[0].n;
}

describe('article import', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await t.db.query(`INSERT INTO category (id, position, label) VALUES ('health', 1, '{"en":"Health"}')`);
  });
  afterAll(() => t.drop());

  it('imports a folder of language subfolders and updates in place on re-import', async () => {
    const dir = folder({
      'en/health-card.md': article(good),
      'fr/health-card.md': article({ ...good, language: 'fr', title: 'Obtenir une carte Santé' }),
    });
    const summary = await importArticleFolder(t.db, dir);
    expect(summary.counts).toMatchObject({ articles: 2, en: 1, fr: 1 });
    const rows = await t.db.query<{ language: string; title: string; translation_group: string; last_reviewed: string }>(
      'SELECT language, title, translation_group, last_reviewed FROM article ORDER BY language',
    );
    expect(rows.rows).toEqual([
      { language: 'en', title: 'Getting a health card', translation_group: 'health-card', last_reviewed: '2026-11-01' },
      { language: 'fr', title: 'Obtenir une carte Santé', translation_group: 'health-card', last_reviewed: '2026-11-01' },
    ]);
    writeFileSync(path.join(dir, 'en/health-card.md'), article({ ...good, title: 'Your health card' }));
    await importArticleFolder(t.db, dir);
    expect(await countArticles(t)).toBe(2);
    const en = await t.db.query<{ title: string }>(`SELECT title FROM article WHERE language = 'en'`);
    expect(en.rows[0].title).toBe('Your health card');
  });

  const rejections: [string, Record<string, string>, RegExp][] = [
    ['no front matter', { 'en/a.md': `# Title\n\n${body}` }, /a\.md: missing front matter/],
    ['bad YAML', { 'en/a.md': `---\ntitle: [unclosed\n---\n${body}` }, /a\.md: front matter is not valid YAML/],
    ['missing title', { 'en/a.md': article({ ...good, title: undefined }) }, /a\.md, field "title"/],
    ['bad source url', { 'en/a.md': article({ ...good, sources: '\n  - title: x\n    url: not-a-url' }) }, /a\.md, field "sources\.0\.url"/],
    ['no sources', { 'en/a.md': article({ ...good, sources: '[]' }) }, /a\.md, field "sources": cite at least one/],
    ['bad date', { 'en/a.md': article({ ...good, last_reviewed: 'soon' }) }, /field "last_reviewed"/],
    ['language/folder mismatch', { 'fr/a.md': article(good) }, /does not match its folder "fr"/],
    ['unknown category', { 'en/a.md': article({ ...good, category: 'astrology' }) }, /unknown category "astrology"/],
    ['empty body', { 'en/a.md': article(good, 'Too short.') }, /field "body"/],
  ];

  for (const [name, files, message] of rejections) {
    it(`rejects ${name} with a clear error and writes nothing`, async () => {
      const before = await t.db.query('SELECT slug, language, title, body FROM article ORDER BY slug, language');
      // A valid article alongside the bad one proves the import is all-or-nothing.
      const dir = folder({ 'en/zz-valid.md': article({ ...good, slug: 'zz-valid' }), ...files });
      const error = await importArticleFolder(t.db, dir).catch((e) => e);
      expect(error).toBeInstanceOf(ImportError);
      expect(error.message).toMatch(message);
      const after = await t.db.query('SELECT slug, language, title, body FROM article ORDER BY slug, language');
      expect(after.rows).toEqual(before.rows);
    });
  }

  it('the shipped articles are valid and cover the required languages', () => {
    const articles = readArticleFolder(DEFAULT_ARTICLES_DIR);
    const count = (lang: string) => articles.filter((a) => a.language === lang).length;
    expect(count('en')).toBeGreaterThanOrEqual(60);
    expect(count('fr')).toBeGreaterThanOrEqual(20);
    expect(count('ar')).toBeGreaterThanOrEqual(8);
    expect(count('es')).toBeGreaterThanOrEqual(8);
    const english = new Set(articles.filter((a) => a.language === 'en').map((a) => a.translationGroup));
    for (const a of articles) expect(english.has(a.translationGroup), `${a.language}/${a.slug} has an English original`).toBe(true);
  });
});
