import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/types.ts';
import { ImportError, type ImportSummary } from '../import/errors.ts';
import { parseArticle, type Article } from './parse.ts';

/** Every `.md` file below `dir` (one level of language folders, or flat). */
export function listArticleFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) files.push(...listArticleFiles(full));
    else if (entry.endsWith('.md') && entry !== 'README.md') files.push(full);
  }
  return files;
}

/** Reads and validates a whole folder before anything is written. */
export function readArticleFolder(dir: string): (Article & { file: string })[] {
  const articles: (Article & { file: string })[] = [];
  const seen = new Map<string, string>();
  for (const file of listArticleFiles(dir)) {
    const article = parseArticle(file, readFileSync(file, 'utf8'));
    const parent = path.basename(path.dirname(file));
    if (parent !== path.basename(dir) && /^[a-z]{2,3}$/.test(parent) && parent !== article.language) {
      throw new ImportError(file, `language "${article.language}" does not match its folder "${parent}"`, undefined, 'language');
    }
    const key = `${article.language}/${article.slug}`;
    if (seen.has(key)) throw new ImportError(file, `slug "${article.slug}" in "${article.language}" is also used by ${seen.get(key)}`, undefined, 'slug');
    seen.set(key, file);
    articles.push({ ...article, file });
  }
  return articles;
}

/**
 * Imports a folder of Markdown articles in one transaction: either every article is stored
 * (inserted or updated by slug and language) or, on the first error, none is.
 */
export async function importArticleFolder(db: Db, dir: string): Promise<ImportSummary> {
  const articles = readArticleFolder(dir);
  const categories = new Set(
    (await db.query<{ id: string }>('SELECT id FROM category')).rows.map((r) => r.id),
  );
  for (const a of articles) {
    if (a.category && !categories.has(a.category)) {
      throw new ImportError(a.file, `unknown category "${a.category}"`, undefined, 'category');
    }
  }
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO article (slug, language, translation_group, title, category_id, summary, body, sources, last_reviewed)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::date[])
       ON CONFLICT (slug, language) DO UPDATE SET
         translation_group = EXCLUDED.translation_group, title = EXCLUDED.title, category_id = EXCLUDED.category_id,
         summary = EXCLUDED.summary, body = EXCLUDED.body, sources = EXCLUDED.sources,
         last_reviewed = EXCLUDED.last_reviewed, updated_at = now()
       WHERE (article.title, article.body, article.sources, article.category_id, article.summary, article.last_reviewed)
         IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.body, EXCLUDED.sources, EXCLUDED.category_id, EXCLUDED.summary, EXCLUDED.last_reviewed)`,
      [
        articles.map((a) => a.slug),
        articles.map((a) => a.language),
        articles.map((a) => a.translationGroup),
        articles.map((a) => a.title),
        articles.map((a) => a.category),
        articles.map((a) => a.summary),
        articles.map((a) => a.body),
        articles.map((a) => JSON.stringify(a.sources)),
        articles.map((a) => a.lastReviewed),
      ],
    );
  });
  const byLanguage: Record<string, number> = {};
  for (const a of articles) byLanguage[a.language] = (byLanguage[a.language] ?? 0) + 1;
  return { kind: 'articles', file: dir, counts: { articles: articles.length, ...byLanguage } };
}
