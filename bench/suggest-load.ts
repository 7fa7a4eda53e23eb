/**
 * Suggestion latency on a running server under load: starts the real service (embedded PGlite,
 * or DATABASE_URL) with the demo content, trains, signs an assessor in, then keeps `connections`
 * concurrent HTTP clients posting /api/suggestions for `seconds` (autocannon). Reports end-to-end
 * latency percentiles (including the database write of the logged suggestions) and, separately,
 * the in-process time of Suggester.suggest.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createScratchDatabase } from '../knowledge/db/testing.ts';
import { loadConfig } from '../server/config.ts';
import { startService } from '../server/start.ts';

export interface LoadRun {
  /** Requests per second offered (open loop), or null for as fast as the connections go. */
  offeredRate: number | null;
  connections: number;
  seconds: number;
  requests: number;
  errors: number;
  non2xx: number;
  throughputPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
}

export interface SuggestLoadResult {
  plans: number;
  backend: string;
  inProcessMs: { p50: number; p99: number };
  runs: LoadRun[];
}

/**
 * `serverUrl`: a PostgreSQL server to run on, in a throw-away database created and dropped here;
 * absent: the embedded PGlite in a temporary directory.
 */
export async function runSuggestLoad(options: { plans?: number; seconds?: number; serverUrl?: string } = {}): Promise<SuggestLoadResult> {
  const plans = options.plans ?? 5000;
  const seconds = options.seconds ?? 20;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'wf-bench-'));
  const scratch = options.serverUrl ? await createScratchDatabase(options.serverUrl, 'wf_bench') : undefined;
  const config = { ...loadConfig({}), databaseUrl: scratch?.url, dataDir, host: '127.0.0.1', port: 0, logLevel: 'silent', demoPlans: plans };
  const service = await startService(config);
  try {
    const login = await fetch(`${service.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'assessor@ag-windsor-1.demo', password: config.demoPassword }),
    });
    const { token } = (await login.json()) as { token: string };
    const { rows } = await service.db.query<{ statement_id: string }>(
      `SELECT statement_id FROM plan_statement WHERE statement_id IS NOT NULL GROUP BY statement_id ORDER BY count(*) DESC LIMIT 40`,
    );
    const context = { site: 'windsor', ageBand: '25-34', immigrationStatus: 'permanent_resident', householdSize: 3, children: 1, languages: ['ar'] };
    const bodies = rows.map((r, i) =>
      JSON.stringify({ statements: [{ statementId: r.statement_id }, { statementId: rows[(i + 7) % rows.length].statement_id }], context, k: 5 }),
    );

    // In-process: what the recommender itself costs per request (two statements, logging included).
    const times: number[] = [];
    for (let i = 0; i < 500; i++) {
      const t = performance.now();
      await service.suggester!.suggest(JSON.parse(bodies[i % bodies.length]), { staffId: 'bench', agencyId: 'ag-windsor-1' });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);

    let n = 0;
    const load = async (connections: number, offeredRate: number | null): Promise<LoadRun> => {
      const result = await autocannon({
        url: `${service.url}/api/suggestions`,
        connections,
        duration: seconds,
        ...(offeredRate ? { overallRate: offeredRate } : {}),
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            setupRequest: (req) => ({ ...req, body: bodies[n++ % bodies.length] }),
          },
        ],
      });
      return {
        offeredRate,
        connections,
        seconds,
        requests: result.requests.total,
        errors: result.errors,
        non2xx: result.non2xx,
        throughputPerSecond: result.requests.average,
        latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      };
    };
    // A busy agency's steady load, then saturation.
    const runs = [await load(4, 100), await load(16, null)];
    return {
      plans,
      backend: service.db.backend,
      inProcessMs: { p50: times[Math.floor(times.length * 0.5)], p99: times[Math.floor(times.length * 0.99)] },
      runs,
    };
  } finally {
    await service.close();
    await scratch?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
