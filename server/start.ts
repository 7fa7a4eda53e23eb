import type { FastifyInstance } from 'fastify';
import { openDb, migrate, type Db } from '../knowledge/db/index.ts';
import { CONTENT_CHANNEL, ensureDemoContent, loadDefaultEmbedder } from '../knowledge/index.ts';
import { Bot, ContentIndex } from '../bot/index.ts';
import { Suggester, trainRecommender } from '../recommender/index.ts';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { ensureDemoStaff } from './demo-staff.ts';
import { chatBotFrom } from './chat-bot.ts';
import { scheduleRetention } from './chat/index.ts';

export interface RunningService {
  app: FastifyInstance;
  db: Db;
  suggester: Suggester;
  bot: Bot;
  url: string;
  close(): Promise<void>;
}

/**
 * Opens and migrates the database, loads demo content (and demo staff, and a first model) into
 * an empty one, and starts listening.
 */
export async function startService(config: Config): Promise<RunningService> {
  // The config already read DATABASE_URL: no URL here means the embedded database.
  const db = await openDb({ databaseUrl: config.databaseUrl ?? null, dataDir: config.dataDir });
  let suggester: Suggester | undefined;
  let bot: Bot | undefined;
  let unlistenContent: (() => Promise<void>) | undefined;
  try {
    await migrate(db);
    if (config.loadDemo) {
      await ensureDemoContent(db, { plans: config.demoPlans });
      await ensureDemoStaff(db, config.demoPassword);
    }
    suggester = new Suggester(db, { loadEmbedder: async () => (await loadDefaultEmbedder()).embedder });
    await suggester.start();
    if (config.loadDemo && !suggester.version && (await hasPlans(db))) {
      // A first model so the assessor view has suggestions on a fresh demo; later ones come from `npm run train`.
      await trainRecommender(db, { embedder: null, maxQueries: 2000, bootstrapSamples: 200, createdBy: 'demo' });
      await suggester.reload();
    }
    const content = await ContentIndex.open(db, { indexDir: config.indexDir });
    bot = await Bot.open(db, { content });
    const openBot = bot;
    // An import on any instance announces changed content; every instance re-indexes what changed
    // (only changed chunks are embedded again).
    unlistenContent = await db.listen(CONTENT_CHANNEL, () => {
      void content.reindexAll().catch((err: Error) => openBot && console.error(`re-indexing failed: ${err.message}`));
    });
    const app = await buildApp({
      db,
      suggester,
      bot,
      chat: { bot: chatBotFrom(bot), widgetOrigins: config.widgetOrigins, metricsToken: config.metricsToken },
      pseudonymKey: config.pseudonymKey,
      logLevel: config.logLevel,
    });
    const stopRetention = scheduleRetention(db, {
      days: config.chatRetentionDays,
      mode: config.chatRetentionMode,
      onError: (err) => app.log.warn({ err: err.message }, 'chat retention failed'),
    });
    const url = await app.listen({ host: config.host, port: config.port });
    const running = suggester;
    const stopListening = unlistenContent;
    return {
      app,
      db,
      suggester: running,
      bot: openBot,
      url,
      async close() {
        stopRetention();
        await app.close();
        await stopListening();
        await running.stop();
        await openBot.close();
        await db.close();
      },
    };
  } catch (err) {
    await unlistenContent?.().catch(() => {});
    await bot?.close().catch(() => {});
    await suggester?.stop().catch(() => {});
    await db.close().catch(() => {});
    throw err;
  }
}

async function hasPlans(db: Db): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM (SELECT 1 FROM plan LIMIT 1) p');
  return rows[0].n > 0;
}
