import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../knowledge/db/index.ts';
import { createTestDb, type TestDb } from '../../../knowledge/db/testing.ts';
import { CLOSE, MAX_FRAME_BYTES, MAX_TEXT_CHARS, errorFrame } from '../protocol.ts';
import { Client, advisor, backend, logIsSound, newcomer, newConversation, seedStaff, seedWorld, sleep, startInstance, type Instance } from './helpers.ts';

const OPEN = () => new Date('2025-01-15T15:00:00Z');
const KNOWN = ['hello', 'send', 'typing', 'request_human', 'end', 'ping', 'take', 'reply', 'note', 'close', 'transfer', 'resume', 'refer', 'presence', 'filter'];

/** Arbitrary frames: JSON of any shape, near-valid frames with wrong fields, unknown types, huge texts, not-JSON. */
const frameArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
  fc.record(
    {
      type: fc.oneof(fc.constantFrom(...KNOWN), fc.string({ maxLength: 20 })),
      id: fc.oneof(fc.string({ maxLength: 80 }), fc.integer(), fc.constant(undefined)),
      text: fc.oneof(fc.string({ maxLength: 50 }), fc.string({ minLength: MAX_TEXT_CHARS - 5, maxLength: MAX_TEXT_CHARS + 50 }), fc.integer(), fc.constant(null)),
      conversationId: fc.oneof(fc.uuid(), fc.string({ maxLength: 70 })),
      active: fc.oneof(fc.boolean(), fc.string()),
      mode: fc.oneof(fc.constantFrom('live', 'message', 'callback'), fc.string({ maxLength: 10 })),
      lastSeq: fc.oneof(fc.integer({ min: -5, max: 1000 }), fc.double()),
      extra: fc.anything({ maxDepth: 2 }),
    },
    { requiredKeys: ['type'] },
  ).map((o) => JSON.stringify(o)),
);

describe(`chat robustness (${backend})`, () => {
  let test: TestDb;
  let db: Db;
  let loose: Instance;
  let strict: Instance;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    test = await createTestDb();
    db = test.db;
    await seedWorld(db);
    tokens = await seedStaff(db, [['adv', 'advisor', 'ag-a']]);
    // Flood control off for the fuzzing instance (it sends as fast as it can); default limits on the other.
    loose = await startInstance(db, { now: OPEN, limits: { framesPerSecond: 1e6, burst: 1e6, maxStrikes: 1e9 } });
    strict = await startInstance(db, { now: OPEN, limits: { helloTimeoutMs: 300 } });
  }, 120_000);

  afterAll(async () => {
    await loose?.app.close();
    await strict?.app.close();
    await test?.drop();
  });

  it('any frame gets an ack or a typed error, the server stays up, and the stored log stays sound (property)', async () => {
    const conv = await newConversation(loose.base);
    const user = await newcomer(loose, conv);
    const staff = await advisor(loose, tokens.adv);
    await fc.assert(
      fc.asyncProperty(fc.array(frameArb, { minLength: 1, maxLength: 15 }), async (frames) => {
        for (const target of [user, staff]) {
          const from = target.frames.length;
          for (const f of frames) target.sendRaw(f);
          // A ping behind them proves every frame before it was handled (frames are handled in order).
          const pong = await target.request({ type: 'ping' }, 10_000);
          expect(pong.type).toBe('ack');
          for (const f of target.frames.slice(from)) if (f.type === 'error') errorFrame.parse(f);
          expect(target.closed).toBeNull();
        }
      }),
      { numRuns: 40 },
    );
    await sleep(200);
    await logIsSound(db, conv.conversationId);
    // Every stored newcomer message was acknowledged to the sender, with its seq.
    const stored = await db.query<{ seq: number; client_msg_id: string | null }>(`SELECT seq, client_msg_id FROM chat_event WHERE conversation_id = $1 AND author = 'newcomer'`, [conv.conversationId]);
    const acked = new Map(user.frames.filter((f) => f.type === 'ack').map((f) => [f.id, f.seq]));
    for (const r of stored.rows) expect(acked.get(r.client_msg_id!)).toBe(r.seq);
    user.close();
    staff.close();
  }, 120_000);

  it('names the problem: bad JSON, unknown type, invalid field, text too long, frames before hello', async () => {
    const conv = await newConversation(loose.base);
    const c = await Client.open(`${loose.ws}/ws/newcomer`);
    expect(await c.request({ type: 'send', text: 'hi' })).toMatchObject({ code: 'hello_first' });
    await c.request({ type: 'hello', token: conv.token });
    c.sendRaw('{not json');
    expect(await c.waitFor((f) => f.type === 'error' && f.code === 'bad_json')).toBeTruthy();
    expect(await c.request({ type: 'dance' })).toMatchObject({ code: 'unknown_type' });
    expect(await c.request({ type: 'send', text: 42 })).toMatchObject({ code: 'invalid_frame' });
    expect(await c.request({ type: 'send', text: 'x'.repeat(MAX_TEXT_CHARS + 1) })).toMatchObject({ code: 'too_long' });
    expect(await c.request({ type: 'hello', token: conv.token })).toMatchObject({ code: 'already_hello' });
    const n = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM chat_event WHERE conversation_id = $1', [conv.conversationId]);
    expect(n.rows[0].n).toBe(0);
    c.close();
  });

  it('an oversized frame closes the socket with 1009; the server keeps serving', async () => {
    const conv = await newConversation(strict.base);
    const c = await newcomer(strict, conv);
    c.sendRaw(JSON.stringify({ type: 'send', id: 'big', text: 'x'.repeat(MAX_FRAME_BYTES) }));
    expect((await c.waitClose()).code).toBe(CLOSE.tooBig);
    const again = await newcomer(strict, conv);
    expect((await again.request({ type: 'send', text: 'still there?' })).type).toBe('ack');
    again.close();
  });

  it('a flood gets rate_limited errors, then a 1008 close; nothing of it is stored twice', async () => {
    const conv = await newConversation(strict.base);
    const c = await newcomer(strict, conv);
    for (let i = 0; i < 200; i++) c.sendRaw(JSON.stringify({ type: 'send', id: `flood-${i}`, text: `message ${i}` }));
    expect((await c.waitClose()).code).toBe(CLOSE.policy);
    expect(c.frames.some((f) => f.type === 'error' && f.code === 'rate_limited')).toBe(true);
    await sleep(300);
    const stored = await db.query<{ client_msg_id: string }>(`SELECT client_msg_id FROM chat_event WHERE conversation_id = $1 AND author = 'newcomer'`, [conv.conversationId]);
    // Frames admitted before the close may be stored without their ack reaching the client (it resends, and
    // the id makes that a duplicate); nothing is stored twice or out of thin air.
    const ids = stored.rows.map((r) => r.client_msg_id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(200);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^flood-\d+$/);
    await logIsSound(db, conv.conversationId);
    const fresh = await newcomer(strict, await newConversation(strict.base));
    expect((await fresh.request({ type: 'ping' })).type).toBe('ack');
    fresh.close();
  });

  it('a socket that never says hello is closed with 4008', async () => {
    const c = await Client.open(`${strict.ws}/ws/newcomer`);
    expect((await c.waitClose(3000)).code).toBe(CLOSE.helloTimeout);
  });
});
