/**
 * The conversation lifecycle: bot → waiting → advisor → bot or closed, and everything an action
 * stores. Each action is one transaction under the conversation's row lock; what it committed is
 * handed to the hub afterwards. The socket handlers only translate frames into these calls.
 */
import type { Db, Queryable } from '../../knowledge/db/index.ts';
import type { Staff } from '../auth/staff.ts';
import { audit } from '../auth/staff.ts';
import type { BotReply, ChatBot } from './bot-port.ts';
import type { ChatHub } from './hub.ts';
import { RTL_LANGUAGES, botUnavailableText, outOfHoursText } from './messages.ts';
import type { ChatMetrics } from './metrics.ts';
import { DEFAULT_OFFICE_HOURS, loadOfficeHours, officeStatus, type OfficeHours, type OfficeStatus } from './office-hours.ts';
import { botProfile, sharedProfile, type SharedProfile } from './profile.ts';
import type { HandoffMode, HandoffReason, Outcome } from './protocol.ts';
import { advisorsOnline, queuePosition, waitEstimate, type WaitEstimate } from './queue.ts';
import {
  ChatStoreError,
  appendEvents,
  eventsSince,
  findByClientId,
  getConversation,
  notifyAssigned,
  notifyQueue,
  withConversation,
  type ChatEvent,
  type Conversation,
  type NewEvent,
} from './store.ts';

export interface ChatServiceOptions {
  bot: ChatBot;
  /** The clock for office hours (tests move it). */
  now?: () => Date;
  /** Hours for sites without rows in chat_office_hours. */
  defaultHours?: Omit<OfficeHours, 'holidays'>;
}

/** What an action returns to be acknowledged: the seq of what it stored, or of the earlier identical frame. */
export interface Acked {
  seq: number;
  duplicate: boolean;
}

export interface QueueInfo {
  position: number;
  estimate: WaitEstimate | null;
  advisorsOnline: number;
  office: OfficeStatus;
}

const PRIORITY: Record<HandoffReason, number> = { crisis: 0, asked: 1, low_confidence: 1, referral_request: 1 };

