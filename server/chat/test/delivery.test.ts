import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../knowledge/db/index.ts';
import { createTestDb, type TestDb } from '../../../knowledge/db/testing.ts';
import { CLOSE } from '../protocol.ts';
import { Client, advisor, backend, logIsSound, newcomer, newConversation, secondDb, seedStaff, seedWorld, sleep, startInstance, type Instance } from './helpers.ts';

const OPEN = () => new Date('2025-01-15T15:00:00Z');

/** Nothing lost, nothing twice: reconnects, retried frames, races and restarts, across two instances. */
describe(`chat delivery guarantees (${backend})`, () => {
  let test: TestDb;
  let db: Db;
  let other: { db: Db; close(): Promise<void> };
  let a: Instance;
  let b: Instance;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    test = await createTestDb();
    db = test.db;
    await seedWorld(db);
    tokens = await seedStaff(db, [
      ['adv-1', 'advisor', 'ag-a'],
      ['adv-2', 'advisor', 'ag-a'],
    ]);
    other = await secondDb(db);
    a = await startInstance(db, { now: OPEN });
    b = await startInstance(other.db, { now: OPEN });
  }, 120_000);

  afterAll(async () => {
    await a?.app.close();
    await b?.app.close();
    await other?.close();
    await test?.drop();
  });

  const visibleEvents = async (conversationId: string) =>
    (await db.query<{ seq: number }>(`SELECT seq FROM chat_event WHERE conversation_id = $1 AND audience = 'all' ORDER BY seq`, [conversationId])).rows.map((r) => r.seq);

  it('a newcomer who drops mid-exchange and reconnects elsewhere with the last seq sees every message exactly once', async () => {
    const conv = await newConversation(a.base);
    const staff = await advisor(b, tokens['adv-1']);
    const first = await newcomer(a, conv);
    await first.request({ type: 'send', text: 'a first question' });
    await first.waitFor((f) => f.type === 'message' && f.author === 'bot');
    await first.request({ type: 'request_human', mode: 'live' });
    await staff.waitFor((f) => f.type === 'queue' && f.items.some((i: any) => i.conversationId === conv.conversationId));
    await staff.request({ type: 'take', conversationId: conv.conversationId });
    await first.waitFor((f) => f.type === 'status' && f.status === 'advisor');

    // Mid-exchange: a frame goes out and the connection dies before its ack can arrive.
    const lost = first.nextId('lost');
    first.send({ type: 'send', id: lost, text: 'are you still there?' });
    first.socket.terminate();
    const lastSeen = Math.max(...first.events().map((f) => f.seq));
    // Meanwhile the advisor keeps writing.
    for (let i = 0; i < 5; i++) await staff.request({ type: 'reply', conversationId: conv.conversationId, text: `reply ${i}` });

    // Back, on the other instance, with the last seq it saw; the unacknowledged frame is sent again with the same id.
    const second = await newcomer(b, conv, lastSeen);
    const again = await second.request({ type: 'send', id: lost, text: 'are you still there?' });
    expect(again.type).toBe('ack');
    await second.waitFor((f) => f.type === 'message' && f.text === 'reply 4');
    await sleep(100);

    const seen = [...first.events(), ...second.events()].map((f) => f.seq);
    expect(seen).toEqual(await visibleEvents(conv.conversationId));
    const stored = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM chat_event WHERE conversation_id = $1 AND client_msg_id = $2', [conv.conversationId, lost]);
    expect(stored.rows[0].n).toBe(1);
    await logIsSound(db, conv.conversationId);
    second.close();
    staff.close();
  });

  it('a repeated client message id is acknowledged as a duplicate and stored once, even sent concurrently from two sockets', async () => {
    const conv = await newConversation(a.base);
    const s1 = await newcomer(a, conv);
    const s2 = await newcomer(b, conv);
    const id = 'same-id-1';
    const [r1, r2] = await Promise.all([s1.request({ type: 'send', id, text: 'hello twice' }), s2.request({ type: 'send', id, text: 'hello twice' })]);
    expect([r1.type, r2.type]).toEqual(['ack', 'ack']);
    expect(r1.seq).toBe(r2.seq);
    expect([r1.duplicate ?? false, r2.duplicate ?? false].sort()).toEqual([false, true]);
    await s1.waitFor((f) => f.type === 'message' && f.author === 'bot');
    await sleep(100);
    const n = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM chat_event WHERE conversation_id = $1 AND author = 'newcomer'`, [conv.conversationId]);
    expect(n.rows[0].n).toBe(1);
    // One question, one answer (the duplicate is not answered again).
    const bots = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM chat_event WHERE conversation_id = $1 AND author = 'bot'`, [conv.conversationId]);
    expect(bots.rows[0].n).toBe(1);
    // Both sockets of the same conversation saw the same events.
    expect(s1.events().map((f) => f.seq)).toEqual(s2.events().map((f) => f.seq));
    s1.close();
    s2.close();
  });

  it('two advisors on two instances race to take each of 10 chats: exactly one wins each time', async () => {
    const c1 = await advisor(a, tokens['adv-1']);
    const c2 = await advisor(b, tokens['adv-2']);
    const wins: Record<string, number> = { 'adv-1': 0, 'adv-2': 0 };
    for (let i = 0; i < 10; i++) {
      const conv = await newConversation(a.base);
      const user = await newcomer(a, conv);
      await user.request({ type: 'request_human', mode: 'live' });
      const [r1, r2] = await Promise.all([c1.request({ type: 'take', conversationId: conv.conversationId }), c2.request({ type: 'take', conversationId: conv.conversationId })]);
      const results = [r1, r2].map((r) => (r.type === 'ack' ? 'won' : r.code));
      expect(results.sort()).toEqual(['not_available', 'won']);
      const winner = r1.type === 'ack' ? 'adv-1' : 'adv-2';
      wins[winner]++;
      const row = await db.query<{ advisor_id: string }>('SELECT advisor_id FROM conversation WHERE id = $1', [conv.conversationId]);
      expect(row.rows[0].advisor_id).toBe(winner);
      const taken = await db.query<{ taken_by: string }>('SELECT taken_by FROM handoff WHERE conversation_id = $1', [conv.conversationId]);
      expect(taken.rows).toEqual([{ taken_by: winner }]);
      const joins = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM chat_event WHERE conversation_id = $1 AND kind = 'status' AND data->>'status' = 'advisor'`, [conv.conversationId]);
      expect(joins.rows[0].n).toBe(1);
      await user.waitFor((f) => f.type === 'status' && f.status === 'advisor');
      user.close();
    }
    expect(wins['adv-1'] + wins['adv-2']).toBe(10);
    c1.close();
    c2.close();
  });

  it('graceful shutdown: in-flight work is finished and stored, sockets get a reconnect hint and close 1012, nothing is lost', async () => {
    const c = await startInstance(db, { now: OPEN, retryAfterMs: 250 });
    const conv = await newConversation(c.base);
    const user = await newcomer(c, conv);
    const ack = await user.request({ type: 'send', text: 'answer me slowly please' });
    expect(ack.type).toBe('ack');
    const closing = c.app.close();
    expect(await user.waitFor((f) => f.type === 'reconnect')).toEqual({ type: 'reconnect', retryAfterMs: 250 });
    expect((await user.waitClose()).code).toBe(CLOSE.restart);
    await closing;
    // The slow answer was stored before the instance went away (delivered before the close, or after the reconnect).
    const answered = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM chat_event WHERE conversation_id = $1 AND author = 'bot'`, [conv.conversationId]);
    expect(answered.rows[0].n).toBe(1);
    const back = await newcomer(a, conv, Math.max(0, ...user.events().map((f) => f.seq)));
    await sleep(100);
    const seen = [...user.events(), ...back.events()];
    expect(seen.filter((f) => f.author === 'bot' && f.replyTo?.seq === ack.seq)).toHaveLength(1);
    expect(seen.map((f) => f.seq)).toEqual(await visibleEvents(conv.conversationId));
    back.close();
  });

  it('after a server restart the advisor resumes a held conversation from the last seq', async () => {
    const conv = await newConversation(a.base);
    const user = await newcomer(a, conv);
    await user.request({ type: 'request_human', mode: 'live' });
    const staff = await advisor(b, tokens['adv-1']);
    await staff.request({ type: 'take', conversationId: conv.conversationId });
    const transcript = await staff.waitFor((f) => f.type === 'transcript');
    staff.socket.terminate();
    await user.request({ type: 'send', text: 'message while the advisor was away' });
    const again = await advisor(a, tokens['adv-1']);
    const welcome = await again.waitFor((f) => f.type === 'welcome');
    expect(welcome.holding.map((h: any) => h.conversationId)).toContain(conv.conversationId);
    expect((await again.request({ type: 'resume', conversationId: conv.conversationId, lastSeq: transcript.seq })).type).toBe('ack');
    const got = await again.waitFor((f) => f.type === 'message' && f.text === 'message while the advisor was away');
    expect(got.seq).toBe(transcript.seq + 1);
    user.close();
    again.close();
  });
});
