/**
 * A small end-to-end run on the demo data: every split, every model, the replay of logged
 * decisions, the bot through the real search code, the report files, the privacy of what is
 * written, the research export, and the report opened in Chromium.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../knowledge/db/index.ts';
import { createTestDb } from '../knowledge/db/testing.ts';
import { loadDemoContent } from '../knowledge/index.ts';
import { MODEL_NAMES } from '../recommender/index.ts';
import { realBot } from './bot/real-bot.ts';
import { Pseudonymizer } from './common/pseudonym.ts';
import { exportForResearchers } from './recommender/export.ts';
import { runEvaluation, type EvalRunResult } from './run.ts';
import { REPORTS_DIR } from './run.ts';

let db: Db;
let drop: () => Promise<void>;
let run: EvalRunResult;
let outDir: string;
const rawIds = { plans: [] as string[], clients: [] as string[], agencies: [] as string[], staff: [] as string[] };
let logged = { accepted: 0, rejected: 0 };

/** Decisions on recent plans: the attached action accepted, an action from another category rejected. */
async function logDecisions(db: Db): Promise<{ accepted: number; rejected: number }> {
  const { rows } = await db.query<{ plan_id: string; agency_id: string; assessor_id: string; position: number; statement_id: string; action_id: string; other: string }>(
    `SELECT p.id AS plan_id, p.agency_id, p.assessor_id, s.position, s.statement_id, min(a.action_id) AS action_id,
            (SELECT x.id FROM action x WHERE x.id NOT IN (SELECT action_id FROM plan_action WHERE plan_id = p.id) ORDER BY x.id DESC LIMIT 1) AS other
       FROM plan p JOIN plan_statement s ON s.plan_id = p.id JOIN plan_action a ON a.plan_id = s.plan_id AND a.statement_position = s.position
      WHERE s.statement_id IS NOT NULL
      GROUP BY p.id, p.agency_id, p.assessor_id, p.created_on, s.position, s.statement_id
      ORDER BY p.created_on DESC, p.id, s.position LIMIT 30`,
  );
  for (const r of rows) {
    const request = randomUUID();
    for (const [rank, action, decision] of [
      [1, r.action_id, 'accepted'],
      [2, r.other, 'rejected'],
    ] as const) {
      await db.query(
        `INSERT INTO suggestion (id, request_id, agency_id, plan_id, statement_position, statement_id, action_id, rank, score, shown_to, decision, decision_reason, decision_note, decided_by, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0.5, $9, $10, $11, $12, $9, now())`,
        [randomUUID(), request, r.agency_id, r.plan_id, r.position, r.statement_id, action, rank, r.assessor_id, decision, decision === 'rejected' ? 'not_relevant' : null, decision === 'rejected' ? 'Client Maria said no' : null],
      );
    }
  }
  return { accepted: rows.length, rejected: rows.length };
}

beforeAll(async () => {
  ({ db, drop } = await createTestDb());
  await loadDemoContent(db, { plans: 3000 });
  logged = await logDecisions(db);
  const plans = await db.query<{ id: string; client_id: string; agency_id: string; assessor_id: string }>('SELECT id, client_id, agency_id, assessor_id FROM plan ORDER BY created_on DESC LIMIT 50');
  rawIds.plans = plans.rows.map((r) => r.id);
  rawIds.clients = plans.rows.map((r) => r.client_id);
  rawIds.agencies = [...new Set(plans.rows.map((r) => r.agency_id))];
  rawIds.staff = [...new Set(plans.rows.map((r) => r.assessor_id))];
  outDir = mkdtempSync(path.join(tmpdir(), 'wf-eval-'));
  run = await runEvaluation(db, {
    target: 'all',
    seed: 5,
    embedder: 'tfidf',
    maxQueries: 400,
    bootstrapSamples: 100,
    outDir: path.join(outDir, 'report'),
    bot: { underTest: (d) => realBot(d, { embedder: null }) },
    argv: ['all', '--seed', '5'],
  });
}, 600_000);

