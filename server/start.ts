import type { FastifyInstance } from 'fastify';
import { openDb, migrate, type Db } from '../knowledge/db/index.ts';
import { ensureDemoContent } from '../knowledge/index.ts';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';

export interface RunningService {
  app: FastifyInstance;
  db: Db;
  url: string;
  close(): Promise<void>;
}

/** Opens and migrates the database, loads demo content into an empty one, and starts listening. */
export async function startService(config: Config): Promise<RunningService> {
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(db);
    if (config.loadDemo) await ensureDemoContent(db, { plans: config.demoPlans });
    const app = await buildApp({ db, logLevel: config.logLevel });
    const url = await app.listen({ host: config.host, port: config.port });
    return {
      app,
      db,
      url,
      async close() {
        await app.close();
        await db.close();
      },
    };
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
}
