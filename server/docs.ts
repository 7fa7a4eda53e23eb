import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/**
 * OpenAPI 3 generated from every route's JSON schema, served at /docs (UI) and /docs/json.
 * The WebSocket protocol is not OpenAPI's to describe: see server/PROTOCOL.md.
 */
export async function registerDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Wayfinder',
        description: 'Settlement-agency service: action recommender, retrieval chatbot, realtime chat with human handoff. Chat frames over WebSocket are documented in server/PROTOCOL.md.',
        version: '0.1.0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
}
