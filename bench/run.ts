/**
 * npm run bench [-- --only=fit,suggest,search,chat] [--quick]
 *
 * Speed and memory figures, each with its method and the machine, written to bench/results/
 * (JSON) and bench/RESULTS.md. Targets (issue 3): 100k plans train in under 10 s, 1M in under
 * 2 min with under 4 GB; a suggestion in under 5 ms at p99.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from './machine.ts';
import { runSuggestLoad, type SuggestLoadResult } from './suggest-load.ts';
import { searchScaleMarkdown, type SearchScaleResult } from '../bot/bench/search-scale.ts';
import { runWsLoad, type WsLoadReport } from '../server/chat/bench/ws-load.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const only = arg('only')?.split(',');
const quick = process.argv.includes('--quick');
const wants = (section: string) => !only || only.includes(section);

interface FitResult {
  plans: number;
  rows: number;
  model: string;
  fitSeconds: number;
  peakRssMb: number;
  scoreMeanMs: number;
  scoreP99Ms: number;
  ndcg10: number;
}

/** Each scale in its own process, so peak memory belongs to that scale alone. */
function fitAtScale(plans: number): FitResult[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'recommender/bench/fit-scale.ts'), `--plans=${plans}`, '--models=ease,hybrid', '--json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' },
  });
  return JSON.parse(out.slice(out.indexOf('['))) as FitResult[];
}

const resultsDir = path.join(root, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
const SECTIONS = ['fit', 'suggest', 'search', 'chat'] as const;

/**
 * Each section keeps its own result (JSON with the machine and date, and its Markdown), so a
 * section can be re-run alone; RESULTS.md joins the latest of each.
 */
function saveSection(section: (typeof SECTIONS)[number], data: unknown, markdown: string[]): void {
  const m = machine();
  writeFileSync(path.join(resultsDir, `${section}.json`), `${JSON.stringify({ machine: m, data }, null, 2)}\n`);
  writeFileSync(path.join(resultsDir, `${section}.md`), `${[...markdown, `_Run ${m.date} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}._`, ''].join('\n')}\n`);
}


if (wants('fit')) {
  const scales = quick ? [100_000] : [100_000, 1_000_000];
  const fit = scales.flatMap((n) => {
    console.log(`recommender fit: ${n} plans…`);
    return fitAtScale(n);
  });
  saveSection('fit', fit, [
    '## Recommender training (fit)',
    '',
    'Method: `recommender/bench/fit-scale.ts` generates a plan history of the production shape in memory (270 statements, 385 actions, 3.5 statements per plan), holds out the last 60 days, and fits EASE and the hybrid (all components, weights tuned on validation) in a fresh process per scale; peak RSS is that process\'s maximum resident memory (data included). Score latency is one query, in process.',
    '',
    '| plans | model | fit (s) | peak RSS (MB) | score mean (ms) | score p99 (ms) | nDCG@10 |',
    '|---|---|---|---|---|---|---|',
    ...fit.map((r) => `| ${r.plans.toLocaleString('en-US')} | ${r.model} | ${r.fitSeconds.toFixed(2)} | ${r.peakRssMb.toFixed(0)} | ${r.scoreMeanMs.toFixed(3)} | ${r.scoreP99Ms.toFixed(3)} | ${r.ndcg10.toFixed(3)} |`),
    '',
  ]);
}

