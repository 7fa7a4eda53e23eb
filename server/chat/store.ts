/**
 * Conversations and their event log in PostgreSQL. Every event takes the conversation's next
 * sequence number under the conversation row's lock and is announced with NOTIFY in the same
 * transaction, so the announcement only goes out once the event is committed.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../../knowledge/db/index.ts';
import type { ConversationStatus } from './protocol.ts';

/**
 * The one NOTIFY channel of the chat (one LISTEN connection per instance). Payloads never hold text:
 * `{"k":"e","c":conversation,"s":seq}` a new event; `{"k":"q","a":agency}` the queue changed;
 * `{"k":"a","staff":id,"c":conversation}` a conversation handed to a staff member;
 * `{"k":"t","c":conversation,"a":"newcomer"|"advisor","on":bool}` typing.
 */
export const CHAT_CHANNEL = 'wf_chat';

export type EventKind = 'message' | 'status' | 'note';
export type Author = 'newcomer' | 'bot' | 'advisor' | 'system';

export interface ChatEvent {
  conversationId: string;
  seq: number;
  kind: EventKind;
  audience: 'all' | 'staff';
  author: Author;
  authorId: string | null;
  clientMsgId: string | null;
  body: string;
  data: Record<string, unknown>;
  createdAt: string;
}

export interface NewEvent {
  kind: EventKind;
  audience?: 'all' | 'staff';
  author: Author;
  authorId?: string | null;
  clientMsgId?: string | null;
  body?: string;
  data?: Record<string, unknown>;
}

export interface Conversation {
  id: string;
  agencyId: string;
  siteId: string | null;
  language: string;
  status: ConversationStatus;
  advisorId: string | null;
  clientId: string | null;
  consent: Record<string, boolean>;
  lastSeq: number;
}

interface ConversationRow {
  id: string;
  agency_id: string;
  site_id: string | null;
  language: string;
  status: ConversationStatus;
  advisor_id: string | null;
  client_id: string | null;
  consent: Record<string, boolean> | string;
  last_seq: number;
}

const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

const toConversation = (r: ConversationRow): Conversation => ({
  id: r.id,
  agencyId: r.agency_id,
  siteId: r.site_id,
  language: r.language,
  status: r.status,
  advisorId: r.advisor_id,
  clientId: r.client_id,
  consent: json(r.consent),
  lastSeq: r.last_seq,
});

const CONVERSATION_COLUMNS = 'id, agency_id, site_id, language, status, advisor_id, client_id, consent, last_seq';

interface EventRow {
  conversation_id: string;
  seq: number;
  kind: EventKind;
  audience: 'all' | 'staff';
  author: Author;
  author_id: string | null;
  client_msg_id: string | null;
  body: string;
  data: Record<string, unknown> | string;
  created_at: Date | string;
}

const EVENT_COLUMNS = 'conversation_id, seq, kind, audience, author, author_id, client_msg_id, body, data, created_at';

const toEvent = (r: EventRow): ChatEvent => ({
  conversationId: r.conversation_id,
  seq: r.seq,
  kind: r.kind,
  audience: r.audience,
  author: r.author,
  authorId: r.author_id,
  clientMsgId: r.client_msg_id,
  body: r.body,
  data: json(r.data),
  createdAt: new Date(r.created_at).toISOString(),
});

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export class ChatStoreError extends Error {
  constructor(
    readonly code: 'not_found' | 'invalid_state' | 'not_available' | 'forbidden' | 'conversation_closed',
    message: string,
  ) {
    super(message);
  }
}

/** A new anonymous conversation; the token is returned once and only its hash is kept. */
export async function createConversation(
  db: Queryable,
  input: { agencyId: string; siteId?: string | null; language?: string },
): Promise<{ conversation: Conversation; token: string }> {
  const token = randomBytes(32).toString('base64url');
  const id = `conv_${randomUUID()}`;
  const { rows } = await db.query<ConversationRow>(
    `INSERT INTO conversation (id, token_hash, agency_id, site_id, language)
     VALUES ($1, $2, $3, coalesce($4, (SELECT site_id FROM agency WHERE id = $3)), $5)
     RETURNING ${CONVERSATION_COLUMNS}`,
    [id, hashToken(token), input.agencyId, input.siteId ?? null, input.language ?? 'en'],
  );
  return { conversation: toConversation(rows[0]), token };
}

