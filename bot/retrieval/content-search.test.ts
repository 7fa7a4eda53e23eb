/**
 * Search over the demo content with no embedding model (WAYFINDER_EMBEDDING_MODEL=none): lexical
 * retrieval, filters, the LangChain retriever and index updates, on a real database.
 */
import { Document } from '@langchain/core/documents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../knowledge/db/testing.ts';
import { loadDemoContent } from '../../knowledge/demo/index.ts';
import { ContentIndex } from '../index/content-index.ts';
import type { SearchDoc } from '../index/types.ts';
import { SearchError } from './errors.ts';
import { isOpenAt } from './open-now.ts';
import { WayfinderRetriever } from './retriever.ts';
import { search, type SearchOptions } from './search.ts';

let t: TestDb;
let content: ContentIndex;

beforeAll(async () => {
  t = await createTestDb();
  await loadDemoContent(t.db, { plans: 0 });
  const before = process.env.WAYFINDER_EMBEDDING_MODEL;
  process.env.WAYFINDER_EMBEDDING_MODEL = 'none';
  try {
    content = await ContentIndex.open(t.db, { indexDir: null });
  } finally {
    if (before === undefined) delete process.env.WAYFINDER_EMBEDDING_MODEL;
    else process.env.WAYFINDER_EMBEDDING_MODEL = before;
  }
});
afterAll(() => t?.drop());

const run = (q: string, o: SearchOptions = {}) => search(content.index, q, o);
const services = (hits: { doc: SearchDoc }[]) => hits.map((h) => h.doc).filter((d) => d.kind === 'service');

describe('lexical-only index over the demo content', () => {
  it('says it is lexical only, and indexes every article and service', async () => {
    const s = content.status();
    expect(s.dense.modelId).toBeNull();
    expect(s.dense.reason).toMatch(/^lexical-only: no embedding model found/);
    expect(s.dense.indexPath).toBeNull();
    const counts = await t.db.query<{ articles: number; services: number }>(
      `SELECT (SELECT count(*)::int FROM article) AS articles, (SELECT count(*)::int FROM service WHERE status = 'active') AS services`,
    );
    expect(s.documents.articles).toBe(counts.rows[0].articles);
    expect(s.documents.services).toBe(counts.rows[0].services);
    const rows = await t.db.query<{ n: number; with_vectors: number }>(`SELECT count(*)::int AS n, count(embedding)::int AS with_vectors FROM search_chunk`);
    expect(rows.rows[0]).toEqual({ n: s.chunks, with_vectors: 0 });
    expect(s.lexical.documents).toBe(s.chunks);
  });

  it('runs hybrid requests lexically and says so; refuses dense-only', async () => {
    const r = await run('How do I get a health card?', { language: 'en' });
    expect(r.mode).toBe('lexical');
    expect(r.requestedMode).toBe('hybrid');
    expect(r.note).toMatch(/lexical-only/);
    const err = await run('health card', { mode: 'dense' }).catch((e) => e);
    expect(err).toBeInstanceOf(SearchError);
    expect(err.code).toBe('dense_unavailable');
  });

  it('finds the health-card article for a health-card question', async () => {
    const r = await run('How do I get a health card?', { language: 'en', filters: { kinds: ['article'] } });
    expect(r.hits[0].doc.sourceId).toBe('en/health-card-ohip');
    expect(r.hits[0].lexical).toEqual({ rank: 1, score: r.hits[0].score });
    expect(r.hits[0].dense).toBeNull();
  });

  it('measures how much of a question the content never mentions', async () => {
    const known = await search(content.index, 'how do I get a health card', { mode: 'lexical', language: 'en' });
    expect(known.unknownTermShare).toBe(0);
    const unknown = await search(content.index, 'jury summons', { mode: 'lexical', language: 'en' });
    expect(unknown.unknownTermShare).toBe(1);
    const half = await search(content.index, 'health card for my axolotl', { mode: 'lexical', language: 'en' });
    expect(half.unknownTermShare).toBeGreaterThan(0);
    expect(half.unknownTermShare).toBeLessThan(1);
  });

  it('finds the article in the language of the question (fr, es, ar)', async () => {
    const cases: [string, string, string][] = [
      ["Comment obtenir une carte Santé de l'Ontario ?", 'fr', 'fr/health-card-ohip'],
      ['¿Cómo consigo la tarjeta de salud de Ontario?', 'es', 'es/health-card-ohip'],
      ['كيف أحصل على بطاقة التأمين الصحي؟', 'ar', 'ar/health-card-ohip'],
      ['Où trouver une banque alimentaire ?', 'fr', 'fr/food-banks-and-meal-programs'],
    ];
    for (const [q, lang, expected] of cases) {
      const r = await run(q, { language: lang, filters: { kinds: ['article'] } });
      expect(r.hits[0].doc.sourceId, q).toBe(expected);
      // Without a declared language the script decides, and the article is still first.
      const guessed = await run(q, { filters: { kinds: ['article'] } });
      expect(guessed.hits[0].doc.sourceId, `${q} (language not declared)`).toBe(expected);
    }
  });

  it('rejects bad requests with typed errors', async () => {
    await expect(run('   ')).rejects.toMatchObject({ code: 'empty_query' });
    await expect(run('food', { filters: { site: 'toronto' } })).rejects.toMatchObject({ code: 'unknown_site' });
    await expect(run('food', { filters: { immigrationStatus: 'tourist' } })).rejects.toMatchObject({ code: 'unknown_status' });
    await expect(run('food', { limit: 0 })).rejects.toMatchObject({ code: 'bad_option' });
    await expect(run('x'.repeat(5000))).rejects.toMatchObject({ code: 'query_too_long' });
  });
});

