/**
 * WebSocket load on loopback: N concurrent newcomer connections each sending a message, waiting
 * for the answer and pausing, for a set duration, against one app instance or two on one
 * database. Reports answer latency (send → bot answer received) and messages lost (must be 0).
 *
 * With two instances every conversation also has a reader socket on the other instance, so each
 * answer has to cross instances through PostgreSQL NOTIFY; a message counts as delivered only
 * when both sockets got its answer, exactly once.
 *
 * The bot is a bench double answering at once: this measures the chat (storage, ordering,
 * fan-out), not the retrieval.
 */
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import { migrate, openPglite, openPostgres, type Db } from '../../../knowledge/db/index.ts';
import { createScratchDatabase } from '../../../knowledge/db/testing.ts';
import type { BotReply, ChatBot } from '../bot-port.ts';
import { chatPlugin } from '../plugin.ts';
import { createConversation } from '../store.ts';

export interface WsLoadOptions {
  connections?: number;
  durationMs?: number;
  instances?: 1 | 2;
  /** Pause after each answer before the next message, per connection (jittered ±50%). */
  thinkMs?: number;
  /** PostgreSQL URL; without it an in-memory PGlite (both instances then share its one connection). */
  databaseUrl?: string;
  /** How long to wait for answers still under way when the duration ends. */
  settleMs?: number;
  bot?: ChatBot;
  log?: (line: string) => void;
}

export interface WsLoadReport {
  backend: 'postgres' | 'pglite';
  instances: number;
  connections: number;
  durationMs: number;
  messagesSent: number;
  answered: number;
  /** Sent messages whose answer never reached every socket of the conversation. */
  lost: number;
  /** Frames with a seq a socket had already seen. */
  duplicates: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  messagesPerSecond: number;
}

/** BENCH DOUBLE of the bot: a fixed cited answer, at once. */
export class InstantBot implements ChatBot {
  async reply(input: { text: string; language?: string }): Promise<BotReply> {
    return {
      text: `You asked ${input.text.length} characters; here is a cited answer.`,
      language: input.language ?? 'en',
      direction: 'ltr',
      sources: [{ title: 'Getting a health card', url: 'https://example.org/health-card' }],
      serviceCards: [],
      intent: 'question',
      confidence: 0.9,
      urgent: false,
    };
  }
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function openDatabase(url: string | undefined): Promise<{ dbs: Db[]; close(): Promise<void>; backend: 'postgres' | 'pglite' }> {
  if (!url) {
    const db = await openPglite();
    await migrate(db);
    return { dbs: [db, db], backend: 'pglite', close: () => db.close() };
  }
  const scratch = await createScratchDatabase(url, 'wf_bench');
  const dbs = [openPostgres(scratch.url, { max: 10 }), openPostgres(scratch.url, { max: 10 })];
  await migrate(dbs[0]);
  return {
    dbs,
    backend: 'postgres',
    async close() {
      for (const d of dbs) await d.close();
      await scratch.drop();
    },
  };
}

interface Socket {
  ws: WebSocket;
  seen: Set<number>;
}

function connect(url: string, token: string, onFrame: (f: any) => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on('message', (data) => onFrame(JSON.parse(data.toString())));
    ws.once('error', reject);
    ws.once('open', () => {
      ws.send(JSON.stringify({ type: 'hello', id: 'hello', token }));
    });
    const onWelcome = (data: WebSocket.RawData) => {
      if (JSON.parse(data.toString()).type === 'welcome') {
        ws.off('message', onWelcome);
        resolve(ws);
      }
    };
    ws.on('message', onWelcome);
  });
}

