/** /ws/newcomer: one anonymous newcomer, one conversation, identified only by the hello token. */
import type { WebSocket } from 'ws';
import { Connection } from './connection.ts';
import type { ChatContext } from './context.ts';
import type { Subscriber } from './hub.ts';
import { CLOSE, newcomerFrame, parseFrame, type ConversationStatus, type NewcomerFrame } from './protocol.ts';
import { eventFrame } from './render.ts';
import { ChatStoreError, conversationForToken, type Conversation } from './store.ts';

export function handleNewcomerSocket(socket: WebSocket, ctx: ChatContext): void {
  const conn = new Connection(socket, ctx.limits, ctx.log, (code) => ctx.metrics.framesRejected.inc({ code }));
  ctx.track(conn, 'newcomer');
  let conversation: Conversation | null = null;
  let status: ConversationStatus = 'bot';
  let subscriber: Subscriber | null = null;
  let queueTimer: NodeJS.Timeout | undefined;
  let stopQueue: (() => void) | undefined;

  const sendQueue = () => {
    clearTimeout(queueTimer);
    // Several changes in a burst make one update.
    queueTimer = setTimeout(async () => {
      if (!conversation || status !== 'waiting' || conn.closed) return;
      const info = await ctx.service.queueInfo(conversation).catch(() => null);
      if (!info || conn.closed) return;
      conn.send({
        type: 'queue',
        conversationId: conversation.id,
        seq: subscriber?.lastSent ?? 0,
        position: info.position,
        estimate: info.estimate,
        advisorsOnline: info.advisorsOnline,
        open: info.office.open,
        ...(info.office.nextOpen ? { nextOpen: info.office.nextOpen } : {}),
      });
    }, 50);
  };

  conn.onClose(() => {
    clearTimeout(queueTimer);
    stopQueue?.();
    if (conversation && subscriber) ctx.hub.unsubscribe(conversation.id, subscriber);
  });

  conn.listen(async (raw) => {
    const parsed = parseFrame(newcomerFrame, raw);
    if (!parsed.ok) return conn.error(parsed.code, parsed.message, parsed.id);
    const frame: NewcomerFrame = parsed.frame;
    if (ctx.draining) return conn.error('shutting_down', 'this server is restarting; send it again after reconnecting', frame.id);
    if (frame.type === 'hello') {
      if (conversation) return conn.error('already_hello', 'this socket is already signed in', frame.id);
      const found = await conversationForToken(ctx.service.db, frame.token);
      if (!found) {
        conn.error('unauthenticated', 'unknown conversation token', frame.id);
        return conn.close(CLOSE.unauthenticated, 'unknown token');
      }
      conn.hello();
      conversation = found;
      status = found.status;
      const from = Math.min(frame.lastSeq ?? 0, found.lastSeq);
      conn.send({ type: 'ack', id: frame.id, conversationId: found.id, seq: found.lastSeq });
      conn.send({ type: 'welcome', conversationId: found.id, seq: found.lastSeq, status: found.status, language: found.language });
      subscriber = {
        viewer: 'newcomer',
        lastSent: from,
        deliver: (event) => {
          if (event.kind === 'status') {
            status = event.data.status as ConversationStatus;
            if (status === 'waiting') sendQueue();
          }
          conn.send(eventFrame(event, 'newcomer'));
        },
        typing: (author, active) => conn.send({ type: 'typing', conversationId: found.id, seq: subscriber?.lastSent ?? 0, author, active }),
      };
      stopQueue = ctx.hub.onQueueChange((agencyId) => {
        if (agencyId === found.agencyId && status === 'waiting') sendQueue();
      });
      await ctx.hub.subscribe(found.id, subscriber);
      if (status === 'waiting') sendQueue();
      return;
    }
    if (!conversation) return conn.error('hello_first', 'send a hello frame with your conversation token first', frame.id);
    const id = conversation.id;
    try {
      if (frame.type === 'ping') return conn.send({ type: 'ack', id: frame.id, conversationId: id, seq: subscriber?.lastSent ?? 0 });
      if (frame.type === 'typing') {
        await ctx.hub.typing(id, 'newcomer', frame.active);
        return conn.send({ type: 'ack', id: frame.id, conversationId: id, seq: subscriber?.lastSent ?? 0 });
      }
      const acked =
        frame.type === 'send'
          ? await ctx.service.newcomerSend(id, frame.id, frame.text)
          : frame.type === 'request_human'
            ? await ctx.service.requestHuman(id, frame.id, { mode: frame.mode, text: frame.text, callback: frame.callback })
            : await ctx.service.newcomerEnd(id, frame.id);
      conn.send({ type: 'ack', id: frame.id, conversationId: id, seq: acked.seq, ...(acked.duplicate ? { duplicate: true } : {}) });
    } catch (err) {
      if (err instanceof ChatStoreError) return conn.error(err.code, err.message, frame.id);
      throw err;
    }
  });
}