afterAll(async () => {
  await drop?.();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('recommender evaluation on the demo data', () => {
  it('scores every registered model and the random baseline on every split', () => {
    const rec = run.report.recommender!;
    expect(rec.splits.map((s) => s.split)).toEqual(['temporal', 'client', 'last-plan']);
    for (const s of rec.splits) {
      const names = s.models.map((m) => m.model);
      expect(names.filter((n) => n !== 'feedback_adjusted')).toEqual([...MODEL_NAMES, 'random']);
      expect(s.queries).toBe(400);
      for (const m of s.models) {
        for (const k of [1, 3, 5, 10]) for (const metric of ['precision', 'recall', 'ndcg', 'map', 'rr', 'hit']) expect(m.metrics[`${metric}@${k}`].n).toBe(400);
        expect(m.metrics['ndcg@10'].lower).toBeLessThanOrEqual(m.metrics['ndcg@10'].mean);
        expect(m.coverage['coverage@10']).toBeGreaterThan(0);
      }
      const by = Object.fromEntries(s.models.map((m) => [m.model, m.metrics['ndcg@10']]));
      // The served model is far above chance, with intervals that do not touch.
      expect(by.hybrid.lower).toBeGreaterThan(by.random.upper);
      // The pairwise matrix is antisymmetric and covers every pair.
      const i = s.pairwise.models.indexOf('hybrid');
      const j = s.pairwise.models.indexOf('random');
      expect(s.pairwise.cells[i][j]!.meanDifference).toBeCloseTo(-s.pairwise.cells[j][i]!.meanDifference, 12);
      expect(s.pairwise.cells[i][j]!.pHolm).toBeLessThan(0.05);
      expect(s.pairwise.cells[i][i]).toBeNull();
    }
  });

  it('keeps the splits honest: held-out clients never train, last plans are each client\'s latest', () => {
    const [temporal, client, lastPlan] = run.report.recommender!.splits;
    expect(temporal.range.testStart! <= temporal.range.testFrom!).toBe(true);
    // A seeded 20% of clients is tested.
    expect(client.plans.test / (client.plans.train + client.plans.validation + client.plans.test)).toBeGreaterThan(0.12);
    expect(client.plans.test / (client.plans.train + client.plans.validation + client.plans.test)).toBeLessThan(0.28);
    expect(lastPlan.plans.test).toBeGreaterThan(0);
  });

  it('measures cold start and free text, where the text-aware models beat chance', () => {
    for (const s of run.report.recommender!.splits) {
      expect(s.coldStart.skipped).toBe(false);
      if (s.coldStart.skipped) continue;
      const cold = Object.fromEntries(s.coldStart.models.map((m) => [m.model, m.metrics['recall@10'].mean]));
      expect(cold.content).toBeGreaterThan(cold.random);
      expect(s.freeText.skipped).toBe(false);
    }
  });

  it('replays the logged decisions on held-out plans', () => {
    const replay = run.report.recommender!.splits[0].replay;
    expect(replay.skipped).toBe(false);
    if (replay.skipped) return;
    expect(replay.accepted).toBe(logged.accepted);
    expect(replay.rejected).toBe(logged.rejected);
    const hybrid = replay.models.find((m) => m.model === 'hybrid')!;
    // The accepted actions were the ones assessors attached; the rejected ones are far from the statement.
    expect(hybrid.acceptedInTopK.mean).toBeGreaterThan(0.5);
    expect(hybrid.rejectedShown.mean).toBeLessThan(hybrid.acceptedInTopK.mean);
    // The feedback-adjusted hybrid only learns from decisions on training plans: every decision is on a
    // latest plan, so none trains in the temporal split, while most held-in clients' plans train in the client split.
    const [temporal, client] = run.report.recommender!.splits;
    expect(temporal.models.some((m) => m.model === 'feedback_adjusted')).toBe(false);
    expect(client.models.some((m) => m.model === 'feedback_adjusted')).toBe(true);
  });

  it('breaks every headline metric down by site, language, status and age band', () => {
    const s = run.report.recommender!.splits[0];
    expect(s.subgroups.map((d) => d.dimension)).toEqual(['site', 'language', 'status', 'age']);
    for (const d of s.subgroups) {
      for (const metric of run.report.recommender!.headlineMetrics) {
        const b = d.byModel.hybrid[metric];
        expect(b.groups.reduce((n, g) => n + g.n, 0)).toBe(400);
        expect(typeof b.gap.flagged).toBe('boolean');
      }
    }
    expect(s.subgroups[0].sizes.length).toBeGreaterThanOrEqual(5);
  });
});

describe('bot evaluation through the real search code', () => {
  it('runs each configuration on the labeled test questions', () => {
    const bot = run.report.bot!;
    expect('skipped' in bot).toBe(false);
    if ('skipped' in bot) return;
    expect(bot.configurations.map((c) => c.name)).toEqual(['lexical + filters', 'lexical']);
    expect(bot.dataset.retrievalQueries).toBeGreaterThan(100);
    for (const c of bot.configurations) {
      expect(c.errors.count).toBe(0);
      expect(c.metrics['recall@10'].mean).toBeGreaterThan(0.2);
      expect(Object.keys(c.perLanguage)).toEqual(expect.arrayContaining(['en', 'fr', 'ar', 'es', 'zh']));
      expect(c.latency.n).toBe(bot.dataset.retrievalQueries);
    }
    expect(bot.classifier!.handoff!.curve.length).toBeGreaterThan(10);
    // The bot's intent rules route crisis messages; most of the labeled ones must be caught.
    expect(bot.classifier!.crisis!.messages).toBeGreaterThan(20);
    expect(bot.classifier!.crisis!.recall.mean).toBeGreaterThan(0.5);
  });
});

describe('report files', () => {
  it('writes JSON with every number, the configuration, data range, model versions, commit and seed', () => {
    const json = JSON.parse(readFileSync(run.files.json, 'utf8'));
    expect(json.format).toBe('wayfinder-eval-report');
    expect(json.run.seed).toBe(5);
    expect(json.run.config.maxQueries).toBe(400);
    expect(json.run.git).toHaveProperty('commit');
    expect(json.data.plans).toBe(3000);
    expect(json.data.range.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Array.isArray(json.modelVersions)).toBe(true);
    expect(json.recommender.splits[0].models[0].metrics['ndcg@10'].mean).toBeCloseTo(run.report.recommender!.splits[0].models[0].metrics['ndcg@10'].mean, 12);
  });

  it('renders an HTML report with the sections, charts and numbers, self-contained', () => {
    const html = readFileSync(run.files.html, 'utf8');
    for (const id of ['run', 'recommender', 'rec-temporal', 'rec-client', 'rec-last-plan', 'fairness', 'bot', 'method']) expect(html).toContain(`id="${id}"`);
    for (const heading of ['Cold start', 'Replay of logged decisions', 'Paired differences', 'Handoff precision and recall', 'Latency', 'Per language']) expect(html).toContain(heading);
    const hybrid = run.report.recommender!.splits[0].models.find((m) => m.model === 'hybrid')!;
    expect(html).toContain(hybrid.metrics['ndcg@10'].mean.toFixed(3));
    expect(html).toContain(run.report.bot && !('skipped' in run.report.bot) ? run.report.bot.configurations[0].metrics['ndcg@10'].mean.toFixed(3) : 'missing');
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThan(10);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('contains no raw identifiers and no free text', () => {
    for (const file of [run.files.json, run.files.html]) {
      const text = readFileSync(file, 'utf8');
      for (const id of [...rawIds.plans, ...rawIds.clients, ...rawIds.staff]) expect(text).not.toContain(id);
      expect(text).not.toContain('Maria');
    }
  });
});

describe('research export', () => {
  it('writes pseudonymized plans and decisions without free text, joinable by pseudonym', async () => {
    const dir = path.join(outDir, 'export');
    const pseudonymizer = new Pseudonymizer('test-export-key-0123456789');
    const summary = await exportForResearchers(db, dir, { pseudonymizer, chunkSize: 700 });
    expect(summary.plans).toBe(3000);
    const plans = readFileSync(path.join(dir, 'plans.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const decisions = readFileSync(path.join(dir, 'decisions.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(plans).toHaveLength(3000);
    expect(decisions).toHaveLength(logged.accepted + logged.rejected);
    const text = readFileSync(path.join(dir, 'plans.jsonl'), 'utf8') + readFileSync(path.join(dir, 'decisions.jsonl'), 'utf8');
    for (const id of [...rawIds.plans, ...rawIds.clients, ...rawIds.agencies, ...rawIds.staff]) expect(text).not.toContain(`"${id}"`);
    expect(text).not.toContain('Maria');
    expect(plans[0].plan).toMatch(/^plan_[0-9a-f]{16}$/);
    expect(plans[0].client).toMatch(/^client_[0-9a-f]{16}$/);
    expect(plans[0].context.arrivalMonth === null || /^\d{4}-\d{2}$/.test(plans[0].context.arrivalMonth)).toBe(true);
    const freeText = plans.flatMap((p) => p.statements).filter((s) => s.freeText);
    expect(freeText.length).toBeGreaterThan(0);
    expect(freeText.every((s) => s.text === undefined)).toBe(true);
    // Decisions point at exported plans.
    const planPseudonyms = new Set(plans.map((p) => p.plan));
    expect(decisions.every((d) => planPseudonyms.has(d.plan))).toBe(true);
    expect(decisions.every((d) => d.note === undefined)).toBe(true);
    expect(existsSync(path.join(dir, 'manifest.json'))).toBe(true);
  });

  it('includes free text only when asked, and refuses to export without a key', async () => {
    const dir = path.join(outDir, 'export-free-text');
    await exportForResearchers(db, dir, { pseudonymizer: new Pseudonymizer('test-export-key-0123456789'), includeFreeText: true });
    const plans = readFileSync(path.join(dir, 'plans.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(plans.flatMap((p) => p.statements).some((s) => s.freeText && typeof s.text === 'string')).toBe(true);
    expect(readFileSync(path.join(dir, 'decisions.jsonl'), 'utf8')).toContain('Maria');
    await expect(exportForResearchers(db, path.join(outDir, 'nokey'), { pseudonymizer: new Pseudonymizer() })).rejects.toThrow(/needs a pseudonym key/);
  });
});

describe('the report in a browser', () => {
  const chromium = '/usr/bin/chromium';

  it.skipIf(!existsSync(chromium))('opens in Chromium and is screenshotted', async () => {
    const { chromium: launcher } = await import('playwright-core');
    const browser = await launcher.launch({ executablePath: chromium, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      // Offline: any request the page makes would be a dependency the report must not have.
      const requests: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('file://')) requests.push(r.url());
      });
      await page.goto(`file://${run.files.html}`);
      expect(await page.title()).toContain('Wayfinder evaluation');
      expect(await page.locator('section#fairness h2').textContent()).toContain('Fairness');
      const chart = page.locator('svg.chart').first();
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      const shots = path.join(REPORTS_DIR, 'screenshots');
      mkdirSync(shots, { recursive: true });
      const file = path.join(shots, 'report.png');
      await page.screenshot({ path: file, fullPage: false });
      expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
