/**
 * Security headers, CORS for the configured widget origins, and the rate limiter the public chat
 * routes opt into. Register on the root instance before any route.
 */
import cors from '@fastify/cors';
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

export interface SecurityOptions {
  /** Origins allowed to call the API from a browser (the pages embedding the widget); empty: none. */
  widgetOrigins: string[];
  helmet?: FastifyHelmetOptions;
  /** Addresses never rate limited (monitoring, load tests on loopback). */
  rateLimitAllowList?: string[];
}

export async function registerSecurity(app: FastifyInstance, options: SecurityOptions): Promise<void> {
  await app.register(helmet, options.helmet ?? {});
  await app.register(cors, {
    origin: options.widgetOrigins.length ? options.widgetOrigins : false,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['content-type', 'authorization'],
    maxAge: 600,
  });
  // Off by default: each public route names its own limit in `config.rateLimit`.
  await app.register(rateLimit, { global: false, allowList: options.rateLimitAllowList ?? [] });
}

/** Comma-separated origins from configuration, each checked to be an origin (scheme://host[:port]). */
export function parseOrigins(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((o) => {
      const u = new URL(o);
      if (u.origin !== o.replace(/\/$/, '')) throw new Error(`"${o}" is not an origin (scheme://host[:port], no path)`);
      return u.origin;
    });
}