if (wants('suggest')) {
  // The embedded database, and the PostgreSQL server when one is configured (BENCH_DATABASE_URL or DATABASE_URL).
  const server = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  const loads: SuggestLoadResult[] = [];
  for (const serverUrl of [undefined, ...(server ? [server] : [])]) {
    console.log(`suggestion latency under load (${serverUrl ? 'postgres' : 'pglite'})…`);
    loads.push(await runSuggestLoad({ seconds: quick ? 8 : 20, serverUrl }));
  }
  saveSection('suggest', loads, [
    '## Suggestion latency on a server under load',
    '',
    `Method: \`bench/suggest-load.ts\` starts the real service (demo content, ${loads[0].plans} plans, a trained model) on a fresh database, signs an assessor in, and autocannon (same machine, sharing its 2 cores) posts \`/api/suggestions\` with two library statements and a client context: first an open-loop 100 requests/s over 4 connections (a busy agency), then 16 connections as fast as they go (saturation). Every response writes its 10 logged suggestions to the database before it is sent. In-process: \`Suggester.suggest\` alone, sequential, 500 calls.`,
    '',
    '| database | load | requests | errors | non-2xx | req/s | p50 (ms) | p90 (ms) | p99 (ms) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...loads.flatMap((l) =>
      l.runs.map(
        (r) =>
          `| ${l.backend} | ${r.offeredRate ? `${r.offeredRate}/s, ${r.connections} conn.` : `saturated, ${r.connections} conn.`} | ${r.requests} | ${r.errors} | ${r.non2xx} | ${r.throughputPerSecond.toFixed(0)} | ${r.latencyMs.p50} | ${r.latencyMs.p90} | ${r.latencyMs.p99} |`,
      ),
    ),
    '',
    ...loads.map((l) => `In-process on ${l.backend}: p50 ${l.inProcessMs.p50.toFixed(2)} ms, p99 ${l.inProcessMs.p99.toFixed(2)} ms.`),
    '',
  ]);
}

if (wants('search')) {
  // Its own process: peak memory (model, both indexes, 20k chunks) belongs to it alone.
  console.log('chatbot search at 20,000 chunks…');
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'bot/bench/search-scale.ts'), `--chunks=${quick ? 5000 : 20000}`, '--json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const search = JSON.parse(out) as SearchScaleResult;
  saveSection('search', search, [searchScaleMarkdown(search)]);
}

if (wants('chat')) {
  // 1,000 newcomers chatting for a minute, on one instance and across two sharing the database
  // (each answer then crosses instances through NOTIFY). PostgreSQL when configured, else PGlite.
  const server = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  const runs: WsLoadReport[] = [];
  for (const instances of [1, 2] as const) {
    console.log(`chat load, ${instances} instance(s)…`);
    runs.push(await runWsLoad({ connections: 1000, durationMs: quick ? 15_000 : 60_000, instances, databaseUrl: server }));
  }
  saveSection('chat', runs, [
    '## Chat under load (WebSocket)',
    '',
    'Method: `server/chat/bench/ws-load.ts` starts one or two real chat instances on loopback with an instant stand-in bot (so the figures are the chat path: validation, write to PostgreSQL before delivery, NOTIFY, delivery), opens 1,000 newcomer sockets that each send a message, wait for the answer, think about 5 s and repeat; with two instances every conversation also has a reader socket on the other instance, and an answer counts only when every socket got it exactly once. Load clients and servers share one process and the 2 cores.',
    '',
    '| database | instances | connections | messages | answered | lost | duplicates | p50 (ms) | p99 (ms) | messages/s |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...runs.map((r) => `| ${r.backend} | ${r.instances} | ${r.connections} | ${r.messagesSent} | ${r.answered} | ${r.lost} | ${r.duplicates} | ${r.p50Ms.toFixed(1)} | ${r.p99Ms.toFixed(1)} | ${r.messagesPerSecond.toFixed(0)} |`),
    '',
  ]);
}

mkdirSync(path.join(root, 'bench/results'), { recursive: true });
const parts = SECTIONS.map((s) => path.join(resultsDir, `${s}.md`)).filter((f) => existsSync(f)).map((f) => readFileSync(f, 'utf8'));
const report = ['# Benchmark results', '', 'Written by `npm run bench`; each section shows when and where it last ran.', '', ...parts].join('\n');
writeFileSync(path.join(root, 'bench/RESULTS.md'), report);
console.log(report);
