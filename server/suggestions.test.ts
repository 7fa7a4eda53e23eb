import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../knowledge/db/index.ts';
import { createTestDb, type TestDb } from '../knowledge/db/testing.ts';
import { loadDemoContent } from '../knowledge/index.ts';
import { deserializeModel, loadActiveModelVersion, Suggester, trainRecommender } from '../recommender/index.ts';
import { buildApp } from './app.ts';
import { createStaff } from './auth/staff.ts';

/**
 * Suggestions and decisions through the real HTTP API on the real database: a trained model,
 * assessors of two organizations, an admin; logging, eligibility, immediate demotion, decisions in
 * the next training run, hot swap and rollback, and every refusal with nothing written.
 */
describe(`suggestions API (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
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
    await loadDemoContent(db, { plans: 1500, seed: 7 });
    await trainRecommender(db, { embedder: null, maxQueries: 500, bootstrapSamples: 100 });
    for (const [id, role, agency] of [
      ['a-windsor', 'assessor', 'ag-windsor-1'],
      ['a-ottawa', 'assessor', 'ag-ottawa-1'],
      ['adv-windsor', 'advisor', 'ag-windsor-1'],
      ['admin', 'admin', 'ag-windsor-1'],
      ['researcher', 'researcher', 'ag-windsor-1'],
    ] as const) {
      await createStaff(db, { id, email: `${id}@example.org`, displayName: id, role, agencyId: agency, password });
    }
    suggester = new Suggester(db);
    await suggester.start();
    app = await buildApp({ db, suggester, pseudonymKey: 'test-pseudonym-key-0123456789', logLevel: 'silent' });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    for (const id of ['a-windsor', 'a-ottawa', 'adv-windsor', 'admin', 'researcher']) {
      const res = await post('/api/auth/login', { email: `${id}@example.org`, password });
      expect(res.status).toBe(200);
      tokens[id] = (await res.json()).token;
    }
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await suggester?.stop();
    await test?.drop();
  });

  function post(path: string, body: unknown, as?: string) {
    return fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(as ? { authorization: `Bearer ${tokens[as]}` } : {}) },
      body: JSON.stringify(body),
    });
  }
  const suggestionCount = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM suggestion')).rows[0].n;
  const context = { site: 'windsor', ageBand: '25-34', immigrationStatus: 'refugee_claimant', householdSize: 3, children: 1, languages: ['ar'] };

  /** A statement with plenty of history, and an action the data ties to it. */
  async function frequentStatement(): Promise<string> {
    const { rows } = await db.query<{ statement_id: string }>(
      `SELECT statement_id FROM plan_statement WHERE statement_id IS NOT NULL GROUP BY statement_id ORDER BY count(*) DESC, statement_id LIMIT 1`,
    );
    return rows[0].statement_id;
  }

  it('answers library and free-text statements with ranked, explained, eligible actions, and logs each one', async () => {
    const statementId = await frequentStatement();
    const before = await suggestionCount();
    const res = await post('/api/suggestions', { statements: [{ statementId }, { text: 'I want to improve my English to find work' }], context }, 'a-windsor');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.modelVersion.id).toBe(suggester.version!.id);
    expect(body.statements).toHaveLength(2);
    for (const s of body.statements) {
      expect(s.suggestions).toHaveLength(5);
      expect(s.suggestions.map((x: { rank: number }) => x.rank)).toEqual([1, 2, 3, 4, 5]);
      const scores = s.suggestions.map((x: { score: number }) => x.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      for (const x of s.suggestions) expect(x.reasons.length).toBeGreaterThan(0);
    }
    const warm = body.statements[0].suggestions[0];
    expect(warm.reasons.map((r: { text: string }) => r.text).join(' ')).toMatch(/past plans with this statement/);
    expect(body.statements[1].suggestions[0].reasons.some((r: { kind: string }) => r.kind === 'similar_text')).toBe(true);

    // No action closed to refugee claimants is suggested.
    const ids = body.statements.flatMap((s: { suggestions: { actionId: string }[] }) => s.suggestions.map((x) => x.actionId));
    const closed = await db.query<{ id: string }>(
      `SELECT id FROM action WHERE id = ANY($1) AND immigration_statuses IS NOT NULL AND NOT ('refugee_claimant' = ANY(immigration_statuses))`,
      [ids],
    );
    expect(closed.rows).toEqual([]);

    // Every suggestion shown is logged with the model version, rank and the assessor.
    expect(await suggestionCount()).toBe(before + 10);
    const logged = await db.query<{ rank: number; model_version_id: string; shown_to: string; agency_id: string }>(
      'SELECT rank, model_version_id, shown_to, agency_id FROM suggestion WHERE request_id = $1 ORDER BY statement_position, rank',
      [body.requestId],
    );
    expect(logged.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 1, 2, 3, 4, 5]);
    expect(new Set(logged.rows.map((r) => `${r.model_version_id}/${r.shown_to}/${r.agency_id}`))).toEqual(
      new Set([`${body.modelVersion.id}/a-windsor/ag-windsor-1`]),
    );
  });

  it('answers in French when asked', async () => {
    const statementId = await frequentStatement();
    const res = await post('/api/suggestions', { statements: [{ statementId }], context, language: 'fr', k: 3 }, 'a-windsor');
    const body = await res.json();
    const first = body.statements[0].suggestions[0];
    const fr = await db.query<{ t: string }>(`SELECT text->>'fr' AS t FROM action WHERE id = $1`, [first.actionId]);
    expect(first.title).toBe(fr.rows[0].t);
    expect(first.reasons[0].text).toMatch(/plans passés|déclarations passées/);
  });

  it('works on a plan: leaves out its actions, demotes a rejection at once, and adds an acceptance to the plan', async () => {
    const plan = await db.query<{ id: string }>(
      `SELECT p.id FROM plan p WHERE p.agency_id = 'ag-windsor-1'
         AND EXISTS (SELECT 1 FROM plan_statement s WHERE s.plan_id = p.id AND s.statement_id IS NOT NULL)
       ORDER BY p.created_on DESC, p.id LIMIT 1`,
    );
    const planId = plan.rows[0].id;
    const position = (await db.query<{ position: number }>('SELECT min(position)::int AS position FROM plan_statement WHERE plan_id = $1 AND statement_id IS NOT NULL', [planId])).rows[0].position;
    const inPlan = new Set((await db.query<{ action_id: string }>('SELECT action_id FROM plan_action WHERE plan_id = $1', [planId])).rows.map((r) => r.action_id));

    const first = await (await post('/api/suggestions', { planId, positions: [position] }, 'a-windsor')).json();
    const shown = first.statements[0].suggestions as { id: string; actionId: string }[];
    expect(shown.length).toBeGreaterThan(1);
    for (const s of shown) expect(inPlan.has(s.actionId)).toBe(false);

    const [accept, reject] = shown;
    const rejected = await post(`/api/suggestions/${reject.id}/decision`, { decision: 'rejected', reason: 'not_relevant', note: 'client already has one' }, 'a-windsor');
    expect(rejected.status).toBe(200);
    const accepted = await post(`/api/suggestions/${accept.id}/decision`, { decision: 'accepted' }, 'a-windsor');
    expect(await accepted.json()).toMatchObject({ decision: 'accepted', addedToPlan: true });
    const added = await db.query('SELECT added_by FROM plan_action WHERE plan_id = $1 AND statement_position = $2 AND action_id = $3', [planId, position, accept.actionId]);
    expect(added.rows).toEqual([{ added_by: 'suggestion' }]);

    const again = await (await post('/api/suggestions', { planId, positions: [position] }, 'a-windsor')).json();
    const next = again.statements[0].suggestions.map((s: { actionId: string }) => s.actionId);
    expect(next).not.toContain(reject.actionId);
    expect(next).not.toContain(accept.actionId);

    // Deciding twice is refused, and changes nothing.
    const twice = await post(`/api/suggestions/${reject.id}/decision`, { decision: 'accepted' }, 'a-windsor');
    expect(twice.status).toBe(409);
    expect((await twice.json()).error).toBe('already_decided');
    const row = await db.query('SELECT decision, decision_reason, decision_note FROM suggestion WHERE id = $1', [reject.id]);
    expect(row.rows[0]).toEqual({ decision: 'rejected', decision_reason: 'not_relevant', decision_note: 'client already has one' });

    // Another organization's assessor can neither use the plan nor decide on its suggestions.
    const foreignPlan = await post('/api/suggestions', { planId }, 'a-ottawa');
    expect(foreignPlan.status).toBe(403);
    const foreignDecision = await post(`/api/suggestions/${shown[2].id}/decision`, { decision: 'rejected' }, 'a-ottawa');
    expect(foreignDecision.status).toBe(403);
    expect((await db.query('SELECT decision FROM suggestion WHERE id = $1', [shown[2].id])).rows[0]).toEqual({ decision: null });
  });

  it('refuses bad requests with a reason and writes nothing', async () => {
    const statementId = await frequentStatement();
    const before = await suggestionCount();
    const cases: [string, unknown, string | undefined, number, string | RegExp][] = [
      ['/api/suggestions', { statements: [{ statementId: 'ds-nope-999' }], context }, 'a-windsor', 400, 'unknown_statement'],
      ['/api/suggestions', { statements: [{ text: '   ' }], context }, 'a-windsor', 400, 'empty_statement'],
      ['/api/suggestions', { statements: [], context }, 'a-windsor', 400, 'no_statements'],
      ['/api/suggestions', { statements: [{ statementId }] }, 'a-windsor', 400, 'no_context'],
      ['/api/suggestions', { statements: [{ statementId }], context: { ...context, ageBand: '30' } }, 'a-windsor', 400, 'bad_context'],
      ['/api/suggestions', { statements: [{ statementId }], context: { ...context, site: 'atlantis' } }, 'a-windsor', 400, 'bad_context'],
      ['/api/suggestions', { statements: [{ statementId }], context: { ...context, arrivalDate: '2023-02-30' } }, 'a-windsor', 400, 'bad_context'],
      ['/api/suggestions', { statements: [{ statementId }], context, actionsInPlan: ['ac-nope'] }, 'a-windsor', 400, 'unknown_action'],
      ['/api/suggestions', { statements: [{ statementId }], context, k: 500 }, 'a-windsor', 400, 'invalid_request'],
      ['/api/suggestions', { statements: [{ statementId }], context, surprise: 1 }, 'a-windsor', 400, 'invalid_request'],
      ['/api/suggestions', { planId: 'no-such-plan' }, 'a-windsor', 404, 'unknown_plan'],
      ['/api/suggestions', { statements: [{ statementId }], context }, undefined, 401, 'unauthenticated'],
      ['/api/suggestions', { statements: [{ statementId }], context }, 'adv-windsor', 403, 'forbidden'],
      ['/api/suggestions/4b0c1f9e-1111-4c1e-9f00-000000000000/decision', { decision: 'accepted' }, 'a-windsor', 404, 'unknown_suggestion'],
      ['/api/suggestions/not-a-uuid/decision', { decision: 'accepted' }, 'a-windsor', 400, 'invalid_request'],
    ];
    for (const [path, body, as, status, code] of cases) {
      const res = await post(path, body, as);
      const answer = await res.json();
      expect({ path, body, status: res.status }).toEqual({ path, body, status });
      expect(answer.error).toMatch(code);
      expect(typeof answer.message).toBe('string');
    }
    const some = await db.query<{ id: string }>('SELECT id FROM suggestion WHERE decision IS NULL LIMIT 1');
    const badDecision = await post(`/api/suggestions/${some.rows[0].id}/decision`, { decision: 'maybe' }, 'a-windsor');
    expect(badDecision.status).toBe(400);
    expect(await suggestionCount()).toBe(before);
    expect((await db.query('SELECT decision FROM suggestion WHERE id = $1', [some.rows[0].id])).rows[0]).toEqual({ decision: null });
  });

  it('folds decisions into the next training run, switches to it without a restart, and rolls back', async () => {
    const statementId = await frequentStatement();
    const ask = async () => (await (await post('/api/suggestions', { statements: [{ statementId }], context, k: 5 }, 'a-windsor')).json()) as {
      modelVersion: { id: number };
      statements: { suggestions: { id: string; actionId: string }[] }[];
    };
    const before = await ask();
    const target = before.statements[0].suggestions[0].actionId;
    // Assessors keep rejecting the top suggestion for this statement.
    for (let i = 0; i < 6; i++) {
      const shown = (await ask()).statements[0].suggestions.find((s) => s.actionId === target)!;
      expect((await post(`/api/suggestions/${shown.id}/decision`, { decision: 'rejected', reason: 'not_relevant' }, 'a-windsor')).status).toBe(200);
    }
    const oldVersion = suggester.version!.id;
    const report = await trainRecommender(db, { embedder: null, maxQueries: 500, bootstrapSamples: 100 });
    expect(report.decisions.total).toBeGreaterThanOrEqual(7);
    expect(report.version.decisions).toBe(report.decisions.total);

    // The stored model ranks the rejected action lower for that statement than before.
    const stored = deserializeModel((await loadActiveModelVersion(db))!.artifact);
    const s = stored.vocabulary.statementIds.indexOf(statementId);
    const a = stored.vocabulary.actionIds.indexOf(target);
    const q = { statementIndex: s, otherStatementIndices: [], actionsInPlan: [], context: { siteId: 'windsor', ageBand: '25-34', immigrationStatus: 'refugee_claimant', householdSize: 3, children: 1, languages: ['ar'], planDate: '2026-11-01' } };
    const scores = stored.score(q);
    const rankOf = (sc: Float32Array) => [...sc].filter((v) => v > sc[a]).length + 1;
    const baseScores = (stored as unknown as { base: { score(q: unknown): Float32Array } }).base.score(q);
    expect(rankOf(scores)).toBeGreaterThan(rankOf(baseScores));

    // Every instance follows the activation (NOTIFY): this one serves the new version, no restart.
    await expect.poll(() => suggester.version?.id, { timeout: 10_000 }).toBe(report.version.id);
    const after = await ask();
    expect(after.modelVersion.id).toBe(report.version.id);
    expect(after.modelVersion.id).not.toBe(oldVersion);
    expect(after.statements[0].suggestions[0].actionId).not.toBe(target);

    // Admins roll back; assessors cannot.
    expect((await post('/api/models/rollback', {}, 'a-windsor')).status).toBe(403);
    const rolled = await post('/api/models/rollback', {}, 'admin');
    expect(rolled.status).toBe(200);
    expect((await rolled.json()).id).toBe(oldVersion);
    expect((await ask()).modelVersion.id).toBe(oldVersion);
  }, 120_000);

  it('exports decisions pseudonymized for researchers only', async () => {
    const denied = await fetch(`${base}/api/research/decisions`, { headers: { authorization: `Bearer ${tokens['a-windsor']}` } });
    expect(denied.status).toBe(403);
    const res = await fetch(`${base}/api/research/decisions`, { headers: { authorization: `Bearer ${tokens.researcher}` } });
    const { decisions } = await res.json();
    const decided = decisions.filter((d: { decision: string | null }) => d.decision);
    expect(decided.length).toBeGreaterThanOrEqual(8);
    const text = JSON.stringify(decisions);
    expect(text).not.toContain('a-windsor');
    expect(text).not.toContain('ag-windsor-1');
    expect(text).not.toContain('client already has one');
    expect(decided[0].assessor).toMatch(/^staff_[0-9a-f]{16}$/);
  });
});
