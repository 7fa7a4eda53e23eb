/**
 * The chat as one Fastify plugin: WebSocket endpoints /ws/newcomer and /ws/staff, the chat HTTP
 * routes, /metrics, and the instance's hub. Register it after `registerSecurity`.
 */
import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../knowledge/db/index.ts';
import type { ChatBot } from './bot-port.ts';
import { DEFAULT_LIMITS, type ConnectionLimits } from './connection.ts';
import { ChatContext } from './context.ts';
import { ChatHub } from './hub.ts';
import { ChatMetrics } from './metrics.ts';
import { handleNewcomerSocket } from './newcomer-socket.ts';
import type { OfficeHours } from './office-hours.ts';
import { MAX_FRAME_BYTES } from './protocol.ts';
import { chatRoutes, DEFAULT_ROUTE_LIMITS, type RouteLimits } from './routes.ts';
import { ChatService } from './service.ts';
import { handleStaffSocket } from './staff-socket.ts';

export interface ChatPluginOptions {
  db: Db;
  bot: ChatBot;
  /** Browser origins allowed to open the newcomer socket (the Origin header is checked when present); empty: any. */
  widgetOrigins?: string[];
  limits?: Partial<ConnectionLimits>;
  routeLimits?: Partial<RouteLimits>;
  /** When set, GET /metrics needs `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
  /** Also export Node's process metrics (off in tests, where several apps share a process). */
  defaultMetrics?: boolean;
  defaultHours?: Omit<OfficeHours, 'holidays'>;
  now?: () => Date;
  /** Sent to clients on shutdown before the 1012 close. */
  retryAfterMs?: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    chat: ChatContext;
  }
}

const PRESENCE_HEARTBEAT_MS = 30_000;

export async function chatPlugin(app: FastifyInstance, options: ChatPluginOptions): Promise<void> {
  const metrics = new ChatMetrics(options.db, { defaultMetrics: options.defaultMetrics });
  const hub = new ChatHub(options.db, app.log);
  await hub.start();
  const service = new ChatService(options.db, hub, metrics, { bot: options.bot, now: options.now, defaultHours: options.defaultHours });
  const ctx = new ChatContext(service, hub, metrics, { ...DEFAULT_LIMITS, ...options.limits }, app.log, options.retryAfterMs ?? 1000);
  app.decorate('chat', ctx);

  await app.register(websocket, {
    options: { maxPayload: MAX_FRAME_BYTES },
    // Our own preClose: drain and close with 1012 + reconnect hint, instead of the plugin's bare close.
    preClose: async function (this: FastifyInstance) {
      await ctx.shutdown();
      await new Promise<void>((resolve) => this.websocketServer.close(() => resolve()));
    },
  });

  const heartbeat = setInterval(() => {
    void service.heartbeat([...ctx.staffOnline.keys()]).catch(() => {});
  }, PRESENCE_HEARTBEAT_MS);
  heartbeat.unref();
  app.addHook('onClose', async () => {
    clearInterval(heartbeat);
    await hub.stop();
  });

  const origins = options.widgetOrigins ?? [];
  const checkOrigin = async (request: FastifyRequest, reply: FastifyReply) => {
    const origin = request.headers.origin;
    // Browsers always send Origin on a WebSocket; a page elsewhere must not open a newcomer socket.
    if (origin && origins.length && !origins.includes(origin)) return reply.code(403).send({ error: 'forbidden', message: 'origin not allowed' });
  };
  app.get('/ws/newcomer', { websocket: true, preValidation: checkOrigin }, (socket) => handleNewcomerSocket(socket, ctx));
  app.get('/ws/staff', { websocket: true }, (socket) => handleStaffSocket(socket, ctx));

  await app.register(chatRoutes, { service, limits: { ...DEFAULT_ROUTE_LIMITS, ...options.routeLimits } });

  app.get('/metrics', async (request, reply) => {
    if (options.metricsToken && request.headers.authorization !== `Bearer ${options.metricsToken}`) {
      return reply.code(401).send({ error: 'unauthenticated', message: 'metrics need the metrics token' });
    }
    return reply.header('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
