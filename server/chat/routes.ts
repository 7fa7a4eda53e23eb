/**
 * The chat's HTTP routes. Public: start a conversation, office hours. Newcomer token: link a
 * profile with an invitation, consent, read its own events, rate the bot's answers. Staff (by
 * role, scoped to their organization): invitations, referral tasks, canned responses, office
 * hours, transcripts.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../knowledge/db/index.ts';
import { requireRole } from '../auth/plugin.ts';
import { audit } from '../auth/staff.ts';
import { loadOfficeHours, officeStatus, WEEKDAYS } from './office-hours.ts';
import { createInvitation, redeemInvitation, setConsent } from './profile.ts';
import { consent as consentSchema, MAX_TEXT_CHARS } from './protocol.ts';
import { eventFrame } from './render.ts';
import type { ChatService } from './service.ts';
import { ChatStoreError, conversationForToken, createConversation, eventsSince, type Conversation } from './store.ts';

export interface RouteLimits {
  /** Per client address: new conversations per minute. */
  conversationsPerMinute: number;
  /** Per client address: invitation-code attempts per minute (codes must not be guessable by trying). */
  linkAttemptsPerMinute: number;
  /** Per client address: thumbs up / down votes per minute. */
  feedbackPerMinute: number;
}

export const DEFAULT_ROUTE_LIMITS: RouteLimits = { conversationsPerMinute: 20, linkAttemptsPerMinute: 5, feedbackPerMinute: 60 };

const idPattern = '^[A-Za-z0-9._:-]{1,100}$';
const languagePattern = '^[a-z]{2,3}(-[A-Za-z]{2,4})?$';
const consentBody = {
  type: 'object',
  additionalProperties: false,
  properties: { basics: { type: 'boolean' }, immigration: { type: 'boolean' }, household: { type: 'boolean' } },
} as const;

declare module 'fastify' {
  interface FastifyRequest {
    conversation?: Conversation;
  }
}

/** A preHandler admitting only a valid newcomer conversation token (Authorization: Bearer <token>). */
function requireNewcomer(db: Db) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    const conversation = token ? await conversationForToken(db, token) : null;
    if (!conversation) return reply.code(401).send({ error: 'unauthenticated', message: 'a conversation token is needed (Authorization: Bearer <token>)' });
    request.conversation = conversation;
  };
}

