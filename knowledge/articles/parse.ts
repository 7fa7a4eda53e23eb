import matter from 'gray-matter';
import { z } from 'zod';
import { ImportError } from '../import/errors.ts';

export interface ArticleSource {
  title: string;
  url: string;
}

export interface Article {
  slug: string;
  language: string;
  translationGroup: string;
  title: string;
  category: string | null;
  summary: string | null;
  body: string;
  sources: ArticleSource[];
  lastReviewed: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const frontMatter = z.object({
  slug: z.string().regex(SLUG, 'lowercase words joined by hyphens'),
  title: z.string().trim().min(1, 'must not be empty'),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'an ISO 639 code such as "en" or "fr"'),
  translation_group: z.string().regex(SLUG, 'lowercase words joined by hyphens').optional(),
  category: z.string().optional(),
  summary: z.string().optional(),
  sources: z
    .array(z.object({ title: z.string().min(1), url: z.url({ protocol: /^https?$/ }) }))
    .min(1, 'cite at least one official source'),
  // YAML turns an unquoted 2026-11-01 into a Date; accept both.
  last_reviewed: z.union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')]),
});

/** Parses one Markdown article with YAML front matter; `file` is only used in error messages. */
export function parseArticle(file: string, text: string): Article {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by content; the empty options object turns that off so errors repeat.
    parsed = matter(text, {});
  } catch (err) {
    throw new ImportError(file, `front matter is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (Object.keys(parsed.data).length === 0) throw new ImportError(file, 'missing front matter (--- ... ---)');
  const result = frontMatter.safeParse(parsed.data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ImportError(file, issue.message, undefined, issue.path.join('.') || undefined);
  }
  const fm = result.data;
  const body = parsed.content.trim();
  if (body.split(/\s+/).length < 30) throw new ImportError(file, 'the article body is too short (under 30 words)', undefined, 'body');
  const lastReviewed = fm.last_reviewed instanceof Date ? fm.last_reviewed.toISOString().slice(0, 10) : fm.last_reviewed;
  if (Number.isNaN(Date.parse(lastReviewed))) throw new ImportError(file, 'not a real date', undefined, 'last_reviewed');
  return {
    slug: fm.slug,
    language: fm.language,
    translationGroup: fm.translation_group ?? fm.slug,
    title: fm.title.trim(),
    category: fm.category ?? null,
    summary: fm.summary?.trim() || null,
    body,
    sources: fm.sources,
    lastReviewed,
  };
}
