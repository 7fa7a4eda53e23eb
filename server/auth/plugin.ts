import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../knowledge/db/index.ts';
import { logIn, logOut, staffForToken, type Role, type Staff } from './staff.ts';

declare module 'fastify' {
  interface FastifyRequest {
    staff?: Staff;
  }
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

/**
 * A preHandler admitting only signed-in staff with one of `roles`: 401 without a valid session,
 * 403 with the wrong role. Organization scoping is checked by each route on its own data.
 */
export function requireRole(db: Db, ...roles: Role[]) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const token = bearer(request);
    const staff = token ? await staffForToken(db, token) : null;
    if (!staff) return reply.code(401).send({ error: 'unauthenticated', message: 'sign in first (Authorization: Bearer <token>)' });
    if (!roles.includes(staff.role)) {
      return reply.code(403).send({ error: 'forbidden', message: `this needs the role ${roles.join(' or ')}; you are ${staff.role}` });
    }
    request.staff = staff;
  };
}

/** POST /api/auth/login and /api/auth/logout. */
export async function authRoutes(app: FastifyInstance, opts: { db: Db }) {
  app.post(
    '/api/auth/login',
    {
      schema: {
        body: {
          type: 'object',
          required: ['email', 'password'],
          additionalProperties: false,
          properties: { email: { type: 'string', minLength: 3, maxLength: 200 }, password: { type: 'string', minLength: 1, maxLength: 200 } },
        },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body as { email: string; password: string };
      const session = await logIn(opts.db, email, password);
      if (!session) return reply.code(401).send({ error: 'bad_credentials', message: 'wrong email or password' });
      return session;
    },
  );
  app.post('/api/auth/logout', async (request, reply) => {
    const token = bearer(request);
    if (token) await logOut(opts.db, token);
    return reply.code(204).send();
  });
}
