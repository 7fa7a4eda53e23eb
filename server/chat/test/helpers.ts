/** Test fixtures for the chat: a deterministic bot double, app instances on one database, a WebSocket client. */
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import { openPostgres, type Db } from '../../../knowledge/db/index.ts';
import { authRoutes } from '../../auth/plugin.ts';
import { createStaff, logIn, type Role } from '../../auth/staff.ts';
import type { BotReply, ChatBot } from '../bot-port.ts';
import { chatPlugin, type ChatPluginOptions } from '../plugin.ts';
import { registerSecurity } from '../security.ts';

export const backend = process.env.DATABASE_URL ? 'postgres' : 'pglite';

/**
 * TEST DOUBLE of the bot: answers by keyword, deterministically.
 * "person" → asks for a human; "crisis" → crisis; "refer <service id>" → referral request;
 * "unsure" → low confidence; "explode" → throws; "slowly" → answers after 300 ms; anything else → a cited answer.
 */
export class FakeBot implements ChatBot {
  calls = 0;
  async reply(input: { conversationId: string; text: string; language?: string }): Promise<BotReply> {
    this.calls++;
    const t = input.text.toLowerCase();
    const base: BotReply = {
      text: `Here is what I found (${t.length} characters asked).`,
      language: input.language ?? 'en',
      direction: input.language === 'ar' ? 'rtl' : 'ltr',
      sources: [{ title: 'Getting a health card', url: 'https://example.org/health-card' }],
      serviceCards: [{ serviceId: 'svc-1', name: 'Newcomer Health Clinic', organization: 'Test Org' }],
      intent: 'question',
      confidence: 0.9,
      urgent: false,
    };
    if (t.includes('explode')) throw new Error('bot failure');
    if (t.includes('slowly')) await new Promise((r) => setTimeout(r, 300));
    if (t.includes('person')) return { ...base, text: 'I will find someone for you.', intent: 'ask_for_person', sources: [], serviceCards: [], handoff: { reason: 'asked' } };
    if (t.includes('crisis')) return { ...base, text: 'If you are in danger call 911.', intent: 'crisis', urgent: true, handoff: { reason: 'crisis' } };
    const refer = /refer (\S+)/.exec(t);
    if (refer) return { ...base, intent: 'request_referral', handoff: { reason: 'referral_request', referral: { serviceId: refer[1], text: 'wants a referral' } } };
    if (t.includes('unsure')) return { ...base, confidence: 0.1, handoff: { reason: 'low_confidence' } };
    return base;
  }
}

/** Minimal world: two agencies on two sites, a client, a service. */
export async function seedWorld(db: Db): Promise<void> {
  await db.exec(`
    INSERT INTO site (id, name) VALUES ('windsor', 'Windsor'), ('ottawa', 'Ottawa');
    INSERT INTO agency (id, name, site_id) VALUES ('ag-a', 'Agency A', 'windsor'), ('ag-b', 'Agency B', 'ottawa');
    INSERT INTO client (id, agency_id, site_id, age_band, immigration_status, languages, household_size, children, arrival_date)
      VALUES ('client-1', 'ag-a', 'windsor', '25-34', 'refugee_claimant', '{ar,en}', 3, 1, '2024-05-01'),
             ('client-b', 'ag-b', 'ottawa', '35-44', 'permanent_resident', '{es}', 2, 0, NULL);
    INSERT INTO organization (id, name) VALUES ('org-1', 'Test Org');
    INSERT INTO service (id, organization_id, name) VALUES ('svc-1', 'org-1', 'Newcomer Health Clinic');
  `);
}

export const PASSWORD = 'correct horse battery';

/** Staff accounts with sessions: returns id → bearer token. */
export async function seedStaff(db: Db, people: [id: string, role: Role, agency: string][]): Promise<Record<string, string>> {
  const tokens: Record<string, string> = {};
  for (const [id, role, agency] of people) {
    await createStaff(db, { id, email: `${id}@example.org`, displayName: `Name of ${id}`, role, agencyId: agency, password: PASSWORD });
    tokens[id] = (await logIn(db, `${id}@example.org`, PASSWORD))!.token;
  }
  return tokens;
}

export interface Instance {
  app: FastifyInstance;
  base: string;
  ws: string;
  db: Db;
  bot: FakeBot;
}

