import type { FastifyInstance } from 'fastify';
import { BotInputError, type Bot } from '../../bot/index.ts';

/**
 * POST /api/bot/ask: one question, one cited answer, for sites that want the search without a
 * conversation (a 211 search box, a kiosk). Public and rate limited; nothing is stored and the
 * question never reaches the logs. Conversations with handoff go through the chat (/ws/newcomer).
 */
export async function botRoutes(app: FastifyInstance, opts: { bot: Bot }) {
  app.post(
    '/api/bot/ask',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['text'],
          properties: {
            text: { type: 'string', minLength: 1, maxLength: 2000 },
            language: { type: 'string', pattern: '^[a-z]{2,3}$' },
            profile: {
              type: 'object',
              additionalProperties: false,
              properties: {
                site: { type: 'string', maxLength: 40 },
                immigrationStatus: { type: 'string', maxLength: 40 },
                age: { type: 'integer', minimum: 0, maximum: 120 },
                ageBand: { type: 'string', maxLength: 10 },
                serviceLanguage: { type: 'string', pattern: '^[a-z]{2,3}$' },
              },
            },
          },
        },
      },
    },
    async (request, reply) => {
      try {
        return await opts.bot.reply(request.body as Parameters<Bot['reply']>[0]);
      } catch (err) {
        if (err instanceof BotInputError) return reply.code(400).send({ error: err.code, message: err.message });
        throw err;
      }
    },
  );
}
