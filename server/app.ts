import Fastify, { type FastifyInstance } from 'fastify';
import type { Db } from '../knowledge/db/index.ts';
import { healthRoutes } from './routes/health.ts';

export interface AppOptions {
  db: Db;
  logLevel?: string;
}

/** Builds the HTTP application on an open, migrated database. The caller listens and closes. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logLevel === 'silent' ? false : { level: options.logLevel ?? 'info' },
    // Fastify's request log holds method, URL and status only, never bodies:
    // newcomers' messages and profiles are personal data.
  });
  await app.register(healthRoutes, { db: options.db });
  return app;
}
