import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The built front ends (`npm run build:widget` → widget/dist): the newcomer widget at /widget/…,
 * the advisor console at /console/… and the assessor view at /assessor/…. Files only from those
 * three folders; the two single-page apps fall back to their index.html for client-side paths.
 * Gzipped copies written by the build are sent to browsers that accept them (slow phones first).
 */

export const DEFAULT_DIST_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'widget', 'dist');

const APPS = ['widget', 'console', 'assessor'] as const;
type App = (typeof APPS)[number];
/** Single-page apps: an unknown path under them is a client-side route, so it gets the app's page. */
const SPA: ReadonlySet<App> = new Set(['console', 'assessor']);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Resolves a URL path inside an app's folder, refusing anything that climbs out of it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

function cacheControl(relative: string): string {
  // Vite puts content-hashed files under assets/: they never change under the same name.
  if (relative.includes('/assets/') || relative.startsWith('assets/')) return 'public, max-age=31536000, immutable';
  if (relative.endsWith('.html')) return 'no-cache';
  // The embed script keeps its name for host pages; a short cache lets updates reach them.
  return 'public, max-age=300';
}

export async function staticRoutes(app: FastifyInstance, opts: { distDir?: string } = {}) {
  const dist = path.resolve(opts.distDir ?? DEFAULT_DIST_DIR);

  async function send(request: FastifyRequest, reply: FastifyReply, appName: App, rest: string) {
    const root = path.join(dist, appName);
    let file = resolveInside(root, rest === '' ? 'index.html' : rest);
    if (!file) return reply.code(400).send({ error: 'bad_path', message: 'that path is not allowed' });
    if (!(await isFile(file))) {
      const looksLikeFile = path.extname(rest) !== '';
      if (SPA.has(appName) && !looksLikeFile) file = path.join(root, 'index.html');
      if (!(await isFile(file))) {
        const built = await isFile(path.join(root, 'index.html'));
        return reply
          .code(404)
          .send({ error: 'not_found', message: built ? `no such file: /${appName}/${rest}` : `the ${appName} app is not built: run npm run build:widget` });
      }
    }
    const ext = path.extname(file);
    const relative = path.relative(root, file).split(path.sep).join('/');
    reply.header('content-type', TYPES[ext] ?? 'application/octet-stream');
    reply.header('cache-control', cacheControl(relative));
    reply.header('x-content-type-options', 'nosniff');
    if (appName === 'widget' && ext === '.js') {
      // Host pages on other origins load the embed script.
      reply.header('cross-origin-resource-policy', 'cross-origin');
      reply.header('access-control-allow-origin', '*');
    }
    if (COMPRESSIBLE.has(ext)) {
      reply.header('vary', 'accept-encoding');
      const accepts = String(request.headers['accept-encoding'] ?? '');
      if (/\bgzip\b/.test(accepts) && (await isFile(`${file}.gz`))) {
        reply.header('content-encoding', 'gzip');
        return reply.send(createReadStream(`${file}.gz`));
      }
    }
    return reply.send(createReadStream(file));
  }

  for (const name of APPS) {
    app.get(`/${name}`, (_request, reply) => reply.redirect(`/${name}/`, 301));
    app.get(`/${name}/*`, (request, reply) => send(request, reply, name, (request.params as { '*': string })['*']));
  }
}
