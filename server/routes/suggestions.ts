import type { FastifyInstance } from 'fastify';
import type { Db } from '../../knowledge/db/index.ts';
import { DECISION_REASONS, DECISIONS, type Suggester, type DecisionInput, type SuggestRequest } from '../../recommender/index.ts';
import { audit } from '../auth/staff.ts';
import { requireRole } from '../auth/plugin.ts';

const statement = {
  type: 'object',
  additionalProperties: false,
  properties: { statementId: { type: 'string', minLength: 1, maxLength: 100 }, text: { type: 'string', maxLength: 2000 } },
};

const context = {
  type: 'object',
  additionalProperties: false,
  required: ['site', 'ageBand', 'immigrationStatus'],
  properties: {
    site: { type: 'string' },
    ageBand: { type: 'string' },
    immigrationStatus: { type: 'string' },
    householdSize: { type: 'integer' },
    children: { type: 'integer' },
    languages: { type: 'array', items: { type: 'string' }, maxItems: 20 },
    arrivalDate: { type: ['string', 'null'] },
  },
};

/**
 * POST /api/suggestions and POST /api/suggestions/:id/decision, for assessors of the plan's
 * organization. Domain errors (unknown ids, another organization's plan, deciding twice) come
 * back from the Suggester as SuggestionError and are answered by the app's error handler.
 */
export async function suggestionRoutes(app: FastifyInstance, opts: { db: Db; suggester: Suggester }) {
  const assessor = requireRole(opts.db, 'assessor');
  app.post(
    '/api/suggestions',
    {
      preHandler: assessor,
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          properties: {
            planId: { type: 'string', minLength: 1, maxLength: 100 },
            positions: { type: 'array', items: { type: 'integer', minimum: 0 }, maxItems: 50 },
            statements: { type: 'array', items: statement, maxItems: 50 },
            context,
            actionsInPlan: { type: 'array', items: { type: 'string' }, maxItems: 200 },
            language: { type: 'string', enum: ['en', 'fr'] },
            k: { type: 'integer', minimum: 1, maximum: 20 },
          },
        },
      },
    },
    async (request) => {
      const staff = request.staff!;
      return opts.suggester.suggest(request.body as SuggestRequest, { staffId: staff.id, agencyId: staff.agencyId });
    },
  );

  app.post(
    '/api/suggestions/:id/decision',
    {
      preHandler: assessor,
      schema: {
        params: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] },
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['decision'],
          properties: {
            decision: { type: 'string', enum: [...DECISIONS] },
            reason: { type: 'string', enum: [...DECISION_REASONS] },
            note: { type: 'string', maxLength: 1000 },
          },
        },
      },
    },
    async (request) => {
      const staff = request.staff!;
      const { id } = request.params as { id: string };
      const result = await opts.suggester.decide(id, request.body as DecisionInput, { staffId: staff.id, agencyId: staff.agencyId });
      await audit(opts.db, staff.id, `suggestion.${result.decision}`, id);
      return result;
    },
  );
}
