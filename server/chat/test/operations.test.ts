import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../knowledge/db/index.ts';
import { createTestDb, type TestDb } from '../../../knowledge/db/testing.ts';
import { DEFAULT_OFFICE_HOURS, officeStatus, zonedInstant } from '../office-hours.ts';
import { queueFrame } from '../protocol.ts';
import { runRetention } from '../retention.ts';
import { advisor, backend, newcomer, newConversation, seedStaff, seedWorld, startInstance, type Instance } from './helpers.ts';

describe('office hours (pure)', () => {
  const hours = { ...DEFAULT_OFFICE_HOURS, holidays: ['2025-07-01'] };

  it('is open on a weekday morning in Toronto and closed in the evening, with the next opening', () => {
    expect(officeStatus(hours, new Date('2025-01-15T15:00:00Z'))).toEqual({ open: true }); // Wed 10:00 EST
    const evening = officeStatus(hours, new Date('2025-01-15T23:30:00Z')); // Wed 18:30 EST
    expect(evening).toEqual({ open: false, nextOpen: { at: '2025-01-16T14:00:00.000Z', localDate: '2025-01-16', localTime: '09:00', weekday: 'TH', timeZone: 'America/Toronto' } });
  });

  it('skips weekends and holidays, and follows daylight saving time', () => {
    const friday = officeStatus(hours, new Date('2025-06-27T22:00:00Z')); // Fri 18:00 EDT; Mon 30 June open
    expect(friday.nextOpen).toMatchObject({ localDate: '2025-06-30', weekday: 'MO', at: '2025-06-30T13:00:00.000Z' });
    const canadaDay = officeStatus(hours, new Date('2025-06-30T22:00:00Z')); // Mon evening; Tue 1 July is a holiday
    expect(canadaDay.nextOpen).toMatchObject({ localDate: '2025-07-02', weekday: 'WE' });
    expect(officeStatus(hours, new Date('2025-07-01T15:00:00Z')).open).toBe(false);
    expect(zonedInstant('2025-03-10', '09:00', 'America/Toronto').toISOString()).toBe('2025-03-10T13:00:00.000Z'); // day after the switch to EDT
  });

  it('says nothing about an opening when no hours are configured', () => {
    expect(officeStatus({ timeZone: 'America/Toronto', slots: [], holidays: [] }, new Date())).toEqual({ open: false });
  });
});

