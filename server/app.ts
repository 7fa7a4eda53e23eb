import Fastify, { type FastifyInstance } from 'fastify';
import type { Bot } from '../bot/index.ts';
import type { Db } from '../knowledge/db/index.ts';
import { ModelVersionError, SuggestionError, type Suggester } from '../recommender/index.ts';
import { authRoutes } from './auth/plugin.ts';
import { chatPlugin, registerSecurity, type ChatBot } from './chat/index.ts';
import { healthRoutes } from './routes/health.ts';
import { modelRoutes } from './routes/models.ts';
import { suggestionRoutes } from './routes/suggestions.ts';
import { libraryRoutes } from './routes/library.ts';
import { planRoutes } from './routes/plans.ts';
import { staticRoutes } from './routes/static.ts';
import { botRoutes } from './routes/bot.ts';
import { articleRoutes } from './routes/articles.ts';
import { registerDocs } from './docs.ts';

export interface AppOptions {
  db: Db;
  /** The recommender; absent in instances that serve only the bot and chat. */
  suggester?: Suggester;
  /** The chatbot; absent in apps that serve only the recommender. */
  bot?: Bot;
  /** The realtime chat (WebSocket, advisors' queue); absent in apps that serve only the recommender. */
  chat?: { bot: ChatBot; widgetOrigins: string[]; metricsToken?: string };
  /** Key for the pseudonyms in research exports. */
  pseudonymKey: string;
  logLevel?: string;
}

/** Builds the HTTP application on an open, migrated database. The caller listens and closes. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logLevel === 'silent' ? false : { level: options.logLevel ?? 'info' },
    // Fastify's request log holds method, URL and status only, never bodies:
    // newcomers' messages and profiles are personal data.
    // Unknown fields are refused rather than silently dropped, so a typo gets a 400 with its name.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
  });
  // Security headers, CORS limited to the widget origins, rate limits: before any route.
  await registerSecurity(app, { widgetOrigins: options.chat?.widgetOrigins ?? [] });
  // OpenAPI from the routes' schemas, at /docs: registered before the routes it describes.
  await registerDocs(app);
  app.setErrorHandler((err, request, reply) => {
    if (err instanceof SuggestionError) return reply.code(err.status).send({ error: err.code, message: err.message });
    if (err instanceof ModelVersionError) return reply.code(err.code === 'not_found' ? 404 : 409).send({ error: err.code, message: err.message });
    const e = err as { validation?: unknown; statusCode?: number; message: string };
    if (e.validation) return reply.code(400).send({ error: 'invalid_request', message: e.message });
    if (e.statusCode && e.statusCode < 500) return reply.code(e.statusCode).send({ error: 'bad_request', message: e.message });
    request.log.error({ err }, 'request failed');
    return reply.code(500).send({ error: 'internal', message: 'something went wrong on our side' });
  });
  await app.register(healthRoutes, { db: options.db, suggester: options.suggester, bot: options.bot });
  await app.register(authRoutes, { db: options.db });
  if (options.suggester) {
    await app.register(suggestionRoutes, { db: options.db, suggester: options.suggester });
    await app.register(planRoutes, { db: options.db });
    await app.register(libraryRoutes, { db: options.db });
    await app.register(modelRoutes, { db: options.db, suggester: options.suggester, pseudonymKey: options.pseudonymKey });
  }
  if (options.bot) await app.register(botRoutes, { bot: options.bot });
  // The articles the bot cites, as pages.
  await app.register(articleRoutes, { db: options.db });
  // The built front ends: /widget/, /console/, /assessor/ (npm run build:widget).
  await app.register(staticRoutes, {});
  // Registers @fastify/websocket itself, with a shutdown hook that drains and closes sockets with a reconnect hint.
  if (options.chat) {
    await app.register(chatPlugin, {
      db: options.db,
      bot: options.chat.bot,
      widgetOrigins: options.chat.widgetOrigins,
      metricsToken: options.chat.metricsToken,
      defaultMetrics: true,
    });
  }
  return app;
}
