import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../knowledge/db/index.ts';
import { createTestDb, type TestDb } from '../../../knowledge/db/testing.ts';
import { advisor, backend, newcomer, newConversation, seedStaff, seedWorld, startInstance, type Client, type Instance } from './helpers.ts';

// Wednesday 15 January 2025, 10:00 in Toronto: office hours.
const OPEN = () => new Date('2025-01-15T15:00:00Z');

/** Thumbs up / down on the bot's answers: POST /api/conversations/:id/feedback with the newcomer's token. */
describe(`feedback on bot answers (${backend})`, () => {
  let test: TestDb;
  let db: Db;
  let inst: Instance;
  let staffToken: string;
  // One conversation with every kind of event: newcomer question, bot answer, advisor reply, staff note.
  let conv: { conversationId: string; token: string };
  let seqs: { question: number; answer: number; advisorReply: number; note: number };
  let user: Client;
  let staff: Client;

  beforeAll(async () => {
    test = await createTestDb();
    db = test.db;
    await seedWorld(db);
    staffToken = (await seedStaff(db, [['adv-1', 'advisor', 'ag-a']]))['adv-1'];
    inst = await startInstance(db, { now: OPEN, routeLimits: { feedbackPerMinute: 1000 } });

    conv = await newConversation(inst.base);
    user = await newcomer(inst, conv);
    staff = await advisor(inst, staffToken);
    const question = await user.request({ type: 'send', text: 'How do I get a health card?' });
    const answer = await user.waitFor((f) => f.type === 'message' && f.author === 'bot');
    await user.request({ type: 'request_human', mode: 'live' });
    await staff.waitFor((f) => f.type === 'queue' && f.items.some((i: { conversationId: string }) => i.conversationId === conv.conversationId));
    expect((await staff.request({ type: 'take', conversationId: conv.conversationId })).type).toBe('ack');
    await staff.request({ type: 'reply', conversationId: conv.conversationId, text: 'Hello, I can help.' });
    const advisorReply = await user.waitFor((f) => f.type === 'message' && f.author === 'advisor');
    await staff.request({ type: 'note', conversationId: conv.conversationId, text: 'internal note' });
    const note = await staff.waitFor((f) => f.type === 'note');
    seqs = { question: question.seq, answer: answer.seq, advisorReply: advisorReply.seq, note: note.seq };
  }, 120_000);

  afterAll(async () => {
    user?.close();
    staff?.close();
    await inst?.app.close();
    await test?.drop();
  });

  function vote(body: unknown, options: { token?: string | null; conversationId?: string } = {}) {
    const token = options.token === undefined ? conv.token : options.token;
    return fetch(`${inst.base}/api/conversations/${options.conversationId ?? conv.conversationId}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  }

  const stored = async (conversationId = conv.conversationId) =>
    (await db.query<{ seq: number; helpful: boolean }>('SELECT seq, helpful FROM chat_feedback WHERE conversation_id = $1 ORDER BY seq', [conversationId])).rows;

  it('stores a vote on a bot answer, and a second vote replaces the first', async () => {
    const up = await vote({ seq: seqs.answer, helpful: true });
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ conversationId: conv.conversationId, seq: seqs.answer, helpful: true });
    expect(await stored()).toEqual([{ seq: seqs.answer, helpful: true }]);

    const down = await vote({ seq: seqs.answer, helpful: false });
    expect(down.status).toBe(200);
    expect(await stored()).toEqual([{ seq: seqs.answer, helpful: false }]);
    const times = await db.query<{ changed: boolean }>('SELECT updated_at >= created_at AS changed FROM chat_feedback WHERE conversation_id = $1', [conv.conversationId]);
    expect(times.rows).toEqual([{ changed: true }]);
  });

  it('refuses messages that are not bot answers, and hides staff-only notes as absent', async () => {
    for (const seq of [seqs.question, seqs.advisorReply]) {
      const res = await vote({ seq, helpful: true });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'invalid_request', message: expect.stringContaining('not an answer from the assistant') });
    }
    const onNote = await vote({ seq: seqs.note, helpful: true });
    expect(onNote.status).toBe(404);
    const onNoteBody = await onNote.json();
    expect(onNoteBody.error).toBe('not_found');
    // Same answer as for a seq that was never used: nothing tells the newcomer a note is there.
    const beyond = await vote({ seq: 9999, helpful: true });
    expect(beyond.status).toBe(404);
    expect((await beyond.json()).message.replace('9999', String(seqs.note))).toBe(onNoteBody.message);
    expect((await stored()).map((r) => r.seq)).toEqual([seqs.answer]);
  });

  it("admits only the conversation's own token", async () => {
    const other = await newConversation(inst.base);
    // Another conversation's token cannot rate this conversation's answers (reads as unknown).
    const foreign = await vote({ seq: seqs.answer, helpful: true }, { token: other.token });
    expect(foreign.status).toBe(404);
    expect((await foreign.json()).error).toBe('not_found');
    for (const token of [null, 'not-a-real-token']) {
      const res = await vote({ seq: seqs.answer, helpful: true }, { token });
      expect(res.status).toBe(401);
      expect((await res.json()).error).toBe('unauthenticated');
    }
    // A staff session is not a newcomer token either.
    expect((await vote({ seq: seqs.answer, helpful: true }, { token: staffToken })).status).toBe(401);
    expect(await stored()).toEqual([{ seq: seqs.answer, helpful: false }]);
    expect(await stored(other.conversationId)).toEqual([]);
  });

  it('rejects malformed bodies with 400', async () => {
    const bad: unknown[] = [{ seq: seqs.answer }, { helpful: true }, { seq: 0, helpful: true }, { seq: 1.5, helpful: true }, { seq: String(seqs.answer), helpful: true }, { seq: seqs.answer, helpful: 'yes' }, { seq: seqs.answer, helpful: true, comment: 'x' }];
    for (const body of bad) {
      const res = await vote(body);
      expect({ body, status: res.status, error: (await res.json()).error }).toEqual({ body, status: 400, error: 'invalid_request' });
    }
    expect(await stored()).toEqual([{ seq: seqs.answer, helpful: false }]);
  });

  it('goes when the conversation is deleted', async () => {
    const c = await newConversation(inst.base);
    const u = await newcomer(inst, c);
    await u.request({ type: 'send', text: 'Where can I learn English?' });
    const answer = await u.waitFor((f) => f.type === 'message' && f.author === 'bot');
    u.close();
    expect((await vote({ seq: answer.seq, helpful: true }, { token: c.token, conversationId: c.conversationId })).status).toBe(200);
    expect(await stored(c.conversationId)).toEqual([{ seq: answer.seq, helpful: true }]);
    await db.query('DELETE FROM conversation WHERE id = $1', [c.conversationId]);
    expect(await stored(c.conversationId)).toEqual([]);
  });
});
