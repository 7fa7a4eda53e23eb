/**
 * Articles → chunks of about 500–900 characters, each starting with the heading(s) it belongs to so
 * a chunk read alone says what it is about. Sections are the unit: short neighbouring sections are
 * merged, long ones are cut by LangChain's Markdown-aware recursive splitter and every piece gets
 * its section heading back.
 */
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { Article } from '../../knowledge/articles/parse.ts';
import { articleSourceId, type Citation, type SearchDoc } from './types.ts';

export type ArticleInput = Pick<Article, 'slug' | 'language' | 'translationGroup' | 'title' | 'category' | 'body' | 'sources'>;

export interface ChunkOptions {
  /** Chunks shorter than this are merged with the next section when the result still fits. */
  minChars: number;
  maxChars: number;
  /** Overlap between pieces of one long section, so a sentence cut in two is whole in one of them. */
  overlapChars: number;
  /** Link to the article itself, cited with its sources. */
  articleUrl: (language: string, slug: string) => string;
}

export const DEFAULT_CHUNKING: ChunkOptions = {
  minChars: 500,
  maxChars: 900,
  overlapChars: 100,
  articleUrl: (language, slug) => `/articles/${language}/${slug}`,
};

interface Section {
  /** Heading text, or null for the text before the first heading. */
  heading: string | null;
  /** The heading line as written ("## Who can get OHIP"), empty for the intro. */
  headingLine: string;
  body: string;
}

interface Piece {
  headings: string[];
  text: string;
}

const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/;
const FENCE = /^(```|~~~)/;

/** Splits Markdown into sections at headings (not inside fenced code). */
export function splitSections(markdown: string): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: null, headingLine: '', body: '' };
  let inFence = false;
  const lines: string[] = [];
  const flush = () => {
    current.body = lines.join('\n').trim();
    if (current.heading !== null || current.body) sections.push(current);
    lines.length = 0;
  };
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (FENCE.test(line.trim())) inFence = !inFence;
    const m = inFence ? null : HEADING.exec(line);
    if (m) {
      flush();
      current = { heading: m[2].trim(), headingLine: line.trim(), body: '' };
    } else {
      lines.push(line);
    }
  }
  flush();
  return sections;
}

async function sectionPieces(section: Section, title: string, options: ChunkOptions): Promise<Piece[]> {
  const head = section.headingLine ? `${section.headingLine}\n\n` : '';
  // The text before the first heading is about the article as a whole.
  const headings = [section.heading ?? title];
  const whole = head + section.body;
  if (whole.length <= options.maxChars) return [{ headings, text: whole }];
  const splitter = RecursiveCharacterTextSplitter.fromLanguage('markdown', {
    chunkSize: Math.max(100, options.maxChars - head.length),
    chunkOverlap: options.overlapChars,
  });
  const parts = await splitter.splitText(section.body);
  return parts.map((p) => ({ headings, text: head + p.trim() }));
}

function mergeSmall(pieces: Piece[], options: ChunkOptions): Piece[] {
  const out: Piece[] = [];
  const fits = (a: Piece, b: Piece) => a.text.length + 2 + b.text.length <= options.maxChars;
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last && last.text.length < options.minChars && fits(last, piece)) {
      out[out.length - 1] = { headings: [...last.headings, ...piece.headings], text: `${last.text}\n\n${piece.text}` };
    } else {
      out.push(piece);
    }
  }
  // A short tail joins the chunk before it rather than standing alone.
  if (out.length >= 2) {
    const tail = out[out.length - 1];
    const before = out[out.length - 2];
    if (tail.text.length < options.minChars && fits(before, tail)) {
      out.splice(out.length - 2, 2, { headings: [...before.headings, ...tail.headings], text: `${before.text}\n\n${tail.text}` });
    }
  }
  return out;
}

export function articleCitations(article: ArticleInput, options: Pick<ChunkOptions, 'articleUrl'> = DEFAULT_CHUNKING): Citation[] {
  return [{ title: article.title, url: options.articleUrl(article.language, article.slug) }, ...article.sources.map((s) => ({ title: s.title, url: s.url }))];
}

/** The chunks of one article, in reading order. */
export async function chunkArticle(article: ArticleInput, options: Partial<ChunkOptions> = {}): Promise<SearchDoc[]> {
  const opts = { ...DEFAULT_CHUNKING, ...options };
  if (opts.minChars > opts.maxChars) throw new RangeError(`minChars (${opts.minChars}) must not exceed maxChars (${opts.maxChars})`);
  const pieces: Piece[] = [];
  for (const section of splitSections(article.body)) pieces.push(...(await sectionPieces(section, article.title, opts)));
  const sourceId = articleSourceId(article.language, article.slug);
  const citations = articleCitations(article, opts);
  return mergeSmall(pieces, opts)
    .filter((p) => p.text.trim().length > 0)
    .map((p, i) => ({
      id: `article:${sourceId}#${i}`,
      kind: 'article' as const,
      sourceId,
      language: article.language,
      title: article.title,
      heading: p.headings[0],
      text: p.text,
      citations,
      article: {
        slug: article.slug,
        translationGroup: article.translationGroup,
        category: article.category,
        chunkIndex: i,
        headings: p.headings,
      },
    }));
}
