import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../knowledge/db/index.ts';
import { Suggester } from '../../recommender/index.ts';
import { buildApp } from '../app.ts';
import { libraryRoutes } from './library.ts';
import { planRoutes } from './plans.ts';
import { staticRoutes } from './static.ts';

/**
 * The app on a test database with the plan, library and static routes, whether or not app.ts
 * registers them yet (tests only; each route file is also usable on its own).
 */
export async function appWithAssessorRoutes(db: Db, options: { distDir?: string } = {}): Promise<{ app: FastifyInstance; base: string; suggester: Suggester }> {
  const suggester = new Suggester(db);
  await suggester.start();
  const app = await buildApp({ db, suggester, pseudonymKey: 'test-pseudonym-key-0123456789', logLevel: 'silent' });
  if (!app.hasRoute({ method: 'GET', url: '/api/plans' })) await app.register(planRoutes, { db });
  if (!app.hasRoute({ method: 'GET', url: '/api/library/statements' })) await app.register(libraryRoutes, { db });
  if (!app.hasRoute({ method: 'GET', url: '/assessor/*' })) await app.register(staticRoutes, { distDir: options.distDir });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return { app, base, suggester };
}
