import type { FastifyInstance } from 'fastify';
import type { Db } from '../../knowledge/db/index.ts';
import { activateModelVersion, exportDecisions, listModelVersions, rollbackModelVersion, type Suggester } from '../../recommender/index.ts';
import { audit } from '../auth/staff.ts';
import { requireRole } from '../auth/plugin.ts';

/** Model registry for admins (list, activate, roll back) and the pseudonymized decision export for researchers. */
export async function modelRoutes(app: FastifyInstance, opts: { db: Db; suggester: Suggester; pseudonymKey: string }) {
  const admin = requireRole(opts.db, 'admin');
  const adminOrResearcher = requireRole(opts.db, 'admin', 'researcher');

  app.get('/api/models', { preHandler: adminOrResearcher }, async () => ({
    serving: opts.suggester.version?.id ?? null,
    versions: await listModelVersions(opts.db),
  }));

  app.post(
    '/api/models/:id/activate',
    { preHandler: admin, schema: { params: { type: 'object', properties: { id: { type: 'string', pattern: '^[1-9][0-9]{0,9}$' } }, required: ['id'] } } },
    async (request) => {
      const id = Number((request.params as { id: string }).id);
      const version = await activateModelVersion(opts.db, id);
      await audit(opts.db, request.staff!.id, 'model.activate', String(id));
      // This instance switches now; the others on the NOTIFY.
      await opts.suggester.reload();
      return version;
    },
  );

  app.post('/api/models/rollback', { preHandler: admin }, async (request) => {
    const version = await rollbackModelVersion(opts.db);
    await audit(opts.db, request.staff!.id, 'model.rollback', String(version.id));
    await opts.suggester.reload();
    return version;
  });

  app.get('/api/research/decisions', { preHandler: requireRole(opts.db, 'researcher') }, async (request) => {
    await audit(opts.db, request.staff!.id, 'research.export_decisions', null);
    return { decisions: await exportDecisions(opts.db, { pseudonymKey: opts.pseudonymKey }) };
  });
}
