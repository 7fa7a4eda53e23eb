import type { FastifyInstance } from 'fastify';
import { openDb, migrate, type Db } from '../knowledge/db/index.ts';
import { CONTENT_CHANNEL, ensureDemoContent, loadDefaultEmbedder, type EmbedderStatus } from '../knowledge/index.ts';
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
  suggester?: Suggester;
  bot?: Bot;
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
  // Everything opened so far, closed in reverse order on shutdown or on a failed start.
  const closers: (() => Promise<void> | void)[] = [() => db.close()];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close();
  };
  try {
    await migrate(db);
    if (config.loadDemo) {
      await ensureDemoContent(db, { plans: config.demoPlans });
      await ensureDemoStaff(db, config.demoPassword);
    }
    // One embedding model per process, loaded at most once, shared by the search index and the recommender.
    let embedder: Promise<EmbedderStatus> | undefined;
    const loadEmbedder = () => (embedder ??= loadDefaultEmbedder());
    const suggester = config.services.has('recommender') ? await startRecommender(db, config, loadEmbedder) : undefined;
    if (suggester) closers.push(() => suggester.stop());
    const bot = config.services.has('bot') ? await startBot(db, config, loadEmbedder, closers) : undefined;
    const app = await buildApp({
      db,
      suggester,
      bot,
      chat: bot && config.services.has('chat') ? { bot: chatBotFrom(bot), widgetOrigins: config.widgetOrigins, metricsToken: config.metricsToken } : undefined,
      pseudonymKey: config.pseudonymKey,
      logLevel: config.logLevel,
    });
    closers.push(() => app.close());
    if (config.services.has('chat')) {
      const stopRetention = scheduleRetention(db, {
        days: config.chatRetentionDays,
        mode: config.chatRetentionMode,
        onError: (err) => app.log.warn({ err: err.message }, 'chat retention failed'),
      });
      closers.push(stopRetention);
    }
    const url = await app.listen({ host: config.host, port: config.port });
    return { app, db, suggester, bot, url, close: closeAll };
  } catch (err) {
    await closeAll().catch(() => {});
    throw err;
  }
}

/** Serves the active model version; on a fresh demo, trains a first one so the assessor view has suggestions. */
async function startRecommender(db: Db, config: Config, loadEmbedder: () => Promise<EmbedderStatus>): Promise<Suggester> {
  const suggester = new Suggester(db, { loadEmbedder: async () => (await loadEmbedder()).embedder });
  await suggester.start();
  if (config.loadDemo && !suggester.version && (await hasPlans(db))) {
    await trainRecommender(db, { embedder: null, maxQueries: 2000, bootstrapSamples: 200, createdBy: 'demo' });
    await suggester.reload();
  }
  return suggester;
}

/** Opens the search index and the bot, and follows content changes announced by any instance. */
async function startBot(db: Db, config: Config, loadEmbedder: () => Promise<EmbedderStatus>, closers: (() => Promise<void> | void)[]): Promise<Bot> {
  const { embedder } = await loadEmbedder();
  // Without a model the index looks for one itself, so /health says why retrieval is lexical only.
  const content = await ContentIndex.open(db, { indexDir: config.indexDir, ...(embedder ? { embedder } : {}) });
  const bot = await Bot.open(db, { content });
  closers.push(() => bot.close());
  // Only changed chunks are embedded again.
  const unlisten = await db.listen(CONTENT_CHANNEL, () => {
    void content.reindexAll().catch((err: Error) => console.error(`re-indexing failed: ${err.message}`));
  });
  closers.push(unlisten);
  return bot;
}

async function hasPlans(db: Db): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM (SELECT 1 FROM plan LIMIT 1) p');
  return rows[0].n > 0;
}