describe('filters', () => {
  const wide = { language: 'en', limit: 60 } as const;

  it('site: keeps only services at that site, and lets articles through', async () => {
    const all = services((await run('settlement counselling', { ...wide, filters: { kinds: ['service'] } })).hits);
    expect(all.some((d) => !d.service!.sites.includes('ottawa'))).toBe(true);
    const r = await run('settlement counselling', { ...wide, filters: { site: 'ottawa' } });
    const kept = services(r.hits);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((d) => d.service!.sites.includes('ottawa'))).toBe(true);
    expect(r.hits.some((h) => h.doc.kind === 'article')).toBe(true);
  });

  it('language offered', async () => {
    const all = services((await run('settlement counselling', { ...wide, filters: { kinds: ['service'] } })).hits);
    expect(all.some((d) => !d.service!.languages.includes('ar'))).toBe(true);
    const kept = services((await run('settlement counselling', { ...wide, filters: { kinds: ['service'], serviceLanguage: 'ar' } })).hits);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((d) => d.service!.languages.includes('ar'))).toBe(true);
  });

  it('immigration status', async () => {
    const excluded = (d: SearchDoc) => d.service!.immigrationStatuses.length > 0 && !d.service!.immigrationStatuses.includes('international_student');
    const all = services((await run('settlement counselling', { ...wide, filters: { kinds: ['service'] } })).hits);
    expect(all.some(excluded)).toBe(true);
    const kept = services((await run('settlement counselling', { ...wide, filters: { kinds: ['service'], immigrationStatus: 'international_student' } })).hits);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.some(excluded)).toBe(false);
  });

  it('age, exact or as a band', async () => {
    const all = services((await run('youth program', { ...wide, filters: { kinds: ['service'] } })).hits);
    expect(all.some((d) => d.service!.maxAge !== null && d.service!.maxAge < 40)).toBe(true);
    const adult = services((await run('youth program', { ...wide, filters: { kinds: ['service'], age: 40 } })).hits);
    expect(adult.length).toBeGreaterThan(0);
    expect(adult.some((d) => d.service!.maxAge !== null && d.service!.maxAge < 40)).toBe(false);
    const teen = services((await run('youth program', { ...wide, filters: { kinds: ['service'], age: '15-17' } })).hits);
    expect(teen.some((d) => d.title === 'Newcomer Youth Program')).toBe(true);
    expect(teen.some((d) => d.service!.minAge !== null && d.service!.minAge > 17)).toBe(false);
  });

  it('open now, with a fixed clock in Toronto time', async () => {
    const sundayNight = () => new Date('2026-01-04T08:00:00Z'); // Sunday 03:00 EST
    const mondayMorning = () => new Date('2026-01-05T15:00:00Z'); // Monday 10:00 EST
    const q = 'emergency shelter crisis line counselling';
    const all = services((await run(q, { ...wide, filters: { kinds: ['service'] } })).hits);
    expect(all.some((d) => !isOpenAt(d.service!.schedule, sundayNight()))).toBe(true);
    const night = services((await run(q, { ...wide, filters: { kinds: ['service'], openNow: true }, clock: sundayNight })).hits);
    expect(night.length).toBeGreaterThan(0);
    expect(night.every((d) => isOpenAt(d.service!.schedule, sundayNight()))).toBe(true);
    const morning = services((await run(q, { ...wide, filters: { kinds: ['service'], openNow: true }, clock: mondayMorning })).hits);
    expect(morning.length).toBeGreaterThan(night.length);
  });

  it('article languages', async () => {
    const q = 'OHIP carte santé health card';
    const all = (await run(q, { ...wide, filters: { kinds: ['article'] } })).hits;
    expect(all.some((h) => h.doc.language !== 'fr')).toBe(true);
    const r = await run(q, { ...wide, filters: { articleLanguages: ['fr'] } });
    expect(r.hits.some((h) => h.doc.kind === 'service')).toBe(true);
    const articles = r.hits.filter((h) => h.doc.kind === 'article');
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.every((h) => h.doc.language === 'fr')).toBe(true);
  });
});

