import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Db, Queryable } from '../../knowledge/db/index.ts';
import type { AgeBand, ImmigrationStatus } from '../../knowledge/domain/types.ts';
import { audit, type Staff } from '../auth/staff.ts';
import { requireRole } from '../auth/plugin.ts';
import { actionEligible, loadServices, sendError, type ServiceSummary } from './library.ts';

/**
 * An assessor's plans, scoped to the assessor's organization: the recent list, one plan with its
 * statements and actions (texts in English and French), and adding a statement, an action, or a
 * referral. Another organization's plan is 403, an unknown one 404; eligibility is checked against
 * the plan's client before anything is written.
 */

interface PlanRow {
  id: string;
  agency_id: string;
  created_on: string;
  status: 'draft' | 'active' | 'closed';
  site_id: string;
  age_band: AgeBand;
  immigration_status: ImmigrationStatus;
  languages: string[];
  household_size: number;
  children: number;
  arrival_date: string | null;
}

class PlanAccessError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function planFor(db: Queryable, planId: string, staff: Staff): Promise<PlanRow> {
  const { rows } = await db.query<PlanRow>(
    `SELECT p.id, p.agency_id, p.created_on::text AS created_on, p.status, c.site_id, c.age_band, c.immigration_status, c.languages,
            c.household_size, c.children, c.arrival_date::text AS arrival_date
       FROM plan p JOIN client c ON c.id = p.client_id WHERE p.id = $1`,
    [planId],
  );
  const plan = rows[0];
  if (!plan) throw new PlanAccessError(404, 'unknown_plan', `there is no plan ${planId}`);
  if (plan.agency_id !== staff.agencyId) throw new PlanAccessError(403, 'other_organization', `plan ${planId} belongs to another organization`);
  return plan;
}

function editable(plan: PlanRow) {
  if (plan.status === 'closed') throw new PlanAccessError(409, 'plan_closed', `plan ${plan.id} is closed`);
}

function clientOf(plan: PlanRow) {
  return {
    site: plan.site_id,
    ageBand: plan.age_band,
    immigrationStatus: plan.immigration_status,
    languages: plan.languages,
    householdSize: plan.household_size,
    children: plan.children,
    arrivalDate: plan.arrival_date,
  };
}

export interface PlanActionView {
  actionId: string;
  title: Record<string, string>;
  status: string;
  addedBy: string;
  referral: ServiceSummary | null;
}

export interface PlanStatementView {
  position: number;
  statementId: string | null;
  /** Library text in every language it has (en, fr); null for free text. */
  text: Record<string, string> | null;
  freeText: string | null;
  category: Record<string, string> | null;
  actions: PlanActionView[];
}

async function planDetail(db: Queryable, plan: PlanRow) {
  const statements = await db.query<{ position: number; statement_id: string | null; free_text: string | null; text: Record<string, string> | null; category: Record<string, string> | null }>(
    `SELECT s.position, s.statement_id, s.free_text, d.text, c.label AS category
       FROM plan_statement s
       LEFT JOIN driving_statement d ON d.id = s.statement_id
       LEFT JOIN indicator i ON i.id = d.indicator_id
       LEFT JOIN category c ON c.id = i.category_id
      WHERE s.plan_id = $1 ORDER BY s.position`,
    [plan.id],
  );
  const actions = await db.query<{ statement_position: number; action_id: string; text: Record<string, string>; status: string; added_by: string; referral_service_id: string | null }>(
    `SELECT pa.statement_position, pa.action_id, a.text, pa.status, pa.added_by, pa.referral_service_id
       FROM plan_action pa JOIN action a ON a.id = pa.action_id WHERE pa.plan_id = $1 ORDER BY pa.statement_position, pa.action_id`,
    [plan.id],
  );
  const referralIds = [...new Set(actions.rows.flatMap((a) => (a.referral_service_id ? [a.referral_service_id] : [])))];
  const referrals = new Map(
    (await loadServices(db, referralIds, { immigrationStatus: plan.immigration_status, ageBand: plan.age_band })).map((s) => [s.id, s]),
  );
  const view: PlanStatementView[] = statements.rows.map((s) => ({
    position: s.position,
    statementId: s.statement_id,
    text: s.text,
    freeText: s.free_text,
    category: s.category,
    actions: actions.rows
      .filter((a) => a.statement_position === s.position)
      .map((a) => ({
        actionId: a.action_id,
        title: a.text,
        status: a.status,
        addedBy: a.added_by,
        referral: a.referral_service_id ? (referrals.get(a.referral_service_id) ?? null) : null,
      })),
  }));
  return { id: plan.id, createdOn: plan.created_on, status: plan.status, client: clientOf(plan), statements: view };
}

