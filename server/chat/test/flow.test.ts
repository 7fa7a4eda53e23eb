import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../knowledge/db/index.ts';
import { createTestDb, type TestDb } from '../../../knowledge/db/testing.ts';
import { messageFrame, noteFrame, queueFrame, staffQueueFrame, statusFrame, transcriptFrame } from '../protocol.ts';
import { advisor, backend, logIsSound, newcomer, newConversation, secondDb, seedStaff, seedWorld, startInstance, type Instance } from './helpers.ts';

// Wednesday 15 January 2025, 10:00 in Toronto: office hours.
const OPEN = () => new Date('2025-01-15T15:00:00Z');

/**
 * The whole story over real sockets: a newcomer on instance A, advisors on instance B (its own
 * pool on PostgreSQL), the same database behind both.
 */
describe(`chat flow across two instances (${backend})`, () => {
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
    await db.query(`INSERT INTO canned_response (agency_id, title, body) VALUES ('ag-a', 'Hello', 'Hello, I am an advisor. How can I help?')`);
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

  it('newcomer asks, the bot answers with sources; asks for a person; an advisor on the other instance takes, replies, returns it to the bot', async () => {
    const conv = await newConversation(a.base);
    // The newcomer links their profile with an invitation from their settlement worker, sharing only the basics.
    const inv = await fetch(`${b.base}/api/chat/invitations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens['adv-1']}` },
      body: JSON.stringify({ clientId: 'client-1' }),
    });
    expect(inv.status).toBe(201);
    const { code } = await inv.json();
    const link = await fetch(`${a.base}/api/conversations/link`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${conv.token}` },
      body: JSON.stringify({ code, consent: { basics: true, immigration: false, household: false } }),
    });
    expect(link.status).toBe(200);

    const user = await newcomer(a, conv);
    const staff = await advisor(b, tokens['adv-1']);
    await staff.waitFor((f) => f.type === 'queue');

    // 1. A question, a cited answer.
    const ask = await user.request({ type: 'send', text: 'How do I get a health card?' });
    expect(ask).toMatchObject({ type: 'ack', conversationId: conv.conversationId, seq: 1 });
    const answer = await user.waitFor((f) => f.type === 'message' && f.author === 'bot');
    expect(messageFrame.parse(answer)).toMatchObject({ seq: 2, replyTo: { seq: 1, clientMsgId: ask.id }, sources: [{ title: 'Getting a health card', url: 'https://example.org/health-card' }] });
    expect(answer.intent).toBeUndefined(); // the bot's reading is for staff only

    // 2. Asking for a person puts the conversation in the queue; the newcomer sees their place.
    await user.request({ type: 'send', text: 'Can I talk to a person?' });
    const waiting = await user.waitFor((f) => f.type === 'status' && f.status === 'waiting');
    expect(statusFrame.parse(waiting)).toMatchObject({ reason: 'asked', mode: 'live' });
    const place = queueFrame.parse(await user.waitFor((f) => f.type === 'queue'));
    expect(place).toMatchObject({ position: 1, open: true, advisorsOnline: 1, estimate: null });
    const queue = staffQueueFrame.parse(await staff.waitFor((f) => f.type === 'queue' && f.items.length === 1));
    expect(queue.items[0]).toMatchObject({ conversationId: conv.conversationId, reason: 'asked', mode: 'live', site: 'windsor' });

    // 3. The advisor takes it and gets the transcript with the bot's sources and only the consented profile.
    const took = await staff.request({ type: 'take', conversationId: conv.conversationId });
    expect(took.type).toBe('ack');
    const transcript = transcriptFrame.parse(await staff.waitFor((f) => f.type === 'transcript'));
    expect(transcript.profile).toEqual({ site: 'windsor', languages: ['ar', 'en'], ageBand: '25-34' });
    const botAnswer = transcript.events.find((e) => e.type === 'message' && e.author === 'bot' && e.seq === 2);
    expect(botAnswer).toMatchObject({ sources: [{ url: 'https://example.org/health-card' }], intent: 'question', confidence: 0.9 });
    const joined = await user.waitFor((f) => f.type === 'status' && f.status === 'advisor');
    expect(joined.advisorName).toBe('Name of adv-1');
    expect(joined.advisorId).toBeUndefined();

    // 4. Replies both ways, typing across instances, an internal note the newcomer never sees, a canned response.
    await user.request({ type: 'typing', active: true });
    expect(await staff.waitFor((f) => f.type === 'typing' && f.author === 'newcomer')).toMatchObject({ conversationId: conv.conversationId, active: true });
    await staff.request({ type: 'typing', conversationId: conv.conversationId, active: true });
    await user.waitFor((f) => f.type === 'typing' && f.author === 'advisor');
    const botCalls = a.bot.calls;
    await staff.request({ type: 'reply', conversationId: conv.conversationId, text: 'Hi, I can help with the health card.' });
    expect(await user.waitFor((f) => f.type === 'message' && f.author === 'advisor')).toMatchObject({ text: 'Hi, I can help with the health card.', authorName: 'Name of adv-1' });
    await staff.request({ type: 'note', conversationId: conv.conversationId, text: 'INTERNAL: check eligibility' });
    noteFrame.parse(await staff.waitFor((f) => f.type === 'note'));
    await staff.request({ type: 'reply', conversationId: conv.conversationId, cannedId: 1 });
    await user.waitFor((f) => f.type === 'message' && f.text === 'Hello, I am an advisor. How can I help?');
    await user.request({ type: 'send', text: 'Thank you, that helps' });
    await staff.waitFor((f) => f.type === 'message' && f.author === 'newcomer' && f.text === 'Thank you, that helps');
    // With an advisor in the chat the bot stays quiet.
    expect(a.bot.calls).toBe(botCalls);

    // 5. A referral task with the requested service.
    const refer = await staff.request({ type: 'refer', conversationId: conv.conversationId, serviceId: 'svc-1', text: 'Health clinic intake' });
    expect(refer.type).toBe('ack');
    const tasks = await fetch(`${a.base}/api/chat/referrals`, { headers: { authorization: `Bearer ${tokens['adv-2']}` } }).then((r) => r.json());
    expect(tasks.referrals).toEqual([expect.objectContaining({ conversationId: conv.conversationId, serviceId: 'svc-1', serviceName: 'Newcomer Health Clinic', status: 'open' })]);

    // 6. Back to the bot, which answers again.
    await staff.request({ type: 'return_to_bot', conversationId: conv.conversationId });
    await user.waitFor((f) => f.type === 'status' && f.status === 'bot');
    const before = user.frames.length;
    await user.request({ type: 'send', text: 'Where is the clinic?' });
    await user.waitFor((f) => f.type === 'message' && f.author === 'bot', 5000, before);

    // The newcomer never received the note, and every event exactly once, in order.
    expect(user.frames.some((f) => f.type === 'note' || JSON.stringify(f).includes('INTERNAL'))).toBe(false);
    const seqs = user.events().map((f) => f.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(new Set(seqs).size).toBe(seqs.length);
    await logIsSound(db, conv.conversationId);
    const audits = await db.query<{ action: string }>(`SELECT action FROM audit_log WHERE target = $1 ORDER BY id`, [conv.conversationId]);
    expect(audits.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['chat.take', 'chat.transcript_read', 'chat.referral', 'chat.return_to_bot']));
    user.close();
    staff.close();
  });

  it('transfers to a colleague on another instance, who gets the transcript and the newcomer, then closes with an outcome', async () => {
    const conv = await newConversation(a.base);
    const user = await newcomer(a, conv);
    const first = await advisor(a, tokens['adv-1']);
    const second = await advisor(b, tokens['adv-2']);
    await user.request({ type: 'request_human', mode: 'live' });
    await first.waitFor((f) => f.type === 'queue' && f.items.some((i: any) => i.conversationId === conv.conversationId));
    expect((await first.request({ type: 'take', conversationId: conv.conversationId })).type).toBe('ack');
    await first.waitFor((f) => f.type === 'transcript');
    expect((await first.request({ type: 'transfer', conversationId: conv.conversationId, toAdvisorId: 'adv-2' })).type).toBe('ack');
    await second.waitFor((f) => f.type === 'assigned' && f.conversationId === conv.conversationId);
    await second.waitFor((f) => f.type === 'transcript' && f.conversationId === conv.conversationId);
    expect((await user.waitFor((f) => f.type === 'status' && f.advisorName === 'Name of adv-2')).status).toBe('advisor');

    // The first advisor no longer holds it.
    expect(await first.request({ type: 'reply', conversationId: conv.conversationId, text: 'still here?' })).toMatchObject({ type: 'error', code: 'forbidden' });
    await user.request({ type: 'send', text: 'Hello new advisor' });
    await second.waitFor((f) => f.type === 'message' && f.text === 'Hello new advisor');
    expect(first.frames.some((f) => f.type === 'message' && f.text === 'Hello new advisor')).toBe(false);

    expect((await second.request({ type: 'close', conversationId: conv.conversationId, outcome: 'resolved' })).type).toBe('ack');
    const closed = await user.waitFor((f) => f.type === 'status' && f.status === 'closed');
    expect(closed.outcome).toBeUndefined();
    expect(await user.request({ type: 'send', text: 'one more thing' })).toMatchObject({ type: 'error', code: 'conversation_closed' });
    const row = await db.query<{ status: string; outcome: string }>('SELECT status, outcome FROM conversation WHERE id = $1', [conv.conversationId]);
    expect(row.rows[0]).toEqual({ status: 'closed', outcome: 'resolved' });
    for (const c of [user, first, second]) c.close();
  });

  it('bot-detected handoffs: a crisis jumps the queue; a referral request becomes a task; low confidence queues', async () => {
    const staff = await advisor(b, tokens['adv-1']);
    const calm = await newConversation(a.base);
    const urgent = await newConversation(a.base);
    const referral = await newConversation(a.base);
    const u1 = await newcomer(a, calm);
    const u2 = await newcomer(a, urgent);
    const u3 = await newcomer(b, referral);
    await u1.request({ type: 'send', text: 'I am unsure about this' });
    await u1.waitFor((f) => f.type === 'status' && f.status === 'waiting');
    await u2.request({ type: 'send', text: 'crisis, I need help now' });
    await u2.waitFor((f) => f.type === 'status' && f.status === 'waiting' && f.reason === 'crisis');
    await u3.request({ type: 'send', text: 'please refer svc-1' });
    await u3.waitFor((f) => f.type === 'status' && f.status === 'waiting' && f.reason === 'referral_request');
    const q = await staff.waitFor((f) => f.type === 'queue' && f.items.length === 3, 5000);
    expect(q.items.map((i: any) => [i.conversationId, i.reason])).toEqual([
      [urgent.conversationId, 'crisis'],
      [calm.conversationId, 'low_confidence'],
      [referral.conversationId, 'referral_request'],
    ]);
    expect((await u2.waitFor((f) => f.type === 'queue')).position).toBe(1);
    const task = await db.query<{ service_id: string; created_by: string }>('SELECT service_id, created_by FROM referral_request WHERE conversation_id = $1', [referral.conversationId]);
    expect(task.rows).toEqual([{ service_id: 'svc-1', created_by: 'bot' }]);
    // Staff filters: the queue can be narrowed by language.
    await staff.request({ type: 'filter', languages: ['fr'] });
    await staff.waitFor((f) => f.type === 'queue' && f.items.length === 0);
    for (const c of [u1, u2, u3, staff]) c.close();
    for (const c of [calm, urgent, referral]) await db.query(`UPDATE conversation SET status = 'closed' WHERE id = $1`, [c.conversationId]);
    await db.query('UPDATE handoff SET resolved_at = now() WHERE resolved_at IS NULL');
  });

  it('when the bot fails, the newcomer is told and offered to leave a message; nothing is half-stored', async () => {
    const conv = await newConversation(a.base);
    const user = await newcomer(a, conv);
    await user.request({ type: 'send', text: 'explode please' });
    const sys = await user.waitFor((f) => f.type === 'message' && f.author === 'system');
    expect(sys).toMatchObject({ offer: ['message', 'callback'], replyTo: { seq: 1 } });
    await logIsSound(db, conv.conversationId);
    user.close();
  });
});
