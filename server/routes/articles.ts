import type { FastifyInstance } from 'fastify';
import { Marked } from 'marked';
import type { Db } from '../../knowledge/db/index.ts';

const RTL = new Set(['ar', 'fa', 'he', 'ur']);

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

// Articles are written by staff, but raw HTML in them is shown as text, never run.
const markdown = new Marked({ renderer: { html: ({ text }) => escape(text) } });

interface ArticleRow {
  title: string;
  summary: string | null;
  body: string;
  sources: { title?: string; url: string }[];
  last_reviewed: string;
  translation_group: string;
}

/**
 * GET /articles/:lang/:slug — the knowledge article the bot cites, as a readable page with its
 * official sources and the other languages it exists in.
 */
export async function articleRoutes(app: FastifyInstance, opts: { db: Db }) {
  app.get(
    '/articles/:lang/:slug',
    { schema: { params: { type: 'object', properties: { lang: { type: 'string', pattern: '^[a-z]{2,3}$' }, slug: { type: 'string', pattern: '^[a-z0-9-]{1,120}$' } }, required: ['lang', 'slug'] } } },
    async (request, reply) => {
      const { lang, slug } = request.params as { lang: string; slug: string };
      const { rows } = await opts.db.query<ArticleRow>(
        `SELECT title, summary, body, sources, last_reviewed::text AS last_reviewed, translation_group FROM article WHERE language = $1 AND slug = $2`,
        [lang, slug],
      );
      const a = rows[0];
      if (!a) return reply.code(404).type('text/html').send(page('en', 'Not found', '<p>There is no such article.</p>'));
      const versions = await opts.db.query<{ language: string; slug: string; title: string }>(
        'SELECT language, slug, title FROM article WHERE translation_group = $1 AND language <> $2 ORDER BY language',
        [a.translation_group, lang],
      );
      const body = [
        `<h1>${escape(a.title)}</h1>`,
        a.summary ? `<p class="summary">${escape(a.summary)}</p>` : '',
        await markdown.parse(a.body),
        a.sources.length
          ? `<h2>Sources</h2><ul>${a.sources.map((s) => `<li><a href="${escape(s.url)}" rel="noopener noreferrer">${escape(s.title ?? s.url)}</a></li>`).join('')}</ul>`
          : '',
        versions.rows.length
          ? `<p>${versions.rows.map((v) => `<a href="/articles/${v.language}/${v.slug}" lang="${v.language}" hreflang="${v.language}">${escape(v.title)}</a>`).join(' · ')}</p>`
          : '',
        `<p class="reviewed">Last reviewed ${escape(a.last_reviewed)}</p>`,
      ].join('\n');
      return reply.type('text/html; charset=utf-8').send(page(lang, a.title, body));
    },
  );
}

function page(lang: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}" dir="${RTL.has(lang) ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>
<style>body{font:1.05rem/1.6 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0b57d0}.summary{font-size:1.1rem;color:#333}.reviewed{color:#555;font-size:.9rem}</style>
</head><body><main>
${body}
</main></body></html>`;
}