export class ChatService {
  private readonly now: () => Date;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    readonly db: Db,
    readonly hub: ChatHub,
    readonly metrics: ChatMetrics,
    private readonly options: ChatServiceOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** Work started by a frame that outlives its acknowledgement (the bot's answer); shutdown waits for it. */
  track<T>(p: Promise<T>): Promise<T> {
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p)).catch(() => {});
    return p;
  }

  async drain(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  clock(): Date {
    return this.now();
  }

  officeHours(siteId: string | null): Promise<OfficeHours> {
    return loadOfficeHours(this.db, siteId, this.now(), this.options.defaultHours ?? DEFAULT_OFFICE_HOURS);
  }

  async office(conversation: Pick<Conversation, 'siteId'>): Promise<OfficeStatus> {
    return officeStatus(await this.officeHours(conversation.siteId), this.now());
  }

  private async commit<T>(id: string, fn: (tx: Queryable, c: Conversation) => Promise<{ events: ChatEvent[]; result: T }>): Promise<T> {
    const { events, result } = await withConversation(this.db, id, fn);
    this.hub.published(events);
    for (const e of events) if (e.kind === 'message') this.metrics.messages.inc({ author: e.author });
    return result;
  }

  // ---- newcomer actions ----

  /** Stores the newcomer's message; the bot's answer follows asynchronously (tracked) when no advisor has the chat. */
  async newcomerSend(conversationId: string, clientMsgId: string, text: string): Promise<Acked> {
    const { acked, question } = await this.commit(conversationId, async (tx, c) => {
      const earlier = await findByClientId(tx, c.id, 'newcomer', null, clientMsgId);
      if (earlier) return { events: [], result: { acked: { seq: earlier.seq, duplicate: true }, question: null } };
      if (c.status === 'closed') throw new ChatStoreError('conversation_closed', 'this conversation is closed; start a new one');
      const events = await appendEvents(tx, c.id, [{ kind: 'message', author: 'newcomer', clientMsgId, body: text }]);
      const answer = c.status === 'bot' || c.status === 'waiting';
      return { events, result: { acked: { seq: events[0].seq, duplicate: false }, question: answer ? events[0] : null } };
    });
    if (question) void this.track(this.answer(question));
    return acked;
  }

  /** Asks the bot and stores its answer, unless an advisor took the conversation meanwhile. */
  async answer(question: ChatEvent): Promise<void> {
    const started = performance.now();
    const conversation = await getConversation(this.db, question.conversationId);
    if (!conversation || (conversation.status !== 'bot' && conversation.status !== 'waiting')) return;
    const profile = await sharedProfile(this.db, conversation.clientId, conversation.consent);
    let reply: BotReply;
    try {
      reply = await this.options.bot.reply({ conversationId: conversation.id, text: question.body, language: conversation.language, profile: botProfile(profile, conversation.siteId) });
    } catch {
      this.metrics.botFailures.inc();
      await this.commit(conversation.id, async (tx, c) => {
        if (c.status !== 'bot' && c.status !== 'waiting') return { events: [], result: undefined };
        const fallback = botUnavailableText(c.language);
        const events = await appendEvents(tx, c.id, [
          { kind: 'message', author: 'system', body: fallback.text, data: { replyTo: { seq: question.seq, clientMsgId: question.clientMsgId }, language: fallback.language, offer: ['message', 'callback'] } },
        ]);
        return { events, result: undefined };
      });
      return;
    }
    const office = reply.handoff && conversation.status === 'bot' ? await this.office(conversation) : null;
    await this.commit(conversation.id, async (tx, c) => {
      // An advisor took over while the bot was thinking: the person answers now, not the bot.
      if (c.status !== 'bot' && c.status !== 'waiting') return { events: [], result: undefined };
      const language = reply.language || c.language;
      const add: NewEvent[] = [
        {
          kind: 'message',
          author: 'bot',
          body: reply.text,
          data: {
            language,
            direction: reply.direction ?? (RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr'),
            sources: reply.sources,
            serviceCards: reply.serviceCards,
            replyTo: { seq: question.seq, clientMsgId: question.clientMsgId },
            intent: reply.intent,
            confidence: reply.confidence,
            urgent: reply.urgent,
          },
        },
      ];
      if (language !== c.language) await tx.query('UPDATE conversation SET language = $2 WHERE id = $1', [c.id, language]);
      let queued = false;
      if (reply.handoff && c.status === 'bot' && office) {
        const { reason, referral } = reply.handoff;
        if (referral) await this.createReferral(tx, c, referral.serviceId ?? null, referral.text, 'bot');
        if (office.open || reason === 'crisis') {
          // A crisis is queued even out of hours (first in line when people are back); the bot's answer carries the emergency lines.
          add.push(await this.openHandoff(tx, c, reason, office.open ? 'live' : 'message'));
          queued = true;
        } else {
          add.push(this.outOfHoursMessage(language, office));
        }
      }
      const events = await appendEvents(tx, c.id, add);
      if (queued) await notifyQueue(tx, c.agencyId);
      return { events, result: undefined };
    });
    this.metrics.answerLatency.observe((performance.now() - started) / 1000);
  }

  private outOfHoursMessage(language: string, office: OfficeStatus): NewEvent {
    const t = outOfHoursText(language, office.nextOpen);
    return {
      kind: 'message',
      author: 'bot',
      body: t.text,
      data: { language: t.language, direction: RTL_LANGUAGES.has(t.language) ? 'rtl' : 'ltr', offer: ['message', 'callback'], ...(office.nextOpen ? { nextOpen: office.nextOpen } : {}) },
    };
  }

  /** Inserts the handoff row and returns the status event announcing it (the caller appends it). */
  private async openHandoff(tx: Queryable, c: Conversation, reason: HandoffReason, mode: HandoffMode, clientMsgId?: string): Promise<NewEvent> {
    await tx.query(`UPDATE handoff SET resolved_at = now() WHERE conversation_id = $1 AND resolved_at IS NULL`, [c.id]);
    await tx.query('INSERT INTO handoff (conversation_id, reason, mode, priority) VALUES ($1, $2, $3, $4)', [c.id, reason, mode, PRIORITY[reason]]);
    await tx.query(`UPDATE conversation SET status = 'waiting', advisor_id = NULL WHERE id = $1`, [c.id]);
    this.metrics.handoffs.inc({ reason, mode });
    return { kind: 'status', author: clientMsgId ? 'newcomer' : 'system', clientMsgId, data: { status: 'waiting', reason, mode } };
  }

  /**
   * The newcomer asks for a person. Live, in office hours: into the queue. Live, out of hours: the
   * bot says when people are back and offers a message or callback. A message or a callback
   * request goes into the queue at any hour.
   */
  async requestHuman(conversationId: string, clientMsgId: string, input: { mode: HandoffMode; text?: string; callback?: { phone: string; preferredTime?: string } }): Promise<Acked> {
    const office = input.mode === 'live' ? await this.office((await getConversation(this.db, conversationId)) ?? { siteId: null }) : null;
    return this.commit<Acked>(conversationId, async (tx, c) => {
      const earlier = await findByClientId(tx, c.id, 'newcomer', null, clientMsgId);
      if (earlier) return { events: [], result: { seq: earlier.seq, duplicate: true } };
      if (c.status === 'closed') throw new ChatStoreError('conversation_closed', 'this conversation is closed; start a new one');
      if (c.status === 'advisor') throw new ChatStoreError('invalid_state', 'an advisor is already in this conversation');
      if (input.mode === 'callback' && !input.callback) throw new ChatStoreError('invalid_state', 'a callback request needs a phone number');
      if (input.mode === 'live' && office && !office.open) {
        const events = await appendEvents(tx, c.id, [{ ...this.outOfHoursMessage(c.language, office), clientMsgId, author: 'bot' }]);
        return { events, result: { seq: events[0].seq, duplicate: false } };
      }
      if (c.status === 'waiting' && input.mode === 'live') return { events: [], result: { seq: c.lastSeq, duplicate: true } };
      const add: NewEvent[] = [];
      if (input.text || input.callback) {
        add.push({ kind: 'message', author: 'newcomer', clientMsgId, body: input.text ?? '', data: input.callback ? { callback: input.callback } : {} });
      }
      add.push(await this.openHandoff(tx, c, 'asked', input.mode, add.length ? undefined : clientMsgId));
      const events = await appendEvents(tx, c.id, add);
      await notifyQueue(tx, c.agencyId);
      return { events, result: { seq: events[0].seq, duplicate: false } };
    });
  }

  async newcomerEnd(conversationId: string, clientMsgId: string): Promise<Acked> {
    return this.commit<Acked>(conversationId, async (tx, c) => {
      const earlier = await findByClientId(tx, c.id, 'newcomer', null, clientMsgId);
      if (earlier) return { events: [], result: { seq: earlier.seq, duplicate: true } };
      if (c.status === 'closed') return { events: [], result: { seq: c.lastSeq, duplicate: true } };
      const events = await this.closeIn(tx, c, 'newcomer_left', { author: 'newcomer', clientMsgId });
      return { events, result: { seq: events[0].seq, duplicate: false } };
    });
  }

  async queueInfo(conversation: Conversation): Promise<QueueInfo | null> {
    const position = await queuePosition(this.db, conversation.id);
    if (position === null) return null;
    const [estimate, online, office] = await Promise.all([waitEstimate(this.db, conversation.agencyId), advisorsOnline(this.db, conversation.agencyId), this.office(conversation)]);
    return { position, estimate, advisorsOnline: online, office };
  }

  // ---- advisor actions ----

  private static holds(c: Conversation, staff: Staff): boolean {
    return c.agencyId === staff.agencyId && c.status === 'advisor' && c.advisorId === staff.id;
  }

  private static sameAgency(c: Conversation, staff: Staff): void {
    // Another organization's conversation does not exist as far as this advisor can tell.
    if (c.agencyId !== staff.agencyId) throw new ChatStoreError('not_found', 'no such conversation');
  }

  private async staffEarlier(tx: Queryable, c: Conversation, staff: Staff, clientMsgId: string): Promise<Acked | null> {
    const earlier = await findByClientId(tx, c.id, 'advisor', staff.id, clientMsgId);
    return earlier ? { seq: earlier.seq, duplicate: true } : null;
  }

  /** Exactly one advisor wins: the conditional UPDATE only matches while the conversation is still waiting. */
  async take(staff: Staff, conversationId: string, clientMsgId: string): Promise<Acked> {
    const { acked, waited, events } = await this.db.transaction(async (tx) => {
      const won = await tx.query<{ id: string }>(
        `UPDATE conversation SET status = 'advisor', advisor_id = $2 WHERE id = $1 AND status = 'waiting' AND agency_id = $3 RETURNING id`,
        [conversationId, staff.id, staff.agencyId],
      );
      const c = await getConversation(tx, conversationId, { lock: true });
      if (!c) throw new ChatStoreError('not_found', 'no such conversation');
      ChatService.sameAgency(c, staff);
      if (!won.rows[0]) {
        const earlier = await this.staffEarlier(tx, c, staff, clientMsgId);
        if (earlier) return { acked: earlier, waited: null, events: [] as ChatEvent[] };
        // Taking what you already hold (a retry with a new id) is not a lost race.
        if (ChatService.holds(c, staff)) return { acked: { seq: c.lastSeq, duplicate: true }, waited: null, events: [] as ChatEvent[] };
        throw new ChatStoreError('not_available', c.status === 'advisor' ? 'another advisor has taken this conversation' : 'this conversation is not waiting for an advisor');
      }
      const h = await tx.query<{ reason: HandoffReason; mode: HandoffMode; wait: number }>(
        `UPDATE handoff SET taken_at = now(), taken_by = $2 WHERE conversation_id = $1 AND taken_at IS NULL AND resolved_at IS NULL
         RETURNING reason, mode, extract(epoch FROM taken_at - requested_at)::float8 AS wait`,
        [c.id, staff.id],
      );
      const events = await appendEvents(tx, c.id, [
        { kind: 'status', author: 'advisor', authorId: staff.id, clientMsgId, data: { status: 'advisor', advisorName: staff.displayName, advisorId: staff.id } },
      ]);
      await notifyQueue(tx, c.agencyId);
      await audit(tx, staff.id, 'chat.take', c.id);
      return { acked: { seq: events[0].seq, duplicate: false }, waited: h.rows[0] ?? null, events };
    });
    this.hub.published(events);
    if (waited && waited.mode === 'live') this.metrics.waitTime.observe({ reason: waited.reason }, Number(waited.wait));
    return acked;
  }

  /** Everything in the conversation for the advisor holding it, with the profile the newcomer agreed to share. Audited. */
  async transcript(staff: Staff, conversationId: string, options: { requireHolding?: boolean } = {}): Promise<{ conversation: Conversation; events: ChatEvent[]; profile: SharedProfile | null }> {
    const c = await getConversation(this.db, conversationId);
    if (!c) throw new ChatStoreError('not_found', 'no such conversation');
    ChatService.sameAgency(c, staff);
    if (options.requireHolding !== false && !ChatService.holds(c, staff)) throw new ChatStoreError('forbidden', 'take the conversation first');
    const [events, profile] = await Promise.all([eventsSince(this.db, c.id, 0, { staff: true }), sharedProfile(this.db, c.clientId, c.consent)]);
    await audit(this.db, staff.id, 'chat.transcript_read', c.id, { profileFields: profile ? Object.keys(profile) : [] });
    return { conversation: c, events, profile };
  }

  /** Checks that the advisor may resume the conversation after a reconnect. */
  async assertHolding(staff: Staff, conversationId: string): Promise<Conversation> {
    const c = await getConversation(this.db, conversationId);
    if (!c) throw new ChatStoreError('not_found', 'no such conversation');
    ChatService.sameAgency(c, staff);
    if (!ChatService.holds(c, staff)) throw new ChatStoreError('forbidden', 'you do not hold this conversation');
    return c;
  }

  private async holding<T>(staff: Staff, conversationId: string, clientMsgId: string, fn: (tx: Queryable, c: Conversation) => Promise<ChatEvent[]>): Promise<Acked> {
    return this.commit<Acked>(conversationId, async (tx, c) => {
      ChatService.sameAgency(c, staff);
      const earlier = await this.staffEarlier(tx, c, staff, clientMsgId);
      if (earlier) return { events: [], result: earlier };
      if (!ChatService.holds(c, staff)) throw new ChatStoreError('forbidden', 'you do not hold this conversation');
      const events = await fn(tx, c);
      return { events, result: { seq: events[0].seq, duplicate: false } };
    });
  }

  async reply(staff: Staff, conversationId: string, clientMsgId: string, input: { text?: string; cannedId?: number }): Promise<Acked> {
    return this.holding(staff, conversationId, clientMsgId, async (tx, c) => {
      let body = input.text ?? '';
      if (input.cannedId !== undefined) {
        const canned = await tx.query<{ body: string }>('SELECT body FROM canned_response WHERE id = $1 AND agency_id = $2', [input.cannedId, staff.agencyId]);
        if (!canned.rows[0]) throw new ChatStoreError('not_found', 'no such canned response');
        body = canned.rows[0].body;
      }
      return appendEvents(tx, c.id, [{ kind: 'message', author: 'advisor', authorId: staff.id, clientMsgId, body, data: { authorName: staff.displayName } }]);
    });
  }

  /** An internal note: stored with audience 'staff', never sent to the newcomer. */
  async note(staff: Staff, conversationId: string, clientMsgId: string, text: string): Promise<Acked> {
    return this.holding(staff, conversationId, clientMsgId, (tx, c) =>
      appendEvents(tx, c.id, [{ kind: 'note', audience: 'staff', author: 'advisor', authorId: staff.id, clientMsgId, body: text, data: { authorName: staff.displayName } }]),
    );
  }

  async transfer(staff: Staff, conversationId: string, clientMsgId: string, toAdvisorId: string): Promise<Acked> {
    return this.holding(staff, conversationId, clientMsgId, async (tx, c) => {
      const target = await tx.query<{ id: string; display_name: string }>(
        `SELECT id, display_name FROM staff_user WHERE id = $1 AND agency_id = $2 AND role = 'advisor' AND NOT disabled`,
        [toAdvisorId, staff.agencyId],
      );
      const to = target.rows[0];
      if (!to || to.id === staff.id) throw new ChatStoreError('not_found', 'no other advisor with that id in your organization');
      await tx.query('UPDATE conversation SET advisor_id = $2 WHERE id = $1', [c.id, to.id]);
      await tx.query('UPDATE handoff SET taken_by = $2 WHERE conversation_id = $1 AND resolved_at IS NULL', [c.id, to.id]);
      const events = await appendEvents(tx, c.id, [
        { kind: 'status', author: 'advisor', authorId: staff.id, clientMsgId, data: { status: 'advisor', advisorName: to.display_name, advisorId: to.id } },
      ]);
      await notifyAssigned(tx, to.id, c.id);
      await audit(tx, staff.id, 'chat.transfer', c.id, { to: to.id });
      return events;
    });
  }

  async returnToBot(staff: Staff, conversationId: string, clientMsgId: string): Promise<Acked> {
    return this.holding(staff, conversationId, clientMsgId, async (tx, c) => {
      await tx.query(`UPDATE conversation SET status = 'bot', advisor_id = NULL WHERE id = $1`, [c.id]);
      await tx.query('UPDATE handoff SET resolved_at = now() WHERE conversation_id = $1 AND resolved_at IS NULL', [c.id]);
      await audit(tx, staff.id, 'chat.return_to_bot', c.id);
      return appendEvents(tx, c.id, [{ kind: 'status', author: 'advisor', authorId: staff.id, clientMsgId, data: { status: 'bot' } }]);
    });
  }

  /** Closes a conversation the advisor holds, or one still waiting in their organization's queue (spam, duplicates). */
  async close(staff: Staff, conversationId: string, clientMsgId: string, outcome: Outcome): Promise<Acked> {
    return this.commit<Acked>(conversationId, async (tx, c) => {
      ChatService.sameAgency(c, staff);
      const earlier = await this.staffEarlier(tx, c, staff, clientMsgId);
      if (earlier) return { events: [], result: earlier };
      if (!ChatService.holds(c, staff) && c.status !== 'waiting') throw new ChatStoreError('forbidden', 'you do not hold this conversation');
      const events = await this.closeIn(tx, c, outcome, { author: 'advisor', authorId: staff.id, clientMsgId });
      await audit(tx, staff.id, 'chat.close', c.id, { outcome });
      return { events, result: { seq: events[0].seq, duplicate: false } };
    });
  }

  private async closeIn(tx: Queryable, c: Conversation, outcome: Outcome, by: Pick<NewEvent, 'author' | 'authorId' | 'clientMsgId'>): Promise<ChatEvent[]> {
    await tx.query(`UPDATE conversation SET status = 'closed', closed_at = now(), outcome = $2, advisor_id = NULL WHERE id = $1`, [c.id, outcome]);
    await tx.query('UPDATE handoff SET resolved_at = now() WHERE conversation_id = $1 AND resolved_at IS NULL', [c.id]);
    if (c.status === 'waiting') await notifyQueue(tx, c.agencyId);
    return appendEvents(tx, c.id, [{ kind: 'status', ...by, data: { status: 'closed', outcome } }]);
  }

  private async createReferral(tx: Queryable, c: Conversation, serviceId: string | null, text: string, createdBy: string): Promise<number> {
    if (serviceId) {
      const exists = await tx.query('SELECT 1 FROM service WHERE id = $1', [serviceId]);
      if (!exists.rows[0]) throw new ChatStoreError('not_found', 'no such service');
    }
    const { rows } = await tx.query<{ id: number }>(
      'INSERT INTO referral_request (conversation_id, agency_id, service_id, request, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [c.id, c.agencyId, serviceId, text, createdBy],
    );
    return rows[0].id;
  }

  /** A referral task for the agency, noted (staff only) in the conversation. */
  async refer(staff: Staff, conversationId: string, clientMsgId: string, input: { serviceId?: string; text: string }): Promise<Acked> {
    return this.holding(staff, conversationId, clientMsgId, async (tx, c) => {
      const id = await this.createReferral(tx, c, input.serviceId ?? null, input.text, staff.id);
      await audit(tx, staff.id, 'chat.referral', c.id, { referral: id });
      return appendEvents(tx, c.id, [{ kind: 'note', audience: 'staff', author: 'advisor', authorId: staff.id, clientMsgId, body: input.text, data: { authorName: staff.displayName, referralId: id } }]);
    });
  }

  /** Sets the advisor's presence on behalf of one socket (`connectionId`), which becomes its owner. */
  async setPresence(staff: Staff, status: 'online' | 'away' | 'offline', filter: { sites?: string[]; languages?: string[] }, connectionId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO advisor_presence (staff_id, status, sites, languages, last_seen, connection_id) VALUES ($1, $2, $3, $4, now(), $5)
       ON CONFLICT (staff_id) DO UPDATE SET status = $2, sites = $3, languages = $4, last_seen = now(), connection_id = $5`,
      [staff.id, status, filter.sites ?? [], filter.languages ?? [], connectionId],
    );
    await notifyQueue(this.db, staff.agencyId);
  }

  /**
   * A socket closed: the advisor goes offline only if that socket still owns the presence. A newer
   * socket (a reloaded console, a reconnect to another instance) may already have set it online.
   */
  async socketClosed(staff: Staff, connectionId: string): Promise<void> {
    const { rowCount } = await this.db.query(
      `UPDATE advisor_presence SET status = 'offline', last_seen = now() WHERE staff_id = $1 AND connection_id = $2`,
      [staff.id, connectionId],
    );
    if (rowCount) await notifyQueue(this.db, staff.agencyId);
  }

  async heartbeat(staffIds: string[]): Promise<void> {
    if (staffIds.length) await this.db.query('UPDATE advisor_presence SET last_seen = now() WHERE staff_id = ANY($1::text[])', [staffIds]);
  }

  async holdingList(staff: Staff): Promise<{ conversationId: string; seq: number }[]> {
    const { rows } = await this.db.query<{ id: string; last_seq: number }>(
      `SELECT id, last_seq FROM conversation WHERE advisor_id = $1 AND status = 'advisor' AND agency_id = $2 ORDER BY last_active_at`,
      [staff.id, staff.agencyId],
    );
    return rows.map((r) => ({ conversationId: r.id, seq: r.last_seq }));
  }

  async canned(agencyId: string): Promise<{ id: number; title: string; body: string; language: string }[]> {
    const { rows } = await this.db.query<{ id: number; title: string; body: string; language: string }>(
      'SELECT id, title, body, language FROM canned_response WHERE agency_id = $1 ORDER BY title, id',
      [agencyId],
    );
    return rows;
  }
}