/** A chat app like the lead will wire it: security first, then auth routes and the chat plugin. */
export async function startInstance(db: Db, options: Partial<ChatPluginOptions> = {}, security: { widgetOrigins?: string[] } = {}): Promise<Instance> {
  const app = Fastify({ logger: false, ajv: { customOptions: { removeAdditional: false, coerceTypes: false } } });
  const widgetOrigins = security.widgetOrigins ?? ['https://widget.example.org'];
  await registerSecurity(app, { widgetOrigins });
  await app.register(authRoutes, { db });
  const bot = new FakeBot();
  await app.register(chatPlugin, { db, bot, widgetOrigins, ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  return { app, base: `http://127.0.0.1:${port}`, ws: `ws://127.0.0.1:${port}`, db, bot };
}

/**
 * A second connection to the same database, as a second instance would have: on PostgreSQL a
 * separate pool to the test database; on PGlite (one process, in memory) the same Db.
 */
export async function secondDb(db: Db): Promise<{ db: Db; close(): Promise<void> }> {
  if (db.backend === 'pglite') return { db, close: async () => {} };
  const { rows } = await db.query<{ name: string }>('SELECT current_database() AS name');
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${rows[0].name}`;
  const other = openPostgres(url.toString(), { max: 4 });
  return { db: other, close: () => other.close() };
}

export async function newConversation(base: string, body: Record<string, unknown> = { agencyId: 'ag-a' }): Promise<{ conversationId: string; token: string }> {
  const res = await fetch(`${base}/api/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`POST /api/conversations: ${res.status} ${await res.text()}`);
  return res.json() as Promise<{ conversationId: string; token: string }>;
}

export type Frame = Record<string, any> & { type: string };

/** A WebSocket client that keeps every frame it received and can wait for one. */
export class Client {
  frames: Frame[] = [];
  closed: { code: number; reason: string } | null = null;
  private waiters: { pred: (f: Frame) => boolean; resolve: (f: Frame) => void; from: number }[] = [];
  private closeWaiters: ((c: { code: number; reason: string }) => void)[] = [];
  private n = 0;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const f = JSON.parse(data.toString()) as Frame;
      this.frames.push(f);
      this.waiters = this.waiters.filter((w) => {
        if (w.pred(f)) {
          w.resolve(f);
          return false;
        }
        return true;
      });
    });
    socket.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      for (const w of this.closeWaiters.splice(0)) w(this.closed);
    });
    socket.on('error', () => {});
  }

  static open(url: string, headers: Record<string, string> = {}): Promise<Client> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers });
      const c = new Client(ws);
      ws.once('open', () => resolve(c));
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    });
  }

  nextId(prefix = 'm'): string {
    return `${prefix}-${++this.n}-${Math.random().toString(36).slice(2, 8)}`;
  }

  sendRaw(data: string | Buffer): void {
    this.socket.send(data);
  }

  send(frame: Record<string, unknown>): string {
    const id = (frame.id as string) ?? this.nextId();
    this.socket.send(JSON.stringify({ ...frame, id }));
    return id;
  }

  /** Sends a frame and waits for its ack or error. */
  async request(frame: Record<string, unknown>, timeoutMs = 5000): Promise<Frame> {
    const from = this.frames.length;
    const id = this.send(frame);
    return this.waitFor((f) => (f.type === 'ack' || f.type === 'error') && f.id === id, timeoutMs, from);
  }

  /** The first frame (from index `from`, default: any received so far) matching `pred`. */
  waitFor(pred: (f: Frame) => boolean, timeoutMs = 5000, from = 0): Promise<Frame> {
    const seen = this.frames.slice(from).find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching frame in ${timeoutMs} ms; got ${JSON.stringify(this.frames.slice(-5))}`)), timeoutMs);
      this.waiters.push({ pred, from, resolve: (f) => (clearTimeout(timer), resolve(f)) });
    });
  }

  waitClose(timeoutMs = 5000): Promise<{ code: number; reason: string }> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('socket did not close')), timeoutMs);
      this.closeWaiters.push((c) => (clearTimeout(timer), resolve(c)));
    });
  }

  /** Event frames (message/status/note) in arrival order. */
  events(): Frame[] {
    return this.frames.filter((f) => f.type === 'message' || f.type === 'status' || f.type === 'note');
  }

  close(): void {
    this.socket.close();
  }
}

export async function newcomer(inst: Instance, conv: { token: string }, lastSeq?: number): Promise<Client> {
  const c = await Client.open(`${inst.ws}/ws/newcomer`);
  const ack = await c.request({ type: 'hello', token: conv.token, ...(lastSeq !== undefined ? { lastSeq } : {}) });
  if (ack.type !== 'ack') throw new Error(`hello refused: ${JSON.stringify(ack)}`);
  return c;
}

export async function advisor(inst: Instance, token: string, extra: Record<string, unknown> = {}): Promise<Client> {
  const c = await Client.open(`${inst.ws}/ws/staff`);
  const ack = await c.request({ type: 'hello', token, ...extra });
  if (ack.type !== 'ack') throw new Error(`hello refused: ${JSON.stringify(ack)}`);
  await c.waitFor((f) => f.type === 'welcome');
  return c;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Asserts the stored log of a conversation is sound: seqs 1..last_seq without gaps, client ids unique. */
export async function logIsSound(db: Db, conversationId: string): Promise<{ events: number; lastSeq: number }> {
  // One statement, one snapshot: a reply still being written (the bot answering an admitted message)
  // must not commit between reading the events and reading last_seq.
  const { rows } = await db.query<{ last_seq: number; seqs: string }>(
    `SELECT c.last_seq::int AS last_seq, coalesce(string_agg(e.seq::text, ',' ORDER BY e.seq), '') AS seqs
       FROM conversation c LEFT JOIN chat_event e ON e.conversation_id = c.id
      WHERE c.id = $1 GROUP BY c.last_seq`,
    [conversationId],
  );
  const lastSeq = Number(rows[0].last_seq);
  const seqs = rows[0].seqs ? rows[0].seqs.split(',').map(Number) : [];
  const expected = Array.from({ length: lastSeq }, (_, i) => i + 1);
  if (JSON.stringify(seqs) !== JSON.stringify(expected)) throw new Error(`log has gaps or extras: ${seqs.join(',')} vs last_seq ${lastSeq}`);
  return { events: seqs.length, lastSeq };
}
