import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../knowledge/db/index.ts';
import { createTestDb, type TestDb } from '../../knowledge/db/testing.ts';
import { loadDemoContent } from '../../knowledge/index.ts';
import type { Suggester } from '../../recommender/index.ts';
import { createStaff } from '../auth/staff.ts';
import { appWithAssessorRoutes } from './test-app.ts';

/**
 * The assessor's plan API on a real database with demo plans: scoped to the assessor's
 * organization, texts in English and French, statements and actions added only when they fit
 * the plan's client, and every refusal with nothing written.
 */
describe(`plans API (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  let test: TestDb;
  let db: Db;
  let app: FastifyInstance;
  let suggester: Suggester;
  let base: string;
  const tokens: Record<string, string> = {};
  const password = 'correct horse battery';

  beforeAll(async () => {
    test = await createTestDb();
    db = test.db;
    await loadDemoContent(db, { plans: 200, seed: 11 });
    for (const [id, role, agency] of [
      ['a-windsor', 'assessor', 'ag-windsor-1'],
      ['a-ottawa', 'assessor', 'ag-ottawa-1'],
      ['adv-windsor', 'advisor', 'ag-windsor-1'],
    ] as const) {
      await createStaff(db, { id, email: `${id}@example.org`, displayName: id, role, agencyId: agency, password });
    }
    ({ app, base, suggester } = await appWithAssessorRoutes(db));
    for (const id of ['a-windsor', 'a-ottawa', 'adv-windsor']) {
      const res = await call('POST', '/api/auth/login', { email: `${id}@example.org`, password });
      tokens[id] = (await res.json()).token;
    }
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await suggester?.stop();
    await test?.drop();
  });

  function call(method: string, path: string, body?: unknown, as?: string) {
    return fetch(`${base}${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(as ? { authorization: `Bearer ${tokens[as]}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  /** The newest (or the `skip`-th newest) plan of the Windsor agency in a status. */
  async function windsorPlan(status: 'active' | 'closed' = 'active', skip = 0) {
    const { rows } = await db.query<{ id: string; age_band: string; immigration_status: string }>(
      `SELECT p.id, c.age_band, c.immigration_status FROM plan p JOIN client c ON c.id = p.client_id
        WHERE p.agency_id = 'ag-windsor-1' AND p.status = $1 ORDER BY p.created_on DESC, p.id LIMIT 1 OFFSET $2`,
      [status, skip],
    );
    return rows[0];
  }
  const actionRows = async (planId: string) => (await db.query('SELECT statement_position, action_id, referral_service_id, added_by FROM plan_action WHERE plan_id = $1 ORDER BY 1, 2', [planId])).rows;
  const statementRows = async (planId: string) => (await db.query('SELECT position, statement_id, free_text FROM plan_statement WHERE plan_id = $1 ORDER BY 1', [planId])).rows;

  it("lists only the assessor's organization's plans, newest first", async () => {
    const res = await call('GET', '/api/plans?limit=100', undefined, 'a-windsor');
    expect(res.status).toBe(200);
    const { plans } = await res.json();
    const expected = await db.query<{ id: string }>(`SELECT id FROM plan WHERE agency_id = 'ag-windsor-1' ORDER BY created_on DESC, id`);
    expect(plans.map((p: { id: string }) => p.id)).toEqual(expected.rows.map((r) => r.id).slice(0, 100));
    const dates = plans.map((p: { createdOn: string }) => p.createdOn);
    expect([...dates].sort().reverse()).toEqual(dates);
    const open = await (await call('GET', '/api/plans?status=open', undefined, 'a-windsor')).json();
    expect(open.plans.length).toBeGreaterThan(0);
    for (const p of open.plans) expect(['draft', 'active']).toContain(p.status);
    const first = plans[0];
    const counts = await db.query<{ s: number; a: number }>(
      'SELECT (SELECT count(*)::int FROM plan_statement WHERE plan_id = $1) AS s, (SELECT count(*)::int FROM plan_action WHERE plan_id = $1) AS a',
      [first.id],
    );
    expect({ statements: first.statements, actions: first.actions }).toEqual({ statements: counts.rows[0].s, actions: counts.rows[0].a });
  });

  it('shows a plan with its client context, statements in English and French, and actions with referrals', async () => {
    const plan = await windsorPlan();
    const res = await call('GET', `/api/plans/${plan.id}`, undefined, 'a-windsor');
    expect(res.status).toBe(200);
    const body = (await res.json()).plan;
    expect(body.client).toMatchObject({ ageBand: plan.age_band, immigrationStatus: plan.immigration_status, site: 'windsor' });
    const stored = await statementRows(plan.id);
    expect(body.statements.map((s: { position: number }) => s.position)).toEqual(stored.map((s) => s.position));
    const library = body.statements.find((s: { statementId: string | null }) => s.statementId);
    const texts = await db.query<{ text: Record<string, string> }>('SELECT text FROM driving_statement WHERE id = $1', [library.statementId]);
    expect(library.text).toEqual(texts.rows[0].text);
    expect(library.text.fr).toBeTruthy();
    const actions = body.statements.flatMap((s: { actions: { actionId: string; title: { en: string } }[] }) => s.actions);
    expect(actions.length).toBe((await actionRows(plan.id)).length);
    for (const a of actions) expect(a.title.en.length).toBeGreaterThan(0);
    // Reading a plan is audited (who and which plan, no content).
    const audited = await db.query(`SELECT 1 FROM audit_log WHERE actor = 'a-windsor' AND action = 'plan.read' AND target = $1`, [plan.id]);
    expect(audited.rows.length).toBeGreaterThan(0);
  });

  it('adds library and free-text statements at the next position', async () => {
    const plan = await windsorPlan('active', 1);
    const before = await statementRows(plan.id);
    const statementId = (await db.query<{ id: string }>('SELECT id FROM driving_statement ORDER BY id LIMIT 1')).rows[0].id;
    const lib = await call('POST', `/api/plans/${plan.id}/statements`, { statementId }, 'a-windsor');
    expect(lib.status).toBe(201);
    const free = await call('POST', `/api/plans/${plan.id}/statements`, { text: '  My landlord wants me out by Friday  ' }, 'a-windsor');
    expect(free.status).toBe(201);
    const freeBody = (await free.json()).statement;
    expect(freeBody).toMatchObject({ statementId: null, freeText: 'My landlord wants me out by Friday', actions: [] });
    const after = await statementRows(plan.id);
    const next = before.length === 0 ? 0 : Math.max(...before.map((s) => s.position as number)) + 1;
    expect(after.slice(before.length)).toEqual([
      { position: next, statement_id: statementId, free_text: null },
      { position: next + 1, statement_id: null, free_text: 'My landlord wants me out by Friday' },
    ]);
  });

  it('adds an eligible action with an eligible referral, and refuses ineligible ones with nothing written', async () => {
    const plan = await windsorPlan();
    const position = (await statementRows(plan.id))[0].position as number;
    const inPlan = (await actionRows(plan.id)).map((r) => r.action_id);
    const eligibleAction = await db.query<{ id: string }>(
      `SELECT id FROM action WHERE immigration_statuses IS NULL AND min_age IS NULL AND max_age IS NULL AND NOT (id = ANY($1)) ORDER BY id LIMIT 1`,
      [inPlan],
    );
    const closedAction = await db.query<{ id: string }>(`SELECT id FROM action WHERE immigration_statuses IS NOT NULL AND NOT ($1 = ANY(immigration_statuses)) ORDER BY id LIMIT 1`, [
      plan.immigration_status,
    ]);
    const openService = await db.query<{ id: string }>(
      `SELECT s.id FROM service s WHERE s.minimum_age IS NULL AND s.maximum_age IS NULL AND s.status = 'active'
         AND NOT EXISTS (SELECT 1 FROM eligibility e WHERE e.service_id = s.id AND e.kind = 'immigration_status') ORDER BY s.id LIMIT 1`,
    );
    const closedService = await db.query<{ id: string }>(
      `SELECT s.id FROM service s WHERE EXISTS (SELECT 1 FROM eligibility e WHERE e.service_id = s.id AND e.kind = 'immigration_status')
         AND NOT EXISTS (SELECT 1 FROM eligibility e WHERE e.service_id = s.id AND e.kind = 'immigration_status' AND e.value = $1) ORDER BY s.id LIMIT 1`,
      [plan.immigration_status],
    );
    const before = await actionRows(plan.id);

    const refusals: [unknown, number, string][] = [
      [{ statementPosition: position, actionId: closedAction.rows[0].id }, 422, 'not_eligible'],
      [{ statementPosition: position, actionId: eligibleAction.rows[0].id, referralServiceId: closedService.rows[0].id }, 422, 'referral_not_eligible'],
      [{ statementPosition: position, actionId: eligibleAction.rows[0].id, referralServiceId: 'no-such-service' }, 400, 'unknown_service'],
      [{ statementPosition: position, actionId: 'ac-nope' }, 400, 'unknown_action'],
      [{ statementPosition: 999, actionId: eligibleAction.rows[0].id }, 404, 'unknown_position'],
      [{ statementPosition: position, actionId: eligibleAction.rows[0].id, surprise: true }, 400, 'invalid_request'],
      [{ statementPosition: '0', actionId: eligibleAction.rows[0].id }, 400, 'invalid_request'],
    ];
    for (const [body, status, code] of refusals) {
      const res = await call('POST', `/api/plans/${plan.id}/actions`, body, 'a-windsor');
      const answer = await res.json();
      expect({ body, status: res.status, code: answer.error }).toEqual({ body, status, code });
      expect(answer.message).toEqual(expect.any(String));
    }
    expect(await actionRows(plan.id)).toEqual(before);

    const added = await call('POST', `/api/plans/${plan.id}/actions`, { statementPosition: position, actionId: eligibleAction.rows[0].id, referralServiceId: openService.rows[0].id }, 'a-windsor');
    expect(added.status).toBe(201);
    const action = (await added.json()).action;
    expect(action).toMatchObject({ actionId: eligibleAction.rows[0].id, addedBy: 'assessor', status: 'planned' });
    expect(action.referral).toMatchObject({ id: openService.rows[0].id, eligible: true });
    expect(action.referral.languages.length).toBeGreaterThan(0);
    expect(await actionRows(plan.id)).toContainEqual({
      statement_position: position,
      action_id: eligibleAction.rows[0].id,
      referral_service_id: openService.rows[0].id,
      added_by: 'assessor',
    });
    const twice = await call('POST', `/api/plans/${plan.id}/actions`, { statementPosition: position, actionId: eligibleAction.rows[0].id }, 'a-windsor');
    expect(twice.status).toBe(409);

    // The referral can be changed, refused when ineligible, and removed.
    const path = `/api/plans/${plan.id}/statements/${position}/actions/${eligibleAction.rows[0].id}/referral`;
    expect((await call('PUT', path, { serviceId: closedService.rows[0].id }, 'a-windsor')).status).toBe(422);
    const cleared = await call('PUT', path, { serviceId: null }, 'a-windsor');
    expect(cleared.status).toBe(200);
    expect((await cleared.json()).action.referral).toBeNull();
    const row = await db.query('SELECT referral_service_id FROM plan_action WHERE plan_id = $1 AND statement_position = $2 AND action_id = $3', [
      plan.id,
      position,
      eligibleAction.rows[0].id,
    ]);
    expect(row.rows).toEqual([{ referral_service_id: null }]);
    expect((await call('PUT', `/api/plans/${plan.id}/statements/${position}/actions/ac-not-there/referral`, { serviceId: null }, 'a-windsor')).status).toBe(404);
  });

  it("refuses other organizations' plans, other roles, closed plans and malformed requests", async () => {
    const plan = await windsorPlan();
    const closed = await windsorPlan('closed');
    const statementsBefore = await statementRows(plan.id);
    const cases: [string, string, unknown, string | undefined, number, string][] = [
      ['GET', `/api/plans/${plan.id}`, undefined, 'a-ottawa', 403, 'other_organization'],
      ['POST', `/api/plans/${plan.id}/statements`, { text: 'x' }, 'a-ottawa', 403, 'other_organization'],
      ['POST', `/api/plans/${plan.id}/actions`, { statementPosition: 0, actionId: 'x' }, 'a-ottawa', 403, 'other_organization'],
      ['GET', '/api/plans/no-such-plan', undefined, 'a-windsor', 404, 'unknown_plan'],
      ['GET', '/api/plans', undefined, 'adv-windsor', 403, 'forbidden'],
      ['GET', '/api/plans', undefined, undefined, 401, 'unauthenticated'],
      ['GET', '/api/plans?limit=lots', undefined, 'a-windsor', 400, 'invalid_request'],
      ['GET', '/api/plans?sort=name', undefined, 'a-windsor', 400, 'invalid_request'],
      ['POST', `/api/plans/${plan.id}/statements`, {}, 'a-windsor', 400, 'invalid_request'],
      ['POST', `/api/plans/${plan.id}/statements`, { statementId: 'ds-x', text: 'both' }, 'a-windsor', 400, 'invalid_request'],
      ['POST', `/api/plans/${plan.id}/statements`, { text: '   ' }, 'a-windsor', 400, 'empty_statement'],
      ['POST', `/api/plans/${plan.id}/statements`, { statementId: 'ds-nope-1' }, 'a-windsor', 400, 'unknown_statement'],
      ['POST', `/api/plans/${plan.id}/statements`, { text: 'x', note: 'y' }, 'a-windsor', 400, 'invalid_request'],
      ['POST', `/api/plans/${closed.id}/statements`, { text: 'too late' }, 'a-windsor', 409, 'plan_closed'],
    ];
    for (const [method, path, body, as, status, code] of cases) {
      const res = await call(method, path, body, as);
      const answer = await res.json();
      expect({ path, body, status: res.status, code: answer.error }).toEqual({ path, body, status, code });
    }
    expect(await statementRows(plan.id)).toEqual(statementsBefore);
  });
});
