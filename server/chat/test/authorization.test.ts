import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../knowledge/db/index.ts';
import { createTestDb, type TestDb } from '../../../knowledge/db/testing.ts';
import { CLOSE } from '../protocol.ts';
import { Client, advisor, backend, newcomer, newConversation, seedStaff, seedWorld, startInstance, type Instance } from './helpers.ts';

const OPEN = () => new Date('2025-01-15T15:00:00Z');
type Who = 'anonymous' | 'newcomer' | 'assessor' | 'advisor' | 'admin' | 'researcher' | 'advisorB' | 'assessorB' | 'adminB';
const WHO: Who[] = ['anonymous', 'newcomer', 'assessor', 'advisor', 'admin', 'researcher', 'advisorB', 'assessorB', 'adminB'];

/** Every role against every chat route and every staff frame, including other organizations and other conversations. */
describe(`chat authorization (${backend})`, () => {
  let test: TestDb;
  let db: Db;
  let inst: Instance;
  let tokens: Record<string, string>;
  let conv: { conversationId: string; token: string };
  let otherConv: { conversationId: string; token: string };
  let referralId: number;

  beforeAll(async () => {
    test = await createTestDb();
    db = test.db;
    await seedWorld(db);
    tokens = await seedStaff(db, [
      ['assessor', 'assessor', 'ag-a'],
      ['advisor', 'advisor', 'ag-a'],
      ['advisor2', 'advisor', 'ag-a'],
      ['admin', 'admin', 'ag-a'],
      ['researcher', 'researcher', 'ag-a'],
      ['advisorB', 'advisor', 'ag-b'],
      ['assessorB', 'assessor', 'ag-b'],
      ['adminB', 'admin', 'ag-b'],
    ]);
    // Code guessing is limited to 5 a minute by default; this test makes more attempts on purpose.
    inst = await startInstance(db, { now: OPEN, routeLimits: { linkAttemptsPerMinute: 100 } });
    conv = await newConversation(inst.base);
    otherConv = await newConversation(inst.base);
    tokens.newcomer = conv.token;
    const r = await db.query<{ id: number }>(`INSERT INTO referral_request (agency_id, service_id, created_by) VALUES ('ag-a', 'svc-1', 'test') RETURNING id`);
    referralId = r.rows[0].id;
  }, 120_000);

  afterAll(async () => {
    await inst?.app.close();
    await test?.drop();
  });

  async function call(method: string, path: string, who: Who, body?: unknown): Promise<number> {
    const headers: Record<string, string> = {};
    if (who !== 'anonymous') headers.authorization = `Bearer ${tokens[who]}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${inst.base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    await res.arrayBuffer();
    return res.status;
  }

  it('HTTP routes: every role gets exactly the status it should', async () => {
    const hours = { timeZone: 'America/Toronto', slots: ['MO', 'TU', 'WE', 'TH', 'FR'].map((day) => ({ day, opens: '09:00', closes: '17:00' })) };
    const routes: { name: string; run: (w: Who) => Promise<number>; expect: Record<Who, number> }[] = [
      {
        name: 'POST /api/chat/invitations (client of agency A)',
        run: (w) => call('POST', '/api/chat/invitations', w, { clientId: 'client-1' }),
        expect: { anonymous: 401, newcomer: 401, assessor: 201, advisor: 201, admin: 403, researcher: 403, advisorB: 404, assessorB: 404, adminB: 403 },
      },
      {
        name: 'GET /api/chat/referrals',
        run: (w) => call('GET', '/api/chat/referrals', w),
        expect: { anonymous: 401, newcomer: 401, assessor: 200, advisor: 200, admin: 200, researcher: 403, advisorB: 200, assessorB: 200, adminB: 200 },
      },
      {
        name: 'PATCH /api/chat/referrals/:id (agency A task)',
        run: (w) => call('PATCH', `/api/chat/referrals/${referralId}`, w, { status: 'open' }),
        expect: { anonymous: 401, newcomer: 401, assessor: 204, advisor: 204, admin: 403, researcher: 403, advisorB: 404, assessorB: 404, adminB: 403 },
      },
      {
        name: 'GET /api/chat/canned',
        run: (w) => call('GET', '/api/chat/canned', w),
        expect: { anonymous: 401, newcomer: 401, assessor: 403, advisor: 200, admin: 200, researcher: 403, advisorB: 200, assessorB: 403, adminB: 200 },
      },
      {
        name: 'POST /api/chat/canned',
        run: (w) => call('POST', '/api/chat/canned', w, { title: 'Hi', body: 'Hello there' }),
        expect: { anonymous: 401, newcomer: 401, assessor: 403, advisor: 403, admin: 201, researcher: 403, advisorB: 403, assessorB: 403, adminB: 201 },
      },
      {
        name: 'PUT /api/chat/hours/windsor (agency A site)',
        run: (w) => call('PUT', '/api/chat/hours/windsor', w, hours),
        expect: { anonymous: 401, newcomer: 401, assessor: 403, advisor: 403, admin: 204, researcher: 403, advisorB: 403, assessorB: 403, adminB: 403 },
      },
      {
        name: 'GET /api/chat/conversations/:id/transcript (agency A)',
        run: (w) => call('GET', `/api/chat/conversations/${conv.conversationId}/transcript`, w),
        expect: { anonymous: 401, newcomer: 401, assessor: 403, advisor: 200, admin: 200, researcher: 403, advisorB: 404, assessorB: 403, adminB: 404 },
      },
      {
        name: 'GET /api/conversations/:id/events (own conversation)',
        run: (w) => call('GET', `/api/conversations/${conv.conversationId}/events`, w),
        expect: { anonymous: 401, newcomer: 200, assessor: 401, advisor: 401, admin: 401, researcher: 401, advisorB: 401, assessorB: 401, adminB: 401 },
      },
      {
        name: "GET /api/conversations/:id/events (someone else's conversation)",
        run: (w) => call('GET', `/api/conversations/${otherConv.conversationId}/events`, w),
        expect: { anonymous: 401, newcomer: 404, assessor: 401, advisor: 401, admin: 401, researcher: 401, advisorB: 401, assessorB: 401, adminB: 401 },
      },
      {
        name: 'PUT /api/conversations/consent',
        run: (w) => call('PUT', '/api/conversations/consent', w, { consent: { basics: true } }),
        expect: { anonymous: 401, newcomer: 204, assessor: 401, advisor: 401, admin: 401, researcher: 401, advisorB: 401, assessorB: 401, adminB: 401 },
      },
      {
        name: 'POST /api/conversations/link (bad code)',
        run: (w) => call('POST', '/api/conversations/link', w, { code: 'ABCDE-FGHJK', consent: {} }),
        expect: { anonymous: 401, newcomer: 404, assessor: 401, advisor: 401, admin: 401, researcher: 401, advisorB: 401, assessorB: 401, adminB: 401 },
      },
      {
        name: 'GET /api/chat/hours/windsor (public)',
        run: (w) => call('GET', '/api/chat/hours/windsor', w),
        expect: { anonymous: 200, newcomer: 200, assessor: 200, advisor: 200, admin: 200, researcher: 200, advisorB: 200, assessorB: 200, adminB: 200 },
      },
    ];
    const got: Record<string, Record<string, number>> = {};
    const want: Record<string, Record<string, number>> = {};
    for (const r of routes) {
      got[r.name] = {};
      want[r.name] = r.expect;
      for (const w of WHO) got[r.name][w] = await r.run(w);
    }
    expect(got).toEqual(want);
    // Nothing leaked across organizations: agency B's admin's canned response is B's alone.
    const canned = await db.query<{ agency_id: string }>('SELECT agency_id FROM canned_response ORDER BY agency_id');
    expect(canned.rows.map((r) => r.agency_id)).toEqual(['ag-a', 'ag-b']);
  });

  it('the staff socket admits advisors only; newcomer and staff tokens are not interchangeable', async () => {
    const outcome = async (path: string, token: string) => {
      const c = await Client.open(`${inst.ws}${path}`);
      const r = await c.request({ type: 'hello', token });
      if (r.type === 'ack') {
        c.close();
        return 'ok';
      }
      return `${r.code}/${(await c.waitClose()).code}`;
    };
    const results: Record<string, string> = {};
    for (const w of ['newcomer', 'assessor', 'advisor', 'admin', 'researcher', 'advisorB'] as const) {
      results[`staff:${w}`] = await outcome('/ws/staff', tokens[w]);
      results[`newcomer:${w}`] = await outcome('/ws/newcomer', tokens[w]);
    }
    results['staff:garbage'] = await outcome('/ws/staff', 'x'.repeat(40));
    expect(results).toEqual({
      'staff:newcomer': `unauthenticated/${CLOSE.unauthenticated}`,
      'newcomer:newcomer': 'ok',
      'staff:assessor': `forbidden/${CLOSE.forbidden}`,
      'newcomer:assessor': `unauthenticated/${CLOSE.unauthenticated}`,
      'staff:advisor': 'ok',
      'newcomer:advisor': `unauthenticated/${CLOSE.unauthenticated}`,
      'staff:admin': `forbidden/${CLOSE.forbidden}`,
      'newcomer:admin': `unauthenticated/${CLOSE.unauthenticated}`,
      'staff:researcher': `forbidden/${CLOSE.forbidden}`,
      'newcomer:researcher': `unauthenticated/${CLOSE.unauthenticated}`,
      'staff:advisorB': 'ok',
      'newcomer:advisorB': `unauthenticated/${CLOSE.unauthenticated}`,
      'staff:garbage': `unauthenticated/${CLOSE.unauthenticated}`,
    });
  });

  it('every advisor frame on a conversation: the holder may, a colleague may not, another organization cannot even see it', async () => {
    const c = await newConversation(inst.base);
    const user = await newcomer(inst, c);
    await user.request({ type: 'request_human', mode: 'live' });
    const holder = await advisor(inst, tokens.advisor);
    const colleague = await advisor(inst, tokens.advisor2);
    const outsider = await advisor(inst, tokens.advisorB);
    const id = c.conversationId;

    // Before anyone takes it: the other organization cannot take it, nor close it from the queue.
    expect(await outsider.request({ type: 'take', conversationId: id })).toMatchObject({ type: 'error', code: 'not_found' });
    expect(await outsider.request({ type: 'close', conversationId: id, outcome: 'other' })).toMatchObject({ type: 'error', code: 'not_found' });
    expect((await holder.request({ type: 'take', conversationId: id })).type).toBe('ack');

    const frames: Record<string, unknown>[] = [
      { type: 'reply', conversationId: id, text: 'hello' },
      { type: 'note', conversationId: id, text: 'a note' },
      { type: 'typing', conversationId: id, active: true },
      { type: 'refer', conversationId: id, text: 'needs a clinic' },
      { type: 'resume', conversationId: id, lastSeq: 0 },
      { type: 'transfer', conversationId: id, toAdvisorId: 'advisorB' },
      { type: 'take', conversationId: id },
      { type: 'return_to_bot', conversationId: id },
    ];
    const results: Record<string, string[]> = {};
    for (const f of frames) {
      const r = await Promise.all([outsider, colleague].map((s) => s.request(f)));
      results[f.type as string] = r.map((x) => (x.type === 'ack' ? 'ack' : x.code));
    }
    expect(results).toEqual({
      reply: ['not_found', 'forbidden'],
      note: ['not_found', 'forbidden'],
      typing: ['not_found', 'forbidden'],
      refer: ['not_found', 'forbidden'],
      resume: ['not_found', 'forbidden'],
      transfer: ['not_found', 'forbidden'],
      take: ['not_found', 'not_available'],
      return_to_bot: ['not_found', 'forbidden'],
    });
    // The holder cannot hand it to another organization's advisor either.
    expect(await holder.request({ type: 'transfer', conversationId: id, toAdvisorId: 'advisorB' })).toMatchObject({ type: 'error', code: 'not_found' });
    // None of the refused frames reached the newcomer or the log.
    const authors = await db.query<{ author_id: string | null }>(`SELECT DISTINCT author_id FROM chat_event WHERE conversation_id = $1 AND author = 'advisor'`, [id]);
    expect(authors.rows).toEqual([{ author_id: 'advisor' }]);
    expect(outsider.frames.some((f) => f.conversationId === id && f.type !== 'error')).toBe(false);
    for (const s of [user, holder, colleague, outsider]) s.close();
  });

  it('staff frames before hello are refused; a newcomer socket from a foreign page is refused', async () => {
    const c = await Client.open(`${inst.ws}/ws/staff`);
    expect(await c.request({ type: 'take', conversationId: conv.conversationId })).toMatchObject({ type: 'error', code: 'hello_first' });
    c.close();
    await expect(Client.open(`${inst.ws}/ws/newcomer`, { origin: 'https://evil.example.com' })).rejects.toThrow(/403/);
    const ok = await Client.open(`${inst.ws}/ws/newcomer`, { origin: 'https://widget.example.org' });
    ok.close();
  });

  it('security headers and CORS limited to the widget origins', async () => {
    const res = await fetch(`${inst.base}/api/chat/hours/windsor`, { headers: { origin: 'https://widget.example.org' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBeTruthy();
    expect(res.headers.get('access-control-allow-origin')).toBe('https://widget.example.org');
    const evil = await fetch(`${inst.base}/api/chat/hours/windsor`, { headers: { origin: 'https://evil.example.com' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('rate limits the public conversation endpoint', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const res = await fetch(`${inst.base}/api/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ agencyId: 'ag-a' }) });
      statuses.push(res.status);
    }
    // 2 conversations were created in beforeAll, 1 in a test above; the limit is 20 a minute.
    expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(20);
    expect(statuses.at(-1)).toBe(429);
  });
});
