/** The index core with a memory store and a deterministic fake embedder (no model, no database). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Embedder } from '../../knowledge/text/embedder.ts';
import { analyzeQuery } from './analyze/analyzer.ts';
import { SearchIndex, type SourceDocs } from './search-index.ts';
import { MemoryChunkStore } from './store.ts';
import { searchableText, type SearchDoc } from './types.ts';

/** Unit vectors derived from a hash of the text: equal texts get equal vectors. */
function fakeEmbedder(id = 'test/fake') {
  const calls: string[] = [];
  const embedder: Embedder = {
    id,
    dimension: 16,
    multilingual: false,
    embed: async (texts) => {
      calls.push(...texts);
      return texts.map((t) => {
        const bytes = createHash('sha256').update(t).digest();
        const v = Float32Array.from({ length: 16 }, (_, i) => bytes[i] - 127.5);
        const n = Math.hypot(...v);
        return v.map((x) => x / n);
      });
    },
  };
  return { embedder, calls };
}

function source(slug: string, sections: string[]): SourceDocs {
  const sourceId = `en/${slug}`;
  const docs: SearchDoc[] = sections.map((text, i) => ({
    id: `article:${sourceId}#${i}`,
    kind: 'article',
    sourceId,
    language: 'en',
    title: slug,
    heading: slug,
    text,
    citations: [],
  }));
  return { kind: 'article', sourceId, docs };
}

describe('SearchIndex.sync', () => {
  it('embeds new text once, reuses vectors of unchanged and moved chunks, forgets removed ones', async () => {
    const { embedder, calls } = fakeEmbedder();
    const index = await SearchIndex.create({ embedder });
    const first = await index.sync([source('apples', ['Apples grow on trees.', 'Apple pie needs butter.']), source('bikes', ['Fix a flat tire.'])]);
    expect(first.embedded).toBe(3);
    expect(index.status().dense.vectors).toBe(3);

    calls.length = 0;
    // A section inserted at the top shifts the others: only the new text is embedded.
    const second = await index.sync([source('apples', ['Orchards need pruning.', 'Apples grow on trees.', 'Apple pie needs butter.'])]);
    expect(calls).toEqual([searchableText(source('apples', ['Orchards need pruning.']).docs[0])]);
    expect(second.embedded).toBe(1);
    expect(second.vectorsAdded).toBe(1);
    expect(second.vectorsRemoved).toBe(0);
    expect(index.status().chunks).toBe(4);

    calls.length = 0;
    const third = await index.removeSources([{ kind: 'article', sourceId: 'en/bikes' }]);
    expect(calls).toHaveLength(0);
    expect(third.vectorsRemoved).toBe(1);
    expect(index.lexicalSearch(analyzeQuery('flat tire', ['en']), 5)).toHaveLength(0);
    expect(index.status().documents.articles).toBe(1);
  });

  it('removes sources missing from a complete sync', async () => {
    const index = await SearchIndex.create({ embedder: fakeEmbedder().embedder });
    await index.sync([source('a', ['Alpha text.']), source('b', ['Beta text.'])]);
    const r = await index.sync([source('a', ['Alpha text.'])], { completeKinds: ['article'] });
    expect(r.removedSources).toBe(1);
    expect(index.status().chunks).toBe(1);
    expect(index.get('article:en/b#0')).toBeUndefined();
  });

  it('refuses documents that do not belong to their source', async () => {
    const index = await SearchIndex.create();
    const bad = source('a', ['x']);
    bad.docs[0].sourceId = 'en/other';
    await expect(index.sync([bad])).rejects.toThrow(/does not belong/);
  });

  it('does not trust a saved graph whose labels name other text (another store or database)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wf-core-'));
    const { embedder } = fakeEmbedder();
    const a = await SearchIndex.create({ embedder, store: new MemoryChunkStore(), indexDir: dir });
    await a.sync([source('one', ['First store text about apples.'])]);
    // A new memory store hands out label 1 again, for different text.
    const b = await SearchIndex.create({ embedder, store: new MemoryChunkStore(), indexDir: dir });
    expect(b.status().dense.loadedFromDisk).toBe(true);
    const other = source('two', ['Second store text about bicycles.']);
    await b.sync([other]);
    expect(b.status().dense.loadedFromDisk).toBe(false);
    expect(b.status().dense.loadNote).toMatch(/did not match/);
    const [v] = await embedder.embed([searchableText(other.docs[0])]);
    const [hit] = b.denseSearch(v, 1);
    expect(hit.doc.id).toBe(other.docs[0].id);
    expect(hit.score).toBeCloseTo(1, 5);
  });
});
