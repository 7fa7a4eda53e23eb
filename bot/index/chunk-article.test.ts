import { describe, expect, it } from 'vitest';
import { readArticleFolder, DEFAULT_ARTICLES_DIR } from '../../knowledge/articles/index.ts';
import { chunkArticle, splitSections, type ArticleInput } from './chunk-article.ts';

const para = (words: number, word = 'text') => Array.from({ length: words }, (_, i) => `${word}${i % 7}`).join(' ') + '.';

function article(body: string): ArticleInput {
  return { slug: 'test-article', language: 'en', translationGroup: 'test-article', title: 'A test article', category: null, body, sources: [{ title: 'Official page', url: 'https://example.org/official' }] };
}

describe('splitSections', () => {
  it('splits at headings but not inside fenced code', () => {
    const s = splitSections('Intro line.\n\n## First\n\nOne.\n\n```\n## not a heading\n```\n\n### Second ###\n\nTwo.');
    expect(s.map((x) => x.heading)).toEqual([null, 'First', 'Second']);
    expect(s[1].body).toContain('## not a heading');
    expect(s[2].headingLine).toBe('### Second ###');
  });
});

describe('chunkArticle', () => {
  it('starts every chunk with its section heading, also each piece of a long section', async () => {
    const body = ['Intro paragraph.', '## Short one', para(20), '## A very long section', ...Array.from({ length: 8 }, () => para(40, 'long')), '## Last words', para(30)].join('\n\n');
    const chunks = await chunkArticle(article(body));
    const long = chunks.filter((c) => c.article!.headings.includes('A very long section'));
    expect(long.length).toBeGreaterThan(1);
    for (const c of long) expect(c.text.startsWith('## A very long section')).toBe(true);
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(900);
      // Each heading the chunk claims is written in it (the intro's is the article title).
      for (const h of c.article!.headings) if (h !== 'A test article') expect(c.text).toContain(`## ${h}`);
    }
  });

  it('merges short neighbouring sections and keeps every heading', async () => {
    const body = ['## One', 'Short.', '## Two', 'Also short.', '## Three', 'Still short.'].join('\n\n');
    const chunks = await chunkArticle(article(body));
    expect(chunks).toHaveLength(1);
    expect(chunks[0].article!.headings).toEqual(['One', 'Two', 'Three']);
    expect(chunks[0].heading).toBe('One');
  });

  it('gives ids, source, language and citations (sources plus the article itself)', async () => {
    const [c] = await chunkArticle(article('Intro text that is long enough.'), { articleUrl: (l, s) => `https://wayfinder.example/${l}/${s}` });
    expect(c.id).toBe('article:en/test-article#0');
    expect(c.sourceId).toBe('en/test-article');
    expect(c.kind).toBe('article');
    expect(c.heading).toBe('A test article');
    expect(c.citations).toEqual([
      { title: 'A test article', url: 'https://wayfinder.example/en/test-article' },
      { title: 'Official page', url: 'https://example.org/official' },
    ]);
  });

  it('rejects inconsistent sizes', async () => {
    await expect(chunkArticle(article('x'), { minChars: 1000, maxChars: 500 })).rejects.toThrow(/minChars/);
  });

  it('keeps the demo articles within 900 characters and mostly above 300', async () => {
    const all = readArticleFolder(DEFAULT_ARTICLES_DIR);
    const lengths: number[] = [];
    for (const a of all) for (const c of await chunkArticle(a)) lengths.push(c.text.length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(900);
    lengths.sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeGreaterThanOrEqual(500);
  });
});
