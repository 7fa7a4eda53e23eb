import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/testing.ts';
import { AGE_BANDS, IMMIGRATION_STATUSES, isEligible } from '../domain/types.ts';
import { ImportError } from '../import/errors.ts';
import { generatePlans, type GeneratePlansOptions } from './generate.ts';
import { CSV_COLUMNS } from './import-csv.ts';
import { importPlansCsv, importPlansJsonl } from './import.ts';
import { loadGeneratorInputs } from './inputs.ts';
import { csvText, loadPlanTestContent, planRowCounts, toCsvRows, toJsonlRecord } from './test-support.ts';
import type { GeneratedClient, GeneratedPlan } from './types.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Rec = any;
type Inputs = Pick<GeneratePlansOptions, 'knowledge' | 'directory' | 'agencies'>;

const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

describe(`plan import (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  let t: TestDb;
  let dir: string;
  let inputs: Inputs;
  let plans: GeneratedPlan[];
  let clients: Map<string, GeneratedClient>;
  let fileNo = 0;

  const write = (ext: string, text: string) => {
    const file = path.join(dir, `plans-${++fileNo}.${ext}`);
    writeFileSync(file, text);
    return file;
  };
  const jsonl = (records: Rec[]) => write('jsonl', records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n');
  const record = (p: GeneratedPlan): Rec => toJsonlRecord(p, clients.get(p.clientId)!);
  const rows = (p: GeneratedPlan) => toCsvRows(p, clients.get(p.clientId)!);

  /** A plan with a fresh plan id and client id, its first statement a library statement with actions. */
  let base: GeneratedPlan;
  const fresh = (suffix: string): Rec => {
    const r = record(base);
    r.plan_id = `test-plan-${suffix}`;
    r.client.id = `test-client-${suffix}`;
    return r;
  };

  async function expectRejected(run: () => Promise<unknown>, file: string, row: number | undefined, field: string | undefined, reason: RegExp) {
    const before = await planRowCounts(t.db);
    const err = await run().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ImportError);
    const e = err as ImportError;
    expect({ file: e.file, row: e.row, field: e.field }).toEqual({ file, row, field });
    expect(e.reason).toMatch(reason);
    expect(await planRowCounts(t.db)).toEqual(before);
  }

  beforeAll(async () => {
    t = await createTestDb();
    await loadPlanTestContent(t.db);
    dir = mkdtempSync(path.join(tmpdir(), 'wf-plan-import-'));
    inputs = await loadGeneratorInputs(t.db);
    const batches = [...generatePlans({ plans: 1400, seed: 3, ...inputs })];
    plans = batches.flatMap((b) => b.plans);
    clients = new Map(batches.flatMap((b) => b.clients).map((c) => [c.id, c]));
    base = plans.find((p) => p.statements[0].statementId && p.statements[0].actions.length > 0)!;
  });
  afterAll(async () => t.drop());

  it('imports a valid JSONL file with every statement, action, referral and status', async () => {
    const some = plans.slice(0, 100);
    const file = jsonl(some.map(record));
    const summary = await importPlansJsonl(t.db, file);
    const statements = some.reduce((n, p) => n + p.statements.length, 0);
    const actions = some.reduce((n, p) => n + p.statements.reduce((m, s) => m + s.actions.length, 0), 0);
    expect(summary.counts).toMatchObject({ plans: 100, statements, actions, clients: new Set(some.map((p) => p.clientId)).size });
    expect(await planRowCounts(t.db)).toMatchObject({ plans: 100, statements, actions });

    const p = some.find((x) => x.statements.some((s) => s.freeText) && x.statements.some((s) => s.actions.some((a) => a.referralServiceId))) ?? some[0];
    const stored = await t.db.query<Rec>(
      `SELECT ps.position, ps.statement_id, ps.free_text, pa.action_id, pa.referral_service_id, pa.status
         FROM plan_statement ps LEFT JOIN plan_action pa ON pa.plan_id = ps.plan_id AND pa.statement_position = ps.position
        WHERE ps.plan_id = $1 ORDER BY ps.position, pa.action_id`,
      [p.id],
    );
    const expected = p.statements.flatMap((s) =>
      (s.actions.length ? [...s.actions].sort((a, b) => (a.actionId < b.actionId ? -1 : 1)) : [null]).map((a) => ({
        position: s.position,
        statement_id: s.statementId,
        free_text: s.freeText,
        action_id: a?.actionId ?? null,
        referral_service_id: a?.referralServiceId ?? null,
        status: a?.status ?? null,
      })),
    );
    expect(stored.rows).toEqual(expected);
    const source = await t.db.query<{ source: string; n: number }>('SELECT source, count(*)::int AS n FROM plan GROUP BY source');
    expect(source.rows).toEqual([{ source: 'import', n: 100 }]);
  });

  it('imports a valid CSV file, reusing clients already stored', async () => {
    const some = plans.slice(100, 160);
    const file = write('csv', csvText(some.flatMap(rows)));
    const before = await planRowCounts(t.db);
    const summary = await importPlansCsv(t.db, file);
    const actions = some.reduce((n, p) => n + p.statements.reduce((m, s) => m + s.actions.length, 0), 0);
    expect(summary.counts).toMatchObject({ plans: 60, actions });
    const after = await planRowCounts(t.db);
    expect(after.plans).toBe(before.plans + 60);
    expect(after.actions).toBe(before.actions + actions);
    const newClients = new Set(some.map((p) => p.clientId).filter((id) => !plans.slice(0, 100).some((p) => p.clientId === id)));
    expect(after.clients).toBe(before.clients + newClients.size);
  });

  describe('JSONL rejections name file, line and field and write nothing', () => {
    const single = (statement: Rec) => (r: Rec) => void (r.statements = [statement]);
    let restricted: { actionId: string; ageBand: string; status: string };
    let statementId: string;
    let actionId: string;

    beforeAll(() => {
      statementId = base.statements[0].statementId!;
      actionId = base.statements[0].actions[0].actionId;
      for (const a of inputs.knowledge.actions) {
        if (!a.eligibility) continue;
        for (const band of AGE_BANDS) {
          for (const status of IMMIGRATION_STATUSES) {
            if (!restricted && !isEligible(a.eligibility, band, status)) restricted = { actionId: a.id, ageBand: band, status };
          }
        }
      }
    });

    const cases: [string, (r: Rec) => void, string, RegExp][] = [
      ['unknown statement', (r) => single({ statement_id: 'no-such-statement', actions: [] })(r), 'statements[0].statement_id', /unknown driving statement/],
      ['unknown action', (r) => single({ statement_id: statementId, actions: [{ action_id: 'no-such-action' }] })(r), 'statements[0].actions[0].action_id', /unknown action/],
      [
        'unknown service',
        (r) => single({ statement_id: statementId, actions: [{ action_id: actionId, referral_service_id: 'no-such-service' }] })(r),
        'statements[0].actions[0].referral_service_id',
        /unknown directory service/,
      ],
      ['unknown site', (r) => (r.client.site = 'atlantis'), 'client.site', /unknown site/],
      ['unknown agency', (r) => (r.client.agency = 'no-such-agency'), 'client.agency', /unknown agency/],
      ['bad immigration status', (r) => (r.client.immigration_status = 'tourist'), 'client.immigration_status', /not one of/],
      ['bad age band', (r) => (r.client.age_band = '30-39'), 'client.age_band', /not one of/],
      ['bad action status', (r) => single({ statement_id: statementId, actions: [{ action_id: actionId, status: 'finished' }] })(r), 'statements[0].actions[0].status', /not one of/],
      ['impossible date', (r) => (r.created_on = '2024-02-30'), 'created_on', /not a date/],
      ['future date', (r) => (r.created_on = '2999-01-01'), 'created_on', /future/],
      ['bad arrival date', (r) => (r.client.arrival_date = 'last spring'), 'client.arrival_date', /not a date/],
      ['household too small for its children', (r) => ((r.client.household_size = 2), (r.client.children = 2)), 'client.children', /fewer than/],
      ['statement with id and text', (r) => single({ statement_id: statementId, text: 'both', actions: [] })(r), 'statements[0]', /exactly one/],
      ['action twice on a statement', (r) => single({ statement_id: statementId, actions: [{ action_id: actionId }, { action_id: actionId }] })(r), 'statements[0].actions[1].action_id', /twice/],
    ];

    it.each(cases)('%s', async (_name, mutate, field, reason) => {
      const bad = fresh('bad');
      mutate(bad);
      const file = jsonl([fresh('ok'), bad]);
      await expectRejected(() => importPlansJsonl(t.db, file), file, 2, field, reason);
    });

    it('an action the client is not eligible for', async () => {
      expect(restricted).toBeDefined();
      const bad = fresh('bad');
      bad.client.age_band = restricted.ageBand;
      bad.client.immigration_status = restricted.status;
      bad.statements = [{ statement_id: statementId, actions: [{ action_id: restricted.actionId }] }];
      const file = jsonl([fresh('ok'), bad]);
      await expectRejected(() => importPlansJsonl(t.db, file), file, 2, 'statements[0].actions[0].action_id', /not eligible/);
    });

    it('a line that is not JSON', async () => {
      const file = jsonl([fresh('ok'), '{"plan_id": "x",']);
      await expectRejected(() => importPlansJsonl(t.db, file), file, 2, undefined, /not valid JSON/);
    });

    it('a plan id used twice in the file', async () => {
      const again = fresh('ok');
      again.client.id = 'test-client-other';
      const file = jsonl([fresh('ok'), again]);
      await expectRejected(() => importPlansJsonl(t.db, file), file, 2, 'plan_id', /used again \(first on line 1\)/);
    });

    it('a client described two ways', async () => {
      const other = fresh('ok');
      other.plan_id = 'test-plan-second';
      other.client.household_size = other.client.household_size + 1;
      const file = jsonl([fresh('ok'), other]);
      await expectRejected(() => importPlansJsonl(t.db, file), file, 2, 'client.household_size', /on line 1/);
    });

    it('a plan already in the database', async () => {
      const file = jsonl([fresh('ok'), record(plans[5])]);
      await expectRejected(() => importPlansJsonl(t.db, file), file, 2, 'plan_id', /already in the database/);
    });

    it('a stored client described differently', async () => {
      const stored = record(plans[5]);
      stored.plan_id = 'test-plan-new-for-stored-client';
      stored.client.age_band = stored.client.age_band === '65+' ? '18-24' : '65+';
      stored.statements = [{ text: 'Client asked about the library card', actions: [] }];
      const file = jsonl([fresh('ok'), stored]);
      await expectRejected(() => importPlansJsonl(t.db, file), file, 2, 'client.age_band', /is stored with/);
    });

    it('an error after a thousand plans were already written rolls them back too', async () => {
      const many = plans.slice(160, 1360).map((p) => {
        const r = record(p);
        r.plan_id = `bulk-${r.plan_id}`;
        r.client.id = `bulk-${r.client.id}`;
        return r;
      });
      const bad = fresh('bad');
      bad.client.site = 'atlantis';
      const file = jsonl([...many, bad]);
      await expectRejected(() => importPlansJsonl(t.db, file), file, many.length + 1, 'client.site', /unknown site/);
    });

    it('an unreadable file', async () => {
      const file = path.join(dir, 'missing.jsonl');
      await expectRejected(() => importPlansJsonl(t.db, file), file, undefined, undefined, /cannot read/);
    });
  });

  describe('CSV rejections name file, row and field and write nothing', () => {
    /** Rows of two fresh plans; the second plan's rows can then be broken. */
    function twoPlans(): { ok: string[][]; bad: string[][] } {
      const rename = (r: string[], suffix: string) => {
        r[col('plan_id')] = `csv-plan-${suffix}`;
        r[col('client_id')] = `csv-client-${suffix}`;
        return r;
      };
      const multi = plans.find((p) => p.statements.length >= 2 && p.statements.every((s) => s.statementId && s.actions.length))!;
      return { ok: rows(base).map((r) => rename(r, 'ok')), bad: rows(multi).map((r) => rename(r, 'bad')) };
    }
    const firstBadLine = (ok: string[][]) => ok.length + 2;

    const cases: [string, (bad: string[][]) => void, string, RegExp][] = [
      ['unknown statement', (b) => b.forEach((r) => r[col('statement_position')] === '1' && (r[col('statement_id')] = 'no-such-statement')), 'statement_id', /unknown driving statement/],
      ['unknown action', (b) => (b[0][col('action_id')] = 'no-such-action'), 'action_id', /unknown action/],
      ['unknown service', (b) => (b[0][col('referral_service_id')] = 'no-such-service'), 'referral_service_id', /unknown directory service/],
      ['unknown site', (b) => b.forEach((r) => (r[col('site')] = 'atlantis')), 'site', /unknown site/],
      ['bad immigration status', (b) => b.forEach((r) => (r[col('immigration_status')] = 'tourist')), 'immigration_status', /not one of/],
      ['bad age band', (b) => b.forEach((r) => (r[col('age_band')] = 'adult')), 'age_band', /not one of/],
      ['bad action status', (b) => (b[0][col('status')] = 'finished'), 'status', /not one of/],
      ['impossible date', (b) => b.forEach((r) => (r[col('created_on')] = '2023-13-01')), 'created_on', /not a date/],
      ['non-numeric household', (b) => b.forEach((r) => (r[col('household_size')] = 'four')), 'household_size', /whole number/],
      ['no statement id nor text', (b) => b.forEach((r) => (r[col('statement_id')] = '')), 'statement_id', /exactly one/],
    ];

    it.each(cases)('%s', async (_name, mutate, field, reason) => {
      const { ok, bad } = twoPlans();
      mutate(bad);
      const file = write('csv', csvText([...ok, ...bad]));
      await expectRejected(() => importPlansCsv(t.db, file), file, firstBadLine(ok), field, reason);
    });

    it('an action the client is not eligible for', async () => {
      const { ok, bad } = twoPlans();
      const restricted = inputs.knowledge.actions.find((a) => a.eligibility?.immigrationStatuses && !a.eligibility.immigrationStatuses.includes('temporary_worker'));
      expect(restricted).toBeDefined();
      bad.forEach((r) => ((r[col('immigration_status')] = 'temporary_worker'), (r[col('age_band')] = '25-34')));
      const only = bad[0];
      only[col('action_id')] = restricted!.id;
      only[col('referral_service_id')] = '';
      const file = write('csv', csvText([...ok, only]));
      await expectRejected(() => importPlansCsv(t.db, file), file, firstBadLine(ok), 'action_id', /not eligible/);
    });

    it('a plan whose rows are split by another plan (duplicate plan id)', async () => {
      const { ok, bad } = twoPlans();
      const file = write('csv', csvText([...ok, ...bad, ...ok]));
      await expectRejected(() => importPlansCsv(t.db, file), file, ok.length + bad.length + 2, 'plan_id', /used again/);
    });

    it('rows of one plan that disagree on the assessor', async () => {
      const { ok, bad } = twoPlans();
      bad[1][col('assessor_id')] = 'someone-else';
      const file = write('csv', csvText([...ok, ...bad]));
      await expectRejected(() => importPlansCsv(t.db, file), file, firstBadLine(ok) + 1, 'assessor_id', /has assessor/);
    });

    it('a client described two ways by two plans', async () => {
      const { ok, bad } = twoPlans();
      const clientColumns = ['client_id', 'site', 'agency', 'age_band', 'immigration_status', 'household_size', 'children', 'arrival_date'] as const;
      for (const r of bad) {
        for (const c of clientColumns) r[col(c)] = ok[0][col(c)];
        r[col('languages')] = 'xx;yy';
        r[col('action_id')] = '';
        r[col('referral_service_id')] = '';
        r[col('status')] = '';
      }
      const file = write('csv', csvText([...ok, ...bad]));
      await expectRejected(() => importPlansCsv(t.db, file), file, firstBadLine(ok), 'languages', /on line 2/);
    });

    it('a missing column', async () => {
      const { ok } = twoPlans();
      const header = CSV_COLUMNS.filter((c) => c !== 'status');
      const file = write('csv', csvText(ok.map((r) => r.filter((_, i) => i !== col('status'))), header));
      await expectRejected(() => importPlansCsv(t.db, file), file, 1, 'status', /missing column/);
    });

    it('a plan already in the database', async () => {
      const { ok } = twoPlans();
      const file = write('csv', csvText([...ok, ...rows(plans[120])]));
      await expectRejected(() => importPlansCsv(t.db, file), file, firstBadLine(ok), 'plan_id', /already in the database/);
    });

    it('malformed CSV', async () => {
      const { ok } = twoPlans();
      const file = write('csv', csvText(ok) + 'a,"unterminated\n');
      const err = await importPlansCsv(t.db, file).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportError);
      expect((err as ImportError).reason).toMatch(/malformed CSV/);
      expect((err as ImportError).file).toBe(file);
    });
  });
});