export async function conversationForToken(db: Queryable, token: string): Promise<Conversation | null> {
  const { rows } = await db.query<ConversationRow>(`SELECT ${CONVERSATION_COLUMNS} FROM conversation WHERE token_hash = $1`, [hashToken(token)]);
  return rows[0] ? toConversation(rows[0]) : null;
}

export async function getConversation(db: Queryable, id: string, options: { lock?: boolean } = {}): Promise<Conversation | null> {
  const { rows } = await db.query<ConversationRow>(`SELECT ${CONVERSATION_COLUMNS} FROM conversation WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`, [id]);
  return rows[0] ? toConversation(rows[0]) : null;
}

/** Appends events inside an open transaction whose conversation row is already locked (or gets locked here). */
export async function appendEvents(tx: Queryable, conversationId: string, events: NewEvent[]): Promise<ChatEvent[]> {
  if (events.length === 0) return [];
  const { rows } = await tx.query<{ last_seq: number }>(
    'UPDATE conversation SET last_seq = last_seq + $2, last_active_at = now() WHERE id = $1 RETURNING last_seq',
    [conversationId, events.length],
  );
  if (!rows[0]) throw new ChatStoreError('not_found', 'no such conversation');
  const first = rows[0].last_seq - events.length + 1;
  const inserted = await tx.query<EventRow>(
    `INSERT INTO chat_event (conversation_id, seq, kind, audience, author, author_id, client_msg_id, body, data)
     SELECT $1, e.seq, e.kind, e.audience, e.author, e.author_id, e.client_msg_id, e.body, e.data::jsonb
       FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
         AS e(seq, kind, audience, author, author_id, client_msg_id, body, data)
     RETURNING ${EVENT_COLUMNS}`,
    [
      conversationId,
      events.map((_, i) => first + i),
      events.map((e) => e.kind),
      events.map((e) => e.audience ?? 'all'),
      events.map((e) => e.author),
      events.map((e) => e.authorId ?? null),
      events.map((e) => e.clientMsgId ?? null),
      events.map((e) => e.body ?? ''),
      events.map((e) => JSON.stringify(e.data ?? {})),
    ],
  );
  // Delivered by PostgreSQL only when the transaction commits: nobody hears of an event that is not stored.
  await tx.query('SELECT pg_notify($1, $2)', [CHAT_CHANNEL, JSON.stringify({ k: 'e', c: conversationId, s: rows[0].last_seq })]);
  return inserted.rows.map(toEvent).sort((a, b) => a.seq - b.seq);
}

/** The event a sender already stored under this client message id, if any (call with the row locked). */
export async function findByClientId(tx: Queryable, conversationId: string, author: Author, authorId: string | null, clientMsgId: string): Promise<ChatEvent | null> {
  const { rows } = await tx.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM chat_event
      WHERE conversation_id = $1 AND author = $2 AND coalesce(author_id, '') = coalesce($3, '') AND client_msg_id = $4`,
    [conversationId, author, authorId, clientMsgId],
  );
  return rows[0] ? toEvent(rows[0]) : null;
}

export async function eventsSince(db: Queryable, conversationId: string, afterSeq: number, options: { staff?: boolean; limit?: number } = {}): Promise<ChatEvent[]> {
  const { rows } = await db.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM chat_event
      WHERE conversation_id = $1 AND seq > $2 ${options.staff ? '' : "AND audience = 'all'"}
      ORDER BY seq LIMIT $3`,
    [conversationId, afterSeq, options.limit ?? 10_000],
  );
  return rows.map(toEvent);
}

export async function notifyQueue(tx: Queryable, agencyId: string): Promise<void> {
  await tx.query('SELECT pg_notify($1, $2)', [CHAT_CHANNEL, JSON.stringify({ k: 'q', a: agencyId })]);
}

export async function notifyAssigned(tx: Queryable, staffId: string, conversationId: string): Promise<void> {
  await tx.query('SELECT pg_notify($1, $2)', [CHAT_CHANNEL, JSON.stringify({ k: 'a', staff: staffId, c: conversationId })]);
}

/** Runs `fn` in a transaction with the conversation row locked; the closure sees the current state. */
export async function withConversation<T>(db: Db, id: string, fn: (tx: Queryable, conversation: Conversation) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const conversation = await getConversation(tx, id, { lock: true });
    if (!conversation) throw new ChatStoreError('not_found', 'no such conversation');
    return fn(tx, conversation);
  });
}