export async function runWsLoad(options: WsLoadOptions = {}): Promise<WsLoadReport> {
  const n = options.connections ?? 1000;
  const durationMs = options.durationMs ?? 60_000;
  const instanceCount = options.instances ?? 1;
  const thinkMs = options.thinkMs ?? 5000;
  const log = options.log ?? (() => {});
  const database = await openDatabase(options.databaseUrl);
  const apps: FastifyInstance[] = [];
  const sockets: WebSocket[] = [];
  try {
    const db = database.dbs[0];
    await db.exec(`INSERT INTO site (id, name) VALUES ('bench', 'Bench') ON CONFLICT DO NOTHING;
                   INSERT INTO agency (id, name, site_id) VALUES ('ag-bench', 'Bench agency', 'bench') ON CONFLICT DO NOTHING;`);
    const urls: string[] = [];
    for (let i = 0; i < instanceCount; i++) {
      const app = Fastify({ logger: false });
      await app.register(chatPlugin, {
        db: database.dbs[i],
        bot: options.bot ?? new InstantBot(),
        limits: { framesPerSecond: 20, burst: 40 },
      });
      await app.listen({ host: '127.0.0.1', port: 0 });
      apps.push(app);
      urls.push(`ws://127.0.0.1:${(app.server.address() as AddressInfo).port}/ws/newcomer`);
    }

    const sentAt = new Map<string, number>();
    const answeredBy = new Map<string, number>();
    const latencies: number[] = [];
    let duplicates = 0;
    let errors = 0;
    let sent = 0;
    let stopping = false;
    const readersPer = instanceCount === 2 ? 2 : 1;
    const startedAt = { t: 0 };

    log(`opening ${n} connections on ${instanceCount} instance(s) (${database.backend})…`);
    const conns: { sender: WebSocket; conversationId: string; next: () => void }[] = [];
    const BATCH = 50;
    for (let start = 0; start < n; start += BATCH) {
      await Promise.all(
        Array.from({ length: Math.min(BATCH, n - start) }, async (_, k) => {
          const i = start + k;
          const { conversation, token } = await createConversation(db, { agencyId: 'ag-bench' });
          let counter = 0;
          const state: Socket[] = [];
          const onFrame = (socketState: Socket, isSender: boolean) => (f: any) => {
            if (f.type === 'error') errors++;
            if (typeof f.seq === 'number' && (f.type === 'message' || f.type === 'status')) {
              if (socketState.seen.has(f.seq)) duplicates++;
              socketState.seen.add(f.seq);
            }
            if (f.type === 'message' && f.author === 'bot' && f.replyTo?.clientMsgId) {
              const id = f.replyTo.clientMsgId as string;
              const got = (answeredBy.get(id) ?? 0) + 1;
              answeredBy.set(id, got);
              if (isSender) {
                latencies.push(performance.now() - sentAt.get(id)!);
                const pause = thinkMs * (0.5 + Math.random());
                setTimeout(() => conn.next(), pause);
              }
            }
          };
          const senderState: Socket = { ws: null as unknown as WebSocket, seen: new Set() };
          senderState.ws = await connect(urls[i % instanceCount], token, onFrame(senderState, true));
          state.push(senderState);
          if (readersPer === 2) {
            const readerState: Socket = { ws: null as unknown as WebSocket, seen: new Set() };
            readerState.ws = await connect(urls[(i + 1) % instanceCount], token, onFrame(readerState, false));
            state.push(readerState);
          }
          sockets.push(...state.map((s) => s.ws));
          const conn = {
            sender: senderState.ws,
            conversationId: conversation.id,
            next: () => {
              if (stopping || senderState.ws.readyState !== WebSocket.OPEN) return;
              const id = `c${i}-${++counter}`;
              sentAt.set(id, performance.now());
              sent++;
              senderState.ws.send(JSON.stringify({ type: 'send', id, text: `Question ${counter} from connection ${i}: how do I get a health card?` }));
            },
          };
          conns.push(conn);
        }),
      );
    }
    log(`${sockets.length} sockets open; sending for ${durationMs / 1000} s…`);
    startedAt.t = performance.now();
    // Staggered over one think time, so the run starts at its steady rate instead of with every connection at once.
    for (const c of conns) setTimeout(() => c.next(), Math.random() * thinkMs);
    await new Promise((r) => setTimeout(r, durationMs));
    stopping = true;
    const deadline = performance.now() + (options.settleMs ?? 15_000);
    const complete = () => [...sentAt.keys()].every((id) => (answeredBy.get(id) ?? 0) >= readersPer);
    while (!complete() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const elapsed = performance.now() - startedAt.t;

    let lost = 0;
    for (const id of sentAt.keys()) if ((answeredBy.get(id) ?? 0) < readersPer) lost++;
    const sorted = latencies.sort((x, y) => x - y);
    const report: WsLoadReport = {
      backend: database.backend,
      instances: instanceCount,
      connections: n,
      durationMs,
      messagesSent: sent,
      answered: sent - lost,
      lost,
      duplicates,
      errors,
      p50Ms: Math.round(percentile(sorted, 0.5) * 10) / 10,
      p99Ms: Math.round(percentile(sorted, 0.99) * 10) / 10,
      maxMs: Math.round((sorted.at(-1) ?? 0) * 10) / 10,
      messagesPerSecond: Math.round((sent / elapsed) * 1000 * 10) / 10,
    };
    // Cross-check with the database: every message sent was stored exactly once.
    const stored = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM chat_event WHERE author = 'newcomer'`);
    if (stored.rows[0].n !== sent) log(`warning: ${stored.rows[0].n} newcomer messages stored for ${sent} sent`);
    return report;
  } finally {
    for (const s of sockets) s.terminate();
    for (const app of apps) await app.close().catch(() => {});
    await database.close();
  }
}

// `npx tsx server/chat/bench/ws-load.ts [connections] [seconds] [instances]`
if (import.meta.url === `file://${process.argv[1]}`) {
  const [connections, seconds, instances] = process.argv.slice(2).map(Number);
  const report = await runWsLoad({
    connections: connections || 1000,
    durationMs: (seconds || 60) * 1000,
    instances: instances === 2 ? 2 : 1,
    databaseUrl: process.env.DATABASE_URL,
    log: (l) => console.error(l),
  });
  console.log(JSON.stringify(report, null, 2));
}