/** Refuses a referral to a service the client cannot use (or that does not exist) before anything is written. */
async function checkReferral(db: Queryable, plan: PlanRow, serviceId: string): Promise<ServiceSummary> {
  const [service] = await loadServices(db, [serviceId], { immigrationStatus: plan.immigration_status, ageBand: plan.age_band });
  if (!service) throw new PlanAccessError(400, 'unknown_service', `there is no directory service ${serviceId}`);
  if (!service.eligible) {
    throw new PlanAccessError(422, 'referral_not_eligible', `service ${serviceId} is not open to a client aged ${plan.age_band} with status ${plan.immigration_status}`);
  }
  return service;
}

const planParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 100 } } } as const;

export async function planRoutes(app: FastifyInstance, opts: { db: Db }) {
  const assessor = requireRole(opts.db, 'assessor');
  const { db } = opts;

  /** Answers access errors; anything else goes to the app's error handler. */
  async function guarded<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T | FastifyReply> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof PlanAccessError) return sendError(reply, err.status, err.code, err.message);
      throw err;
    }
  }

  app.get(
    '/api/plans',
    {
      preHandler: assessor,
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { status: { type: 'string', enum: ['draft', 'active', 'closed', 'open'] }, limit: { type: 'string', pattern: '^[0-9]{1,3}$' } },
        },
      },
    },
    async (request) => {
      const query = request.query as { status?: string; limit?: string };
      const limit = Math.max(1, Math.min(100, Number(query.limit ?? 20)));
      const statuses = query.status === undefined ? ['draft', 'active', 'closed'] : query.status === 'open' ? ['draft', 'active'] : [query.status];
      const { rows } = await db.query<{
        id: string;
        created_on: string;
        status: string;
        site_id: string;
        age_band: string;
        immigration_status: string;
        languages: string[];
        statements: number;
        actions: number;
      }>(
        `SELECT p.id, p.created_on::text AS created_on, p.status, c.site_id, c.age_band, c.immigration_status, c.languages,
                (SELECT count(*)::int FROM plan_statement s WHERE s.plan_id = p.id) AS statements,
                (SELECT count(*)::int FROM plan_action a WHERE a.plan_id = p.id) AS actions
           FROM plan p JOIN client c ON c.id = p.client_id
          WHERE p.agency_id = $1 AND p.status = ANY($2::text[])
          ORDER BY p.created_on DESC, p.id LIMIT $3`,
        [request.staff!.agencyId, statuses, limit],
      );
      return {
        plans: rows.map((r) => ({
          id: r.id,
          createdOn: r.created_on,
          status: r.status,
          client: { site: r.site_id, ageBand: r.age_band, immigrationStatus: r.immigration_status, languages: r.languages },
          statements: r.statements,
          actions: r.actions,
        })),
      };
    },
  );

  app.get('/api/plans/:id', { preHandler: assessor, schema: { params: planParams } }, async (request, reply) =>
    guarded(reply, async () => {
      const plan = await planFor(db, (request.params as { id: string }).id, request.staff!);
      await audit(db, request.staff!.id, 'plan.read', plan.id);
      return { plan: await planDetail(db, plan) };
    }),
  );

  app.post(
    '/api/plans/:id/statements',
    {
      preHandler: assessor,
      schema: {
        params: planParams,
        body: {
          type: 'object',
          additionalProperties: false,
          properties: { statementId: { type: 'string', minLength: 1, maxLength: 100 }, text: { type: 'string', minLength: 1, maxLength: 2000 } },
        },
      },
    },
    async (request, reply) =>
      guarded(reply, async () => {
        const body = request.body as { statementId?: string; text?: string };
        const text = body.text?.trim();
        if ((body.statementId === undefined) === (text === undefined)) {
          return sendError(reply, 400, 'invalid_request', 'give either statementId (from the library) or text (free text), not both');
        }
        if (text === '') return sendError(reply, 400, 'empty_statement', 'the statement text is empty');
        const plan = await planFor(db, (request.params as { id: string }).id, request.staff!);
        editable(plan);
        if (body.statementId) {
          const known = await db.query('SELECT 1 FROM driving_statement WHERE id = $1', [body.statementId]);
          if (known.rows.length === 0) return sendError(reply, 400, 'unknown_statement', `there is no library statement ${body.statementId}`);
        }
        const position = await db.transaction(async (tx) => {
          // Positions are dense per plan; the lock keeps two assessors from taking the same one.
          await tx.query('SELECT id FROM plan WHERE id = $1 FOR UPDATE', [plan.id]);
          const next = await tx.query<{ p: number }>('SELECT coalesce(max(position) + 1, 0)::int AS p FROM plan_statement WHERE plan_id = $1', [plan.id]);
          const p = next.rows[0].p;
          await tx.query('INSERT INTO plan_statement (plan_id, position, statement_id, free_text) VALUES ($1, $2, $3, $4)', [plan.id, p, body.statementId ?? null, text ?? null]);
          return p;
        });
        await audit(db, request.staff!.id, 'plan.statement_added', plan.id, { position, library: body.statementId !== undefined });
        const detail = await planDetail(db, plan);
        return reply.code(201).send({ statement: detail.statements.find((s) => s.position === position) });
      }),
  );

  app.post(
    '/api/plans/:id/actions',
    {
      preHandler: assessor,
      schema: {
        params: planParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['statementPosition', 'actionId'],
          properties: {
            statementPosition: { type: 'integer', minimum: 0, maximum: 10_000 },
            actionId: { type: 'string', minLength: 1, maxLength: 100 },
            referralServiceId: { type: 'string', minLength: 1, maxLength: 100 },
          },
        },
      },
    },
    async (request, reply) =>
      guarded(reply, async () => {
        const body = request.body as { statementPosition: number; actionId: string; referralServiceId?: string };
        const plan = await planFor(db, (request.params as { id: string }).id, request.staff!);
        editable(plan);
        const stmt = await db.query('SELECT 1 FROM plan_statement WHERE plan_id = $1 AND position = $2', [plan.id, body.statementPosition]);
        if (stmt.rows.length === 0) return sendError(reply, 404, 'unknown_position', `plan ${plan.id} has no statement at position ${body.statementPosition}`);
        const action = await db.query<{ min_age: number | null; max_age: number | null; immigration_statuses: string[] | null }>(
          'SELECT min_age, max_age, immigration_statuses FROM action WHERE id = $1',
          [body.actionId],
        );
        const a = action.rows[0];
        if (!a) return sendError(reply, 400, 'unknown_action', `there is no library action ${body.actionId}`);
        if (!actionEligible({ minAge: a.min_age, maxAge: a.max_age, immigrationStatuses: a.immigration_statuses }, plan.age_band, plan.immigration_status)) {
          return sendError(reply, 422, 'not_eligible', `action ${body.actionId} is not open to a client aged ${plan.age_band} with status ${plan.immigration_status}`);
        }
        if (body.referralServiceId) await checkReferral(db, plan, body.referralServiceId);
        const inserted = await db.query(
          `INSERT INTO plan_action (plan_id, statement_position, action_id, referral_service_id, added_by) VALUES ($1, $2, $3, $4, 'assessor')
           ON CONFLICT DO NOTHING RETURNING action_id`,
          [plan.id, body.statementPosition, body.actionId, body.referralServiceId ?? null],
        );
        if (inserted.rows.length === 0) return sendError(reply, 409, 'already_in_plan', `action ${body.actionId} is already on this statement`);
        await audit(db, request.staff!.id, 'plan.action_added', plan.id, { position: body.statementPosition, action: body.actionId, referral: body.referralServiceId ?? null });
        const detail = await planDetail(db, plan);
        const added = detail.statements.find((s) => s.position === body.statementPosition)!.actions.find((x) => x.actionId === body.actionId);
        return reply.code(201).send({ action: added });
      }),
  );

  app.put(
    '/api/plans/:id/statements/:position/actions/:actionId/referral',
    {
      preHandler: assessor,
      schema: {
        params: {
          type: 'object',
          required: ['id', 'position', 'actionId'],
          properties: { id: { type: 'string', minLength: 1, maxLength: 100 }, position: { type: 'string', pattern: '^[0-9]{1,5}$' }, actionId: { type: 'string', minLength: 1, maxLength: 100 } },
        },
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['serviceId'],
          properties: { serviceId: { type: ['string', 'null'], minLength: 1, maxLength: 100 } },
        },
      },
    },
    async (request, reply) =>
      guarded(reply, async () => {
        const params = request.params as { id: string; position: string; actionId: string };
        const { serviceId } = request.body as { serviceId: string | null };
        const plan = await planFor(db, params.id, request.staff!);
        editable(plan);
        if (serviceId) await checkReferral(db, plan, serviceId);
        const updated = await db.query('UPDATE plan_action SET referral_service_id = $4 WHERE plan_id = $1 AND statement_position = $2 AND action_id = $3 RETURNING action_id', [
          plan.id,
          Number(params.position),
          params.actionId,
          serviceId,
        ]);
        if (updated.rows.length === 0) return sendError(reply, 404, 'unknown_plan_action', `plan ${plan.id} has no action ${params.actionId} on statement ${params.position}`);
        await audit(db, request.staff!.id, 'plan.referral_set', plan.id, { position: Number(params.position), action: params.actionId, referral: serviceId });
        const detail = await planDetail(db, plan);
        return { action: detail.statements.find((s) => s.position === Number(params.position))!.actions.find((x) => x.actionId === params.actionId) };
      }),
  );
}