describe('LangChain retriever', () => {
  it('returns Documents with citations, ranks and scores', async () => {
    const retriever = new WayfinderRetriever({ index: content.index, searchOptions: { language: 'en', limit: 4 } });
    const docs = await retriever.invoke('How do I get a health card?');
    expect(docs).toHaveLength(4);
    expect(docs[0]).toBeInstanceOf(Document);
    expect(docs[0].metadata.sourceId).toBe('en/health-card-ohip');
    expect(docs.map((d) => d.metadata.rank)).toEqual([1, 2, 3, 4]);
    expect(docs[0].metadata.citations.some((c) => c.url.startsWith('https://www.ontario.ca/'))).toBe(true);
    expect(docs[0].metadata.lexicalRank).toBe(1);
    expect(docs[0].metadata.denseRank).toBeNull();
    expect(docs[0].metadata.mode).toBe('lexical');
    expect(docs[0].pageContent.length).toBeGreaterThan(100);
  });

  it('narrows to one newcomer with withOptions', async () => {
    const retriever = new WayfinderRetriever({ index: content.index, searchOptions: { language: 'en' } }).withOptions({ filters: { site: 'sarnia', kinds: ['service'] } });
    const docs = await retriever.invoke('food bank');
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.every((d) => d.metadata.service?.sites.includes('sarnia'))).toBe(true);
  });
});

describe('updates', () => {
  it('drops a service that becomes inactive and brings it back when reactivated', async () => {
    const id = 'demo-windsor-01-s1';
    const found = async () => (await run('settlement counselling Compass Rose Windsor', { language: 'en', limit: 50 })).hits.some((h) => h.doc.sourceId === id);
    expect(await found()).toBe(true);
    const before = content.status().documents.services;
    await t.db.query(`UPDATE service SET status = 'inactive' WHERE id = $1`, [id]);
    const gone = await content.reindexService(id);
    expect(gone.changedSources).toBe(1);
    expect(await found()).toBe(false);
    expect(content.status().documents.services).toBe(before - 1);
    expect((await t.db.query(`SELECT 1 FROM search_chunk WHERE kind = 'service' AND source_id = $1`, [id])).rows).toHaveLength(0);
    await t.db.query(`UPDATE service SET status = 'active' WHERE id = $1`, [id]);
    await content.reindexService(id);
    expect(await found()).toBe(true);
  });

  it('re-indexes an edited article so new words are found', async () => {
    await t.db.query(`UPDATE article SET body = body || E'\\n\\n## Zebracorn test section\\n\\nThe zebracorn office is open on holidays.' WHERE slug = 'health-card-ohip' AND language = 'en'`);
    await content.reindexArticle('health-card-ohip', 'en');
    const r = await run('zebracorn', { language: 'en' });
    expect(r.hits[0].doc.sourceId).toBe('en/health-card-ohip');
    expect(r.hits[0].doc.text).toContain('## Zebracorn test section');
  });
});
