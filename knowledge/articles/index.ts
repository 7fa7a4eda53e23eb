export { parseArticle, type Article, type ArticleSource } from './parse.ts';
export { importArticleFolder, readArticleFolder, listArticleFiles } from './import.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The demo articles shipped with Wayfinder, one folder per language. */
export const DEFAULT_ARTICLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'content', 'articles');