export async function chatRoutes(app: FastifyInstance, opts: { service: ChatService; limits: RouteLimits }) {
  const { service } = opts;
  const db = service.db;
  const newcomer = requireNewcomer(db);

  app.setErrorHandler((err, request, reply) => {
    if (err instanceof ChatStoreError) {
      const status = { not_found: 404, forbidden: 403, not_available: 409, invalid_state: 409, conversation_closed: 409 }[err.code];
      return reply.code(status).send({ error: err.code, message: err.message });
    }
    const e = err as { validation?: unknown; statusCode?: number; message: string };
    if (e.validation) return reply.code(400).send({ error: 'invalid_request', message: e.message });
    if (e.statusCode && e.statusCode < 500) return reply.code(e.statusCode).send({ error: e.statusCode === 429 ? 'rate_limited' : 'bad_request', message: e.message });
    request.log.error({ err: { message: e.message } }, 'chat request failed');
    return reply.code(500).send({ error: 'internal', message: 'something went wrong on our side' });
  });

  app.post(
    '/api/conversations',
    {
      config: { rateLimit: { max: opts.limits.conversationsPerMinute, timeWindow: 60_000 } },
      schema: {
        body: {
          type: 'object',
          required: ['agencyId'],
          additionalProperties: false,
          properties: { agencyId: { type: 'string', pattern: idPattern }, siteId: { type: 'string', pattern: idPattern }, language: { type: 'string', pattern: languagePattern } },
        },
      },
    },
    async (request, reply) => {
      const body = request.body as { agencyId: string; siteId?: string; language?: string };
      const agency = await db.query('SELECT 1 FROM agency WHERE id = $1', [body.agencyId]);
      if (!agency.rows[0]) return reply.code(404).send({ error: 'not_found', message: 'no such agency' });
      if (body.siteId) {
        const site = await db.query('SELECT 1 FROM site WHERE id = $1', [body.siteId]);
        if (!site.rows[0]) return reply.code(404).send({ error: 'not_found', message: 'no such site' });
      }
      const { conversation, token } = await createConversation(db, body);
      return reply.code(201).send({ conversationId: conversation.id, token, seq: 0, status: conversation.status });
    },
  );

  app.post(
    '/api/conversations/link',
    {
      preHandler: newcomer,
      config: { rateLimit: { max: opts.limits.linkAttemptsPerMinute, timeWindow: 60_000 } },
      schema: {
        body: {
          type: 'object',
          required: ['code', 'consent'],
          additionalProperties: false,
          properties: { code: { type: 'string', minLength: 6, maxLength: 20 }, consent: consentBody },
        },
      },
    },
    async (request, reply) => {
      const body = request.body as { code: string; consent: unknown };
      const linked = await redeemInvitation(db, request.conversation!.id, body.code, consentSchema.parse(body.consent));
      if (!linked) return reply.code(404).send({ error: 'not_found', message: 'this invitation code is unknown, used or expired' });
      return { linked: true };
    },
  );

  app.put(
    '/api/conversations/consent',
    { preHandler: newcomer, schema: { body: { type: 'object', required: ['consent'], additionalProperties: false, properties: { consent: consentBody } } } },
    async (request, reply) => {
      await setConsent(db, request.conversation!.id, consentSchema.parse((request.body as { consent: unknown }).consent));
      return reply.code(204).send();
    },
  );

  /** The newcomer's own events after a seq: a fallback for clients without WebSockets. */
  app.get(
    '/api/conversations/:id/events',
    {
      preHandler: newcomer,
      schema: {
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } } },
        querystring: { type: 'object', additionalProperties: false, properties: { after: { type: 'string', pattern: '^[0-9]{1,10}$' } } },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      // Another conversation's id reads as unknown: a token opens exactly one conversation.
      if (id !== request.conversation!.id) return reply.code(404).send({ error: 'not_found', message: 'no such conversation' });
      const after = Number((request.query as { after?: string }).after ?? 0);
      const events = await eventsSince(db, id, after, { limit: 500 });
      return { conversationId: id, status: request.conversation!.status, events: events.map((e) => eventFrame(e, 'newcomer')) };
    },
  );

  /** Thumbs up or down on one of the bot's answers in the token's own conversation; a second vote replaces the first. */
  app.post(
    '/api/conversations/:id/feedback',
    {
      preHandler: newcomer,
      config: { rateLimit: { max: opts.limits.feedbackPerMinute, timeWindow: 60_000 } },
      schema: {
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } } },
        body: {
          type: 'object',
          required: ['seq', 'helpful'],
          additionalProperties: false,
          properties: { seq: { type: 'integer', minimum: 1, maximum: 2_147_483_647 }, helpful: { type: 'boolean' } },
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      if (id !== request.conversation!.id) return reply.code(404).send({ error: 'not_found', message: 'no such conversation' });
      const { seq, helpful } = request.body as { seq: number; helpful: boolean };
      // Staff-only events read as absent: the newcomer must not learn that a note exists at a seq.
      const { rows } = await db.query<{ kind: string; author: string }>(
        `SELECT kind, author FROM chat_event WHERE conversation_id = $1 AND seq = $2 AND audience = 'all'`,
        [id, seq],
      );
      const event = rows[0];
      if (!event) return reply.code(404).send({ error: 'not_found', message: `no message ${seq} in this conversation` });
      if (event.kind !== 'message' || event.author !== 'bot') {
        return reply.code(400).send({ error: 'invalid_request', message: `message ${seq} is not an answer from the assistant; only those take feedback` });
      }
      await db.query(
        `INSERT INTO chat_feedback (conversation_id, seq, helpful) VALUES ($1, $2, $3)
         ON CONFLICT (conversation_id, seq) DO UPDATE SET helpful = EXCLUDED.helpful, updated_at = now()`,
        [id, seq, helpful],
      );
      return { conversationId: id, seq, helpful };
    },
  );

  app.get(
    '/api/chat/hours/:siteId',
    { config: { rateLimit: { max: 120, timeWindow: 60_000 } }, schema: { params: { type: 'object', properties: { siteId: { type: 'string', pattern: idPattern } } } } },
    async (request) => {
      const { siteId } = request.params as { siteId: string };
      const hours = await service.officeHours(siteId);
      return { siteId, ...hours, ...officeStatus(hours, service.clock()) };
    },
  );

  // ---- staff ----

  app.post(
    '/api/chat/invitations',
    {
      preHandler: requireRole(db, 'assessor', 'advisor'),
      schema: {
        body: {
          type: 'object',
          required: ['clientId'],
          additionalProperties: false,
          properties: { clientId: { type: 'string', pattern: idPattern }, days: { type: 'integer', minimum: 1, maximum: 60 } },
        },
      },
    },
    async (request, reply) => {
      const staff = request.staff!;
      const body = request.body as { clientId: string; days?: number };
      const invitation = await createInvitation(db, { clientId: body.clientId, agencyId: staff.agencyId, createdBy: staff.id, days: body.days });
      if (!invitation) return reply.code(404).send({ error: 'not_found', message: 'no such client in your organization' });
      await audit(db, staff.id, 'chat.invitation_created', body.clientId);
      return reply.code(201).send(invitation);
    },
  );

  app.get(
    '/api/chat/referrals',
    {
      preHandler: requireRole(db, 'assessor', 'advisor', 'admin'),
      schema: { querystring: { type: 'object', additionalProperties: false, properties: { status: { type: 'string', enum: ['open', 'done', 'cancelled'] } } } },
    },
    async (request) => {
      const status = (request.query as { status?: string }).status ?? 'open';
      const { rows } = await db.query<{ id: number; conversation_id: string | null; service_id: string | null; service_name: string | null; request: string; status: string; created_by: string; created_at: Date | string }>(
        `SELECT r.id, r.conversation_id, r.service_id, s.name AS service_name, r.request, r.status, r.created_by, r.created_at
           FROM referral_request r LEFT JOIN service s ON s.id = r.service_id
          WHERE r.agency_id = $1 AND r.status = $2 ORDER BY r.created_at DESC LIMIT 500`,
        [request.staff!.agencyId, status],
      );
      await audit(db, request.staff!.id, 'chat.referrals_read', null, { status, n: rows.length });
      return {
        referrals: rows.map((r) => ({
          id: r.id,
          conversationId: r.conversation_id,
          serviceId: r.service_id,
          serviceName: r.service_name,
          request: r.request,
          status: r.status,
          createdBy: r.created_by,
          createdAt: new Date(r.created_at).toISOString(),
        })),
      };
    },
  );

  app.patch(
    '/api/chat/referrals/:id',
    {
      preHandler: requireRole(db, 'assessor', 'advisor'),
      schema: {
        params: { type: 'object', properties: { id: { type: 'string', pattern: '^[0-9]{1,15}$' } } },
        body: { type: 'object', required: ['status'], additionalProperties: false, properties: { status: { type: 'string', enum: ['open', 'done', 'cancelled'] } } },
      },
    },
    async (request, reply) => {
      const id = Number((request.params as { id: string }).id);
      const { status } = request.body as { status: string };
      const { rowCount } = await db.query('UPDATE referral_request SET status = $3, updated_at = now() WHERE id = $1 AND agency_id = $2', [id, request.staff!.agencyId, status]);
      if (!rowCount) return reply.code(404).send({ error: 'not_found', message: 'no such referral request in your organization' });
      await audit(db, request.staff!.id, 'chat.referral_updated', String(id), { status });
      return reply.code(204).send();
    },
  );

  app.get('/api/chat/canned', { preHandler: requireRole(db, 'advisor', 'admin') }, async (request) => ({ canned: await service.canned(request.staff!.agencyId) }));

  app.post(
    '/api/chat/canned',
    {
      preHandler: requireRole(db, 'admin'),
      schema: {
        body: {
          type: 'object',
          required: ['title', 'body'],
          additionalProperties: false,
          properties: {
            title: { type: 'string', minLength: 1, maxLength: 100 },
            body: { type: 'string', minLength: 1, maxLength: MAX_TEXT_CHARS },
            language: { type: 'string', pattern: languagePattern },
          },
        },
      },
    },
    async (request, reply) => {
      const b = request.body as { title: string; body: string; language?: string };
      const { rows } = await db.query<{ id: number }>('INSERT INTO canned_response (agency_id, title, body, language) VALUES ($1, $2, $3, $4) RETURNING id', [
        request.staff!.agencyId,
        b.title,
        b.body,
        b.language ?? 'en',
      ]);
      await audit(db, request.staff!.id, 'chat.canned_created', String(rows[0].id));
      return reply.code(201).send({ id: rows[0].id });
    },
  );

  app.delete(
    '/api/chat/canned/:id',
    { preHandler: requireRole(db, 'admin'), schema: { params: { type: 'object', properties: { id: { type: 'string', pattern: '^[0-9]{1,15}$' } } } } },
    async (request, reply) => {
      const id = Number((request.params as { id: string }).id);
      const { rowCount } = await db.query('DELETE FROM canned_response WHERE id = $1 AND agency_id = $2', [id, request.staff!.agencyId]);
      if (!rowCount) return reply.code(404).send({ error: 'not_found', message: 'no such canned response in your organization' });
      await audit(db, request.staff!.id, 'chat.canned_deleted', String(id));
      return reply.code(204).send();
    },
  );

  app.put(
    '/api/chat/hours/:siteId',
    {
      preHandler: requireRole(db, 'admin'),
      schema: {
        params: { type: 'object', properties: { siteId: { type: 'string', pattern: idPattern } } },
        body: {
          type: 'object',
          required: ['timeZone', 'slots'],
          additionalProperties: false,
          properties: {
            timeZone: { type: 'string', minLength: 3, maxLength: 60 },
            slots: {
              type: 'array',
              maxItems: 50,
              items: {
                type: 'object',
                required: ['day', 'opens', 'closes'],
                additionalProperties: false,
                properties: { day: { type: 'string', enum: [...WEEKDAYS] }, opens: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }, closes: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' } },
              },
            },
            holidays: { type: 'array', maxItems: 100, items: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' } },
          },
        },
      },
    },
    async (request, reply) => {
      const { siteId } = request.params as { siteId: string };
      const body = request.body as { timeZone: string; slots: { day: string; opens: string; closes: string }[]; holidays?: string[] };
      // An admin sets the hours of their own organization's site only.
      const own = await db.query('SELECT 1 FROM agency WHERE id = $1 AND site_id = $2', [request.staff!.agencyId, siteId]);
      if (!own.rows[0]) return reply.code(403).send({ error: 'forbidden', message: "you can only set your own organization's site hours" });
      try {
        new Intl.DateTimeFormat('en', { timeZone: body.timeZone });
      } catch {
        return reply.code(400).send({ error: 'invalid_request', message: `unknown time zone ${body.timeZone}` });
      }
      if (body.slots.some((s) => s.closes <= s.opens)) return reply.code(400).send({ error: 'invalid_request', message: 'each slot must close after it opens' });
      await db.transaction(async (tx) => {
        await tx.query('DELETE FROM chat_office_hours WHERE site_id = $1', [siteId]);
        for (const s of body.slots) {
          await tx.query('INSERT INTO chat_office_hours (site_id, byday, opens_at, closes_at, time_zone) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING', [siteId, s.day, s.opens, s.closes, body.timeZone]);
        }
        if (body.holidays) {
          await tx.query('DELETE FROM chat_holiday WHERE site_id = $1', [siteId]);
          for (const day of body.holidays) await tx.query('INSERT INTO chat_holiday (day, site_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [day, siteId]);
        }
        await audit(tx, request.staff!.id, 'chat.hours_updated', siteId);
      });
      return reply.code(204).send();
    },
  );

  /** The full transcript for the organization's advisors and admins (audited; held or not, for follow-up). */
  app.get(
    '/api/chat/conversations/:id/transcript',
    { preHandler: requireRole(db, 'advisor', 'admin'), schema: { params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } } } } },
    async (request) => {
      const { id } = request.params as { id: string };
      const t = await service.transcript(request.staff!, id, { requireHolding: false });
      return {
        conversationId: id,
        status: t.conversation.status,
        language: t.conversation.language,
        site: t.conversation.siteId,
        profile: t.profile,
        events: t.events.map((e) => eventFrame(e, 'staff')),
      };
    },
  );
}
