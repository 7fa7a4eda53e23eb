import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveInside, staticRoutes } from './static.ts';

/** The built front ends served from a folder: files, gzip, single-page fallback, and nothing outside. */
describe('static front-end routes', () => {
  let dist: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'wf-static-'));
    mkdirSync(path.join(dist, 'widget'), { recursive: true });
    mkdirSync(path.join(dist, 'assessor', 'assets'), { recursive: true });
    writeFileSync(path.join(dist, 'widget', 'wayfinder-widget.js'), 'console.log("widget")');
    writeFileSync(path.join(dist, 'widget', 'wayfinder-widget.js.gz'), gzipSync('console.log("widget")'));
    writeFileSync(path.join(dist, 'widget', 'index.html'), '<p>page</p>');
    writeFileSync(path.join(dist, 'assessor', 'index.html'), '<p>assessor</p>');
    writeFileSync(path.join(dist, 'assessor', 'assets', 'index-abc123.js'), 'export {}');
    writeFileSync(path.join(dist, 'secret.txt'), 'not for the web');
    app = Fastify({ logger: false });
    await app.register(staticRoutes, { distDir: dist });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves the embed script, gzipped to browsers that accept it, to any origin', async () => {
    const plain = await app.inject({ url: '/widget/wayfinder-widget.js' });
    expect(plain.statusCode).toBe(200);
    expect(plain.body).toBe('console.log("widget")');
    expect(plain.headers['content-type']).toMatch(/javascript/);
    expect(plain.headers['access-control-allow-origin']).toBe('*');
    const gz = await app.inject({ url: '/widget/wayfinder-widget.js', headers: { 'accept-encoding': 'gzip, br' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe('console.log("widget")');
  });

  it('serves index pages, caches hashed assets for good, and falls back to the app page for client routes', async () => {
    expect((await app.inject({ url: '/widget/' })).body).toBe('<p>page</p>');
    expect((await app.inject({ url: '/widget' })).statusCode).toBe(301);
    const asset = await app.inject({ url: '/assessor/assets/index-abc123.js' });
    expect(asset.headers['cache-control']).toContain('immutable');
    const route = await app.inject({ url: '/assessor/plans/p-1' });
    expect(route.statusCode).toBe(200);
    expect(route.body).toBe('<p>assessor</p>');
    expect(route.headers['cache-control']).toBe('no-cache');
    expect((await app.inject({ url: '/assessor/assets/missing.js' })).statusCode).toBe(404);
  });

  it('never serves a file outside the app folders', async () => {
    for (const url of ['/widget/../secret.txt', '/widget/%2e%2e/secret.txt', '/widget/..%2fsecret.txt', '/assessor/%2e%2e%2f%2e%2e%2fetc/passwd']) {
      const res = await app.inject({ url });
      expect({ url, ok: res.statusCode === 200 && res.body.includes('not for the web') }).toEqual({ url, ok: false });
    }
    expect(resolveInside('/srv/dist/widget', '../secret.txt')).toBe('/srv/dist/widget/secret.txt');
    expect(resolveInside('/srv/dist/widget', '%2e%2e%2f..%2fx')).toBe('/srv/dist/widget/x');
    expect(resolveInside('/srv/dist/widget', '%E0%A4%A')).toBeNull();
  });

  it('says how to build when the front ends are missing', async () => {
    const empty = Fastify({ logger: false });
    const dir = mkdtempSync(path.join(tmpdir(), 'wf-static-empty-'));
    await empty.register(staticRoutes, { distDir: dir });
    const res = await empty.inject({ url: '/console/' });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toMatch(/npm run build:widget/);
    await empty.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
