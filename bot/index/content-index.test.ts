/**
 * The persisted index with the cross-lingual model: vectors in search_chunk, the HNSW graph on
 * disk, incremental re-embedding by content hash, reload without re-embedding, model change.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../knowledge/db/testing.ts';
import { loadDemoContent } from '../../knowledge/demo/index.ts';
import { defaultModelDir, loadDefaultEmbedder, type Embedder } from '../../knowledge/text/embedder.ts';
import { search, type SearchMode } from '../retrieval/search.ts';
import { ContentIndex } from './content-index.ts';
import { searchableText } from './types.ts';

const XLING = 'local/static-xling-glove-muse-100d';
const hasModel = existsSync(path.join(defaultModelDir(), XLING, 'config.json'));

/** Wraps an embedder to count the texts it is asked to embed (optionally under another model id). */
function counting(inner: Embedder, id = inner.id) {
  const counter = { texts: 0 };
  const embedder: Embedder = {
    id,
    dimension: inner.dimension,
    multilingual: inner.multilingual,
    embed: async (texts) => {
      counter.texts += texts.length;
      return inner.embed(texts);
    },
  };
  return { embedder, counter };
}

describe.skipIf(!hasModel)('content index with the cross-lingual model', () => {
  let t: TestDb;
  let model: Embedder;
  let dir: string;
  let first: ReturnType<typeof counting>;
  let content: ContentIndex;

  beforeAll(async () => {
    t = await createTestDb();
    await loadDemoContent(t.db, { plans: 0 });
    const before = process.env.WAYFINDER_EMBEDDING_MODEL;
    process.env.WAYFINDER_EMBEDDING_MODEL = XLING;
    try {
      model = (await loadDefaultEmbedder()).embedder!;
    } finally {
      if (before === undefined) delete process.env.WAYFINDER_EMBEDDING_MODEL;
      else process.env.WAYFINDER_EMBEDDING_MODEL = before;
    }
    dir = mkdtempSync(path.join(tmpdir(), 'wf-search-index-'));
    first = counting(model);
    content = await ContentIndex.open(t.db, { embedder: first.embedder, indexDir: dir });
  });
  afterAll(() => t?.drop());

  it('embeds every chunk once, stores the vectors and saves the graph', async () => {
    const s = content.status();
    expect(s.dense.modelId).toBe(XLING);
    expect(s.dense.reason).toBeNull();
    expect(s.dense.vectors).toBe(s.chunks);
    expect(s.dense.indexPath).toBe(path.join(dir, 'dense.hnsw'));
    expect(existsSync(s.dense.indexPath!)).toBe(true);
    expect(content.openReport.embedded).toBe(s.chunks);
    expect(first.counter.texts).toBe(s.chunks);
    const rows = await t.db.query<{ n: number; vectors: number; models: string[] }>(
      `SELECT count(*)::int AS n, count(embedding)::int AS vectors, array_agg(DISTINCT model_id) AS models FROM search_chunk`,
    );
    expect(rows.rows[0]).toEqual({ n: s.chunks, vectors: s.chunks, models: [XLING] });
  });

  it('finds English articles for questions in other languages (dense, cross-lingual)', async () => {
    const cases: [string, string, string][] = [
      ['¿Dónde puedo aprender inglés gratis?', 'es', 'en/free-language-classes-linc'],
      ['كيف أجد طبيب عائلة؟', 'ar', 'en/finding-family-doctor'],
      ['Où trouver une banque alimentaire ?', 'fr', 'en/food-banks-and-meal-programs'],
    ];
    for (const [q, language, expected] of cases) {
      const r = await search(content.index, q, { mode: 'dense', language, limit: 3, filters: { kinds: ['article'], articleLanguages: ['en'] } });
      expect(r.hits[0].doc.sourceId, q).toBe(expected);
      expect(r.hits[0].dense!.rank).toBe(1);
    }
  });

  it('fuses both indexes in hybrid mode and keeps each rank', async () => {
    const r = await search(content.index, 'How do I get a health card?', { language: 'en', limit: 5 });
    expect(r.mode).toBe('hybrid');
    expect(r.hits[0].doc.sourceId).toBe('en/health-card-ohip');
    const h = r.hits[0];
    expect(h.lexical).not.toBeNull();
    expect(h.dense).not.toBeNull();
    expect(h.score).toBeCloseTo(1 / (60 + h.lexical!.rank) + 1 / (60 + h.dense!.rank), 12);
  });

  it('applies filters inside the dense search', async () => {
    const r = await search(content.index, 'help finding an apartment', { mode: 'dense', language: 'en', limit: 20, filters: { site: 'pembroke', kinds: ['service'] } });
    expect(r.hits.length).toBe(20);
    expect(r.hits.every((h) => h.doc.service!.sites.includes('pembroke'))).toBe(true);
  });

  it('re-embeds only the changed chunk of an edited article', async () => {
    const slug = 'health-card-ohip';
    const before = await t.db.query<{ id: string; label: number; content_hash: string }>(
      `SELECT id, label, content_hash FROM search_chunk WHERE source_id = 'en/health-card-ohip' ORDER BY id`,
    );
    await t.db.query(
      `UPDATE article SET body = replace(body, 'Never lend your health card to anyone.', 'Never lend your health card to anyone. Report a lost card to ServiceOntario.')
        WHERE slug = $1 AND language = 'en'`,
      [slug],
    );
    first.counter.texts = 0;
    const report = await content.reindexArticle(slug, 'en');
    expect(report.embedded).toBe(1);
    expect(first.counter.texts).toBe(1);
    expect(report.vectorsAdded).toBe(1);
    expect(report.vectorsRemoved).toBe(1);

    const after = await t.db.query<{ id: string; label: number; content_hash: string }>(
      `SELECT id, label, content_hash FROM search_chunk WHERE source_id = 'en/health-card-ohip' ORDER BY id`,
    );
    const changed = after.rows.filter((r, i) => r.content_hash !== before.rows[i].content_hash);
    expect(changed).toHaveLength(1);
    const old = before.rows.find((r) => r.id === changed[0].id)!;
    expect(changed[0].label).not.toBe(old.label);
    // Unchanged chunks keep their vectors and labels.
    for (const r of after.rows) if (r !== changed[0]) expect(r.label).toBe(before.rows.find((b) => b.id === r.id)!.label);

    const doc = content.index.get(changed[0].id)!;
    expect(doc.text).toContain('Report a lost card');
    const [vector] = await model.embed([searchableText(doc)]);
    const [top] = content.index.denseSearch(vector, 1);
    expect(top.doc.id).toBe(doc.id);
    expect(top.score).toBeCloseTo(1, 4);
    expect(content.status().dense.vectors).toBe(content.status().chunks);
  });

  it('re-embeds one edited service', async () => {
    await t.db.query(`UPDATE service SET description = description || ' Evening appointments on Thursdays.' WHERE id = 'demo-ottawa-01-s1'`);
    first.counter.texts = 0;
    const report = await content.reindexService('demo-ottawa-01-s1');
    expect(report.embedded).toBe(1);
    expect(first.counter.texts).toBe(1);
  });

  it('reopens from the saved graph and the stored vectors without embedding anything, with identical results', async () => {
    const second = counting(model);
    const reopened = await ContentIndex.open(t.db, { embedder: second.embedder, indexDir: dir });
    expect(second.counter.texts).toBe(0);
    expect(reopened.openReport.embedded).toBe(0);
    expect(reopened.openReport.changedSources).toBe(0);
    expect(reopened.status().dense.loadedFromDisk).toBe(true);
    expect(reopened.status().dense.vectors).toBe(content.status().dense.vectors);
    const queries: [string, string][] = [
      ['How do I get a health card?', 'en'],
      ['Report a lost card', 'en'],
      ['¿Dónde puedo aprender inglés gratis?', 'es'],
      ['logement Ottawa', 'fr'],
    ];
    for (const [q, language] of queries) {
      for (const mode of ['lexical', 'dense', 'hybrid'] as SearchMode[]) {
        const a = await search(content.index, q, { mode, language, limit: 10 });
        const b = await search(reopened.index, q, { mode, language, limit: 10 });
        expect(b.hits.map((h) => [h.doc.id, h.score]), `${mode}: ${q}`).toEqual(a.hits.map((h) => [h.doc.id, h.score]));
      }
    }
  });

  it('rebuilds everything when the model changes', async () => {
    const other = counting(model, 'test/renamed-model');
    const rebuilt = await ContentIndex.open(t.db, { embedder: other.embedder, indexDir: dir });
    const s = rebuilt.status();
    expect(s.dense.modelId).toBe('test/renamed-model');
    expect(s.dense.loadedFromDisk).toBe(false);
    expect(s.dense.loadNote).toMatch(/saved for model local\/static-xling/);
    expect(other.counter.texts).toBe(s.chunks);
    const models = await t.db.query<{ model_id: string }>(`SELECT DISTINCT model_id FROM search_chunk`);
    expect(models.rows).toEqual([{ model_id: 'test/renamed-model' }]);
  });
});
