/**
 * Extractive answer composition: the best passages (one per article, at most two articles), in the
 * newcomer's language when a translation exists, their citation links, and up to three service cards.
 */
import type { Queryable } from '../../knowledge/db/types.ts';
import { analyzeQuery, baseLanguage } from '../index/analyze/analyzer.ts';
import type { SearchIndex } from '../index/search-index.ts';
import { articleSourceId, type Citation, type SearchDoc } from '../index/types.ts';
import type { Clock } from '../retrieval/open-now.ts';
import type { SearchHit } from '../retrieval/search.ts';
import { serviceCard } from './service-card.ts';
import type { ComposedAnswer, Passage } from './types.ts';

/** Where the language versions of an article live: translation group → language → source id ("fr/carte-sante"). */
export interface ArticleVersions {
  versions(translationGroup: string): Promise<Map<string, string>>;
}

/** Reads versions from the article table, so an article translated after start is found at once. */
export class DbArticleVersions implements ArticleVersions {
  constructor(private readonly db: Queryable) {}
  async versions(translationGroup: string): Promise<Map<string, string>> {
    const { rows } = await this.db.query<{ language: string; slug: string }>(
      'SELECT language, slug FROM article WHERE translation_group = $1',
      [translationGroup],
    );
    return new Map(rows.map((r) => [r.language, articleSourceId(r.language, r.slug)]));
  }
}

/** Versions read from the documents in the index (tests, BEIR-style corpora without an article table). */
export class IndexArticleVersions implements ArticleVersions {
  constructor(private readonly index: SearchIndex) {}
  async versions(translationGroup: string): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const d of this.index.documents()) if (d.article?.translationGroup === translationGroup) out.set(d.language, d.sourceId);
    return out;
  }
}

/** Languages a newcomer is most likely to read when their own has no version, best first. */
export const FALLBACK_SOURCE_LANGUAGES = ['en', 'fr'] as const;

export interface ComposeOptions {
  /** The newcomer's language (ISO 639-1). */
  language: string;
  /** The question, to pick the best chunk of a translation. */
  query: string;
  index: SearchIndex;
  versions: ArticleVersions;
  clock: Clock;
  /** Show service cards (a site is known, or a service ranks near the top). */
  withServices: boolean;
  maxPassages?: number;
  maxCards?: number;
  /** A second article is quoted only when its best chunk ranks this high or higher. */
  secondPassageMaxRank?: number;
  /** Services to show when the hits hold none (e.g. the question's words only matched articles). */
  fallbackServices?: readonly SearchDoc[];
}

/** Hits grouped by what they come from: one entry per article translation group or service, best rank first. */
export function groupHits(hits: readonly SearchHit[]): { key: string; hits: SearchHit[] }[] {
  const groups = new Map<string, SearchHit[]>();
  for (const h of hits) {
    const key = groupKey(h.doc);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(h);
  }
  return [...groups].map(([key, hs]) => ({ key, hits: hs }));
}

export function groupKey(doc: SearchDoc): string {
  return doc.kind === 'article' && doc.article ? `article:${doc.article.translationGroup}` : `${doc.kind}:${doc.sourceId}`;
}

/** The chunks of one article version, in reading order. */
function chunksOf(index: SearchIndex, sourceId: string): SearchDoc[] {
  const out: SearchDoc[] = [];
  for (let i = 0; ; i++) {
    const d = index.get(`article:${sourceId}#${i}`);
    if (!d) return out;
    out.push(d);
  }
}

/** The chunk of `sourceId` that best matches the question (BM25 within the article), else the one at the same position. */
function bestChunkIn(index: SearchIndex, sourceId: string, query: string, language: string, position: number): SearchDoc | null {
  const chunks = chunksOf(index, sourceId);
  if (chunks.length === 0) return null;
  const terms = analyzeQuery(query, [language]);
  const [hit] = terms.length ? index.lexicalSearch(terms, 1, (d) => d.sourceId === sourceId) : [];
  return hit?.doc ?? chunks[Math.min(position, chunks.length - 1)];
}

/**
 * The version of a hit to show: the newcomer's language when it exists; otherwise the hit itself
 * when it is in English or French, else the English version.
 */
export async function versionToShow(hit: SearchDoc, o: Pick<ComposeOptions, 'language' | 'query' | 'index' | 'versions'>): Promise<SearchDoc> {
  const want = baseLanguage(o.language);
  const a = hit.article;
  if (!a || baseLanguage(hit.language) === want) return hit;
  const versions = await o.versions.versions(a.translationGroup);
  const pick = (lang: string) => {
    const sid = versions.get(lang);
    return sid ? bestChunkIn(o.index, sid, o.query, lang, a.chunkIndex) : null;
  };
  const own = pick(want);
  if (own) return own;
  if ((FALLBACK_SOURCE_LANGUAGES as readonly string[]).includes(baseLanguage(hit.language))) return hit;
  for (const lang of FALLBACK_SOURCE_LANGUAGES) {
    const d = pick(lang);
    if (d) return d;
  }
  return hit;
}

function dedupe(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => !seen.has(c.url) && seen.add(c.url));
}

export async function composeAnswer(hits: readonly SearchHit[], o: ComposeOptions): Promise<ComposedAnswer> {
  const maxPassages = o.maxPassages ?? 2;
  const maxCards = o.maxCards ?? 3;
  const secondMaxRank = o.secondPassageMaxRank ?? 5;
  const groups = groupHits(hits);

  const passages: Passage[] = [];
  const shownDocs: SearchDoc[] = [];
  for (const g of groups) {
    if (passages.length >= maxPassages) break;
    const best = g.hits[0];
    if (best.doc.kind !== 'article' || !best.doc.article) continue;
    if (passages.length > 0 && best.rank > secondMaxRank) break;
    const doc = await versionToShow(best.doc, o);
    shownDocs.push(doc);
    passages.push({
      text: doc.text,
      source: doc.citations[0] ?? { title: doc.title, url: '' },
      language: doc.language,
      docId: doc.id,
      translationGroup: doc.article!.translationGroup,
    });
  }

  let serviceDocs = groups.filter((g) => g.hits[0].doc.kind === 'service').map((g) => g.hits[0].doc);
  if (serviceDocs.length === 0) serviceDocs = [...(o.fallbackServices ?? [])];
  const serviceCards = o.withServices ? serviceDocs.slice(0, maxCards).map((d) => serviceCard(d, { language: o.language, clock: o.clock })) : [];

  const want = baseLanguage(o.language);
  const otherLanguages = [...new Set(passages.map((p) => baseLanguage(p.language)).filter((l) => l !== want))];
  const title = shownDocs[0]?.title ?? serviceCards[0]?.name;
  return {
    ...(title ? { title } : {}),
    passages,
    sources: dedupe(shownDocs.flatMap((d) => d.citations)),
    serviceCards,
    otherLanguages,
  };
}

/** The closest links for a "not sure" reply: one per source, in the newcomer's language when it exists. */
export async function closestLinks(hits: readonly SearchHit[], o: Pick<ComposeOptions, 'language' | 'query' | 'index' | 'versions'>, max = 3): Promise<Citation[]> {
  const out: Citation[] = [];
  for (const g of groupHits(hits)) {
    if (out.length >= max) break;
    const doc = await versionToShow(g.hits[0].doc, o);
    const link = doc.citations[0];
    if (link && !out.some((c) => c.url === link.url)) out.push(link);
  }
  return out;
}