describe(`chat operations (${backend})`, () => {
  let test: TestDb;
  let db: Db;
  let now = new Date('2025-01-15T23:30:00Z'); // Wednesday evening: closed
  let inst: Instance;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    test = await createTestDb();
    db = test.db;
    await seedWorld(db);
    tokens = await seedStaff(db, [['adv', 'advisor', 'ag-a']]);
    inst = await startInstance(db, { now: () => now });
  }, 120_000);

  afterAll(async () => {
    await inst?.app.close();
    await test?.drop();
  });

  it('out of hours the bot says when people are back, keeps answering, and a message or callback lands in the queue', async () => {
    now = new Date('2025-01-15T23:30:00Z');
    const conv = await newConversation(inst.base, { agencyId: 'ag-a', language: 'fr' });
    const user = await newcomer(inst, conv);
    await user.request({ type: 'send', text: 'Je veux parler à une person' });
    const offer = await user.waitFor((f) => f.type === 'message' && Array.isArray(f.offer));
    expect(offer).toMatchObject({ author: 'bot', language: 'fr', offer: ['message', 'callback'], nextOpen: { localDate: '2025-01-16', localTime: '09:00', weekday: 'TH' } });
    expect(offer.text).toContain('jeudi à 09:00');
    expect((await db.query<{ status: string }>('SELECT status FROM conversation WHERE id = $1', [conv.conversationId])).rows[0].status).toBe('bot');

    // The bot keeps answering.
    const before = user.frames.length;
    await user.request({ type: 'send', text: 'Where do I get a health card?' });
    expect(await user.waitFor((f) => f.type === 'message' && f.author === 'bot' && !f.offer, 5000, before)).toMatchObject({ sources: [expect.any(Object)] });

    // A callback request is queued at any hour; the newcomer is told the office is closed and when it opens.
    const ack = await user.request({ type: 'request_human', mode: 'callback', text: 'Please call me about housing', callback: { phone: '+1 519 555 0100', preferredTime: 'mornings' } });
    expect(ack.type).toBe('ack');
    const waiting = await user.waitFor((f) => f.type === 'status' && f.status === 'waiting');
    expect(waiting).toMatchObject({ mode: 'callback', reason: 'asked' });
    const place = queueFrame.parse(await user.waitFor((f) => f.type === 'queue'));
    expect(place).toMatchObject({ position: 1, open: false, nextOpen: { localTime: '09:00' } });
    const staff = await advisor(inst, tokens.adv);
    const q = await staff.waitFor((f) => f.type === 'queue' && f.items.length === 1);
    expect(q.items[0]).toMatchObject({ conversationId: conv.conversationId, mode: 'callback' });
    await staff.request({ type: 'take', conversationId: conv.conversationId });
    const transcript = await staff.waitFor((f) => f.type === 'transcript');
    expect(transcript.events.find((e: any) => e.callback)).toMatchObject({ text: 'Please call me about housing', callback: { phone: '+1 519 555 0100' } });
    await staff.request({ type: 'close', conversationId: conv.conversationId, outcome: 'callback_scheduled' });
    user.close();
    staff.close();
  });

  it('estimates the wait honestly: none with too few recent waits, then the median and 90th percentile of real ones', async () => {
    now = new Date('2025-01-15T15:00:00Z');
    const staff = await advisor(inst, tokens.adv);
    const conv = await newConversation(inst.base);
    const user = await newcomer(inst, conv);
    await user.request({ type: 'request_human', mode: 'live' });
    expect((await user.waitFor((f) => f.type === 'queue')).estimate).toBeNull();
    // Three recent live handoffs that waited 60, 120 and 600 seconds.
    for (const wait of [60, 120, 600]) {
      const c = await newConversation(inst.base);
      await db.query(
        `INSERT INTO handoff (conversation_id, reason, mode, requested_at, taken_at, taken_by, resolved_at)
         VALUES ($1, 'asked', 'live', now() - make_interval(secs => $2 + 100), now() - interval '100 seconds', 'adv', now())`,
        [c.conversationId, wait],
      );
    }
    // Any queue change refreshes the newcomer's estimate.
    const other = await newConversation(inst.base);
    const u2 = await newcomer(inst, other);
    const from = user.frames.length;
    await u2.request({ type: 'request_human', mode: 'live' });
    const est = await user.waitFor((f) => f.type === 'queue' && f.estimate !== null, 5000, from);
    expect(est).toMatchObject({ position: 1, estimate: { p50Seconds: 120, p90Seconds: 504, sampleSize: 3 }, advisorsOnline: 1 });
    expect((await u2.waitFor((f) => f.type === 'queue')).position).toBe(2);
    for (const c of [user, u2, staff]) c.close();
  });

  it('exposes Prometheus metrics: connections, queue length, wait and answer latency', async () => {
    const user = await newcomer(inst, await newConversation(inst.base));
    await user.request({ type: 'send', text: 'hello' });
    await user.waitFor((f) => f.type === 'message' && f.author === 'bot');
    // Two live requests are still waiting from the test above; an advisor takes the first.
    const staff = await advisor(inst, tokens.adv);
    const q = await staff.waitFor((f) => f.type === 'queue' && f.items.length === 2);
    expect((await staff.request({ type: 'take', conversationId: q.items[0].conversationId })).type).toBe('ack');
    const text = await fetch(`${inst.base}/metrics`).then((r) => r.text());
    expect(text).toMatch(/wayfinder_chat_connections\{endpoint="newcomer"\} [1-9]/);
    expect(text).toMatch(/wayfinder_chat_connections\{endpoint="staff"\} 1/);
    expect(text).toMatch(/wayfinder_chat_queue_length\{priority="normal"\} 1/);
    expect(text).toMatch(/wayfinder_chat_answer_latency_seconds_count [1-9]/);
    expect(text).toMatch(/wayfinder_chat_wait_seconds_count\{reason="asked"\} 1/);
    staff.close();
    expect(text).not.toMatch(/hello/);
    user.close();
  });

  it('a reloaded console stays online: the old socket closing late does not mark the advisor offline', async () => {
    const presence = async () => (await db.query<{ status: string }>("SELECT p.status FROM advisor_presence p JOIN staff_user u ON u.id = p.staff_id WHERE u.agency_id = 'ag-a'")).rows[0]?.status;
    const staffSockets = async () => Number(/wayfinder_chat_connections\{endpoint="staff"\} (\d+)/.exec(await fetch(`${inst.base}/metrics`).then((r) => r.text()))?.[1]);
    const until = async (check: () => Promise<boolean>) => {
      for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 50));
    };
    await until(async () => (await staffSockets()) === 0);
    const old = await advisor(inst, tokens.adv);
    const reloaded = await advisor(inst, tokens.adv); // the new page signs in before the old socket is gone
    old.close();
    await until(async () => (await staffSockets()) === 1);
    expect(await staffSockets()).toBe(1);
    expect(await presence()).toBe('online');
    reloaded.close();
    await until(async () => (await presence()) === 'offline');
    expect(await presence()).toBe('offline');
  });

  it('retention anonymizes old conversations (text, callback, profile link and token gone; counts kept) or deletes them', async () => {
    const old = await newConversation(inst.base);
    const user = await newcomer(inst, old);
    await user.request({ type: 'send', text: 'my private question' });
    await user.waitFor((f) => f.type === 'message' && f.author === 'bot');
    user.close();
    await db.query(`UPDATE conversation SET last_active_at = now() - interval '400 days', client_id = 'client-1' WHERE id = $1`, [old.conversationId]);
    const fresh = await newConversation(inst.base);

    const report = await runRetention(db, { days: 365, mode: 'anonymize' });
    expect(report.conversations).toBe(1);
    const events = await db.query<{ body: string; data: unknown }>('SELECT body, data FROM chat_event WHERE conversation_id = $1', [old.conversationId]);
    expect(events.rows.length).toBe(2);
    expect(events.rows.every((e) => e.body === '')).toBe(true);
    expect(JSON.stringify(events.rows)).not.toContain('private');
    const conv = await db.query<{ token_hash: string | null; client_id: string | null; status: string }>('SELECT token_hash, client_id, status FROM conversation WHERE id = $1', [old.conversationId]);
    expect(conv.rows[0]).toEqual({ token_hash: null, client_id: null, status: 'closed' });
    // The old token opens nothing any more; the recent conversation is untouched.
    const res = await fetch(`${inst.base}/api/conversations/${old.conversationId}/events`, { headers: { authorization: `Bearer ${old.token}` } });
    expect(res.status).toBe(401);
    expect((await db.query('SELECT 1 FROM conversation WHERE id = $1 AND token_hash IS NOT NULL', [fresh.conversationId])).rows.length).toBe(1);

    await db.query(`UPDATE conversation SET last_active_at = now() - interval '400 days' WHERE id = $1`, [fresh.conversationId]);
    expect(await runRetention(db, { days: 365, mode: 'delete' })).toEqual({ conversations: 1, events: 0 });
    expect((await db.query('SELECT 1 FROM conversation WHERE id = $1', [fresh.conversationId])).rows.length).toBe(0);
    await expect(runRetention(db, { days: 0, mode: 'delete' })).rejects.toThrow(/at least 1/);
  });
});
