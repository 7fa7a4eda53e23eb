import type { FastifyInstance } from 'fastify';
import type { Db } from '../../knowledge/db/index.ts';
import { contentCounts } from '../../knowledge/index.ts';
import type { Bot } from '../../bot/index.ts';
import type { Suggester } from '../../recommender/index.ts';

/** GET /health: is the database reachable, which backend and schema version, how much content. */
export async function healthRoutes(app: FastifyInstance, opts: { db: Db; suggester?: Suggester; bot?: Bot }) {
  app.get('/health', async (_req, reply) => {
    try {
      const version = await opts.db.query<{ v: number }>('SELECT max(version)::int AS v FROM schema_migration');
      return {
        status: 'ok',
        database: { backend: opts.db.backend, migrationVersion: version.rows[0].v },
        content: await contentCounts(opts.db),
        ...(opts.suggester ? { recommender: recommenderStatus(opts.suggester) } : {}),
        ...(opts.bot ? { bot: botStatus(opts.bot) } : {}),
      };
    } catch (err) {
      reply.code(503);
      return { status: 'unavailable', database: { backend: opts.db.backend, error: (err as Error).message } };
    }
  });
}

function recommenderStatus(suggester: Suggester) {
  const v = suggester.version;
  if (!v) return { model: null, status: 'no model trained yet: run `npm run train`' };
  return { model: { id: v.id, name: v.modelName, trainedAt: v.createdAt, plans: v.trainPlans, dataTo: v.dataTo, embedder: v.embedderId } };
}

/**
 * Which retrieval the bot runs (hybrid, or lexical only and why), how much is indexed, its answer
 * threshold, how it hands off questions no rule routed (the learned decision or the low threshold
 * alone), and why, when its fitted models do not match what runs.
 */
function botStatus(bot: Bot) {
  const s = bot.status();
  return {
    retrieval: s.retrieval.mode,
    ...(s.retrieval.reason ? { note: s.retrieval.reason } : {}),
    embeddingModel: s.index.dense.modelId,
    indexed: { documents: s.index.documents, chunks: s.index.chunks },
    confidenceThreshold: s.confidence.threshold,
    handoff: s.confidence.handoff,
    ...(s.confidence.note ? { confidenceNote: s.confidence.note } : {}),
    llm: s.llm.enabled ? s.llm.model : 'off',
  };
}
