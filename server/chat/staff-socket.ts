/** /ws/staff: an advisor's console — presence, the queue, and the conversations they hold. */
import { randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';
import { staffForToken, type Staff } from '../auth/staff.ts';
import { Connection } from './connection.ts';
import type { ChatContext } from './context.ts';
import type { Subscriber } from './hub.ts';
import { CLOSE, parseFrame, staffFrame, type StaffFrame } from './protocol.ts';
import { listQueue, type QueueFilter } from './queue.ts';
import { eventFrame } from './render.ts';
import { ChatStoreError } from './store.ts';

/** Roles allowed on the advisor socket. */
export const STAFF_SOCKET_ROLES = ['advisor'] as const;

export function handleStaffSocket(socket: WebSocket, ctx: ChatContext): void {
  const conn = new Connection(socket, ctx.limits, ctx.log, (code) => ctx.metrics.framesRejected.inc({ code }));
  ctx.track(conn, 'staff');
  // Owns the advisor's presence row while it is the socket that set it last.
  const connectionId = randomUUID();
  let staff: Staff | null = null;
  let filter: QueueFilter = {};
  let presence: 'online' | 'away' = 'online';
  const held = new Map<string, Subscriber>();
  const stops: (() => void)[] = [];
  let queueTimer: NodeJS.Timeout | undefined;

  const sendQueue = () => {
    clearTimeout(queueTimer);
    queueTimer = setTimeout(async () => {
      if (!staff || conn.closed) return;
      const items = await listQueue(ctx.service.db, staff.agencyId, filter).catch(() => null);
      if (items && !conn.closed) conn.send({ type: 'queue', items });
    }, 50);
  };

  const release = (conversationId: string) => {
    const sub = held.get(conversationId);
    if (!sub) return;
    sub.detached = true;
    held.delete(conversationId);
    ctx.hub.unsubscribe(conversationId, sub);
  };

  /** Follows a conversation this advisor holds, from `lastSeq` on; stops when it moves to someone or something else. */
  const follow = async (conversationId: string, lastSeq: number) => {
    release(conversationId);
    const me = staff!;
    const sub: Subscriber = {
      viewer: 'staff',
      lastSent: lastSeq,
      deliver: (event) => {
        conn.send(eventFrame(event, 'staff'));
        if (event.kind === 'status' && !(event.data.status === 'advisor' && event.data.advisorId === me.id)) release(conversationId);
      },
      typing: (author, active) => conn.send({ type: 'typing', conversationId, seq: sub.lastSent, author, active }),
    };
    held.set(conversationId, sub);
    await ctx.hub.subscribe(conversationId, sub);
  };

  const sendTranscript = async (conversationId: string) => {
    const t = await ctx.service.transcript(staff!, conversationId);
    const seq = t.events.at(-1)?.seq ?? 0;
    conn.send({
      type: 'transcript',
      conversationId,
      seq,
      status: t.conversation.status,
      language: t.conversation.language,
      site: t.conversation.siteId,
      profile: t.profile,
      events: t.events.map((e) => eventFrame(e, 'staff')),
    });
    await follow(conversationId, seq);
  };

  conn.onClose(() => {
    clearTimeout(queueTimer);
    for (const s of stops) s();
    for (const id of [...held.keys()]) release(id);
    if (staff) {
      const sockets = ctx.staffOnline.get(staff.id);
      sockets?.delete(connectionId);
      if (sockets?.size === 0) ctx.staffOnline.delete(staff.id);
      if (!ctx.draining) void ctx.service.socketClosed(staff, connectionId).catch(() => {});
    }
  });

  conn.listen(async (raw) => {
    const parsed = parseFrame(staffFrame, raw);
    if (!parsed.ok) return conn.error(parsed.code, parsed.message, parsed.id);
    const frame: StaffFrame = parsed.frame;
    if (ctx.draining) return conn.error('shutting_down', 'this server is restarting; send it again after reconnecting', frame.id);
    if (frame.type === 'hello') {
      if (staff) return conn.error('already_hello', 'this socket is already signed in', frame.id);
      const who = await staffForToken(ctx.service.db, frame.token);
      if (!who) {
        conn.error('unauthenticated', 'sign in first; this token is unknown or expired', frame.id);
        return conn.close(CLOSE.unauthenticated, 'unknown token');
      }
      if (!(STAFF_SOCKET_ROLES as readonly string[]).includes(who.role)) {
        conn.error('forbidden', `the advisor console needs the role advisor; you are ${who.role}`, frame.id);
        return conn.close(CLOSE.forbidden, 'role not allowed');
      }
      conn.hello();
      staff = who;
      filter = { sites: frame.sites, languages: frame.languages };
      ctx.staffOnline.set(who.id, (ctx.staffOnline.get(who.id) ?? new Set()).add(connectionId));
      await ctx.service.setPresence(who, 'online', filter, connectionId);
      const [canned, holding] = await Promise.all([ctx.service.canned(who.agencyId), ctx.service.holdingList(who)]);
      conn.send({ type: 'ack', id: frame.id });
      conn.send({ type: 'welcome', advisor: { id: who.id, displayName: who.displayName, agencyId: who.agencyId }, presence, canned, holding });
      stops.push(
        ctx.hub.onQueueChange((agencyId) => {
          if (agencyId === who.agencyId) sendQueue();
        }),
        ctx.hub.onAssigned((staffId, conversationId) => {
          if (staffId !== who.id || conn.closed) return;
          void (async () => {
            const t = await ctx.service.assertHolding(who, conversationId).catch(() => null);
            if (!t) return;
            conn.send({ type: 'assigned', conversationId, seq: t.lastSeq, by: 'transfer' });
            await sendTranscript(conversationId);
          })().catch((err: Error) => ctx.log.warn({ err: err.message }, 'chat transfer delivery failed'));
        }),
      );
      sendQueue();
      return;
    }
    if (!staff) return conn.error('hello_first', 'send a hello frame with your session token first', frame.id);
    const me = staff;
    try {
      switch (frame.type) {
        case 'ping':
          return conn.send({ type: 'ack', id: frame.id });
        case 'presence':
          presence = frame.status;
          await ctx.service.setPresence(me, frame.status, filter, connectionId);
          return conn.send({ type: 'ack', id: frame.id });
        case 'filter':
          filter = { sites: frame.sites, languages: frame.languages };
          await ctx.service.setPresence(me, presence, filter, connectionId);
          conn.send({ type: 'ack', id: frame.id });
          return sendQueue();
        case 'take': {
          const acked = await ctx.service.take(me, frame.conversationId, frame.id);
          conn.send({ type: 'ack', id: frame.id, conversationId: frame.conversationId, seq: acked.seq, ...(acked.duplicate ? { duplicate: true } : {}) });
          return sendTranscript(frame.conversationId);
        }
        case 'resume': {
          const c = await ctx.service.assertHolding(me, frame.conversationId);
          conn.send({ type: 'ack', id: frame.id, conversationId: c.id, seq: c.lastSeq });
          if (frame.lastSeq === undefined) return sendTranscript(c.id);
          return follow(c.id, Math.min(frame.lastSeq, c.lastSeq));
        }
        case 'typing': {
          const c = await ctx.service.assertHolding(me, frame.conversationId);
          await ctx.hub.typing(c.id, 'advisor', frame.active);
          return conn.send({ type: 'ack', id: frame.id, conversationId: c.id, seq: held.get(c.id)?.lastSent ?? c.lastSeq });
        }
      }
      const acked =
        frame.type === 'reply'
          ? await ctx.service.reply(me, frame.conversationId, frame.id, { text: frame.text, cannedId: frame.cannedId })
          : frame.type === 'note'
            ? await ctx.service.note(me, frame.conversationId, frame.id, frame.text)
            : frame.type === 'transfer'
              ? await ctx.service.transfer(me, frame.conversationId, frame.id, frame.toAdvisorId)
              : frame.type === 'return_to_bot'
                ? await ctx.service.returnToBot(me, frame.conversationId, frame.id)
                : frame.type === 'close'
                  ? await ctx.service.close(me, frame.conversationId, frame.id, frame.outcome)
                  : await ctx.service.refer(me, frame.conversationId, frame.id, { serviceId: frame.serviceId, text: frame.text });
      conn.send({ type: 'ack', id: frame.id, conversationId: frame.conversationId, seq: acked.seq, ...(acked.duplicate ? { duplicate: true } : {}) });
    } catch (err) {
      if (err instanceof ChatStoreError) return conn.error(err.code, err.message, frame.id);
      throw err;
    }
  });
}
