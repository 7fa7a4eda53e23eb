/**
 * The chat wire protocol: every frame either side sends, as zod schemas, so the server and the
 * widget validate the same shapes. Documented for people in server/PROTOCOL.md.
 */
import { z } from 'zod';

/** Largest WebSocket message the server reads; anything bigger closes the socket with 1009. */
export const MAX_FRAME_BYTES = 16 * 1024;
/** Longest chat message, in characters (a frame that fits but says more gets a `too_long` error). */
export const MAX_TEXT_CHARS = 2000;

/** Close codes the server uses; the client reconnects (with its last seq) only after 1012 and 1011. */
export const CLOSE = {
  normal: 1000,
  /** Too many bad or excessive frames. */
  policy: 1008,
  /** A frame larger than MAX_FRAME_BYTES (sent by the `ws` library itself). */
  tooBig: 1009,
  internal: 1011,
  /** The instance is shutting down: reconnect, with your last seq, after `retryAfterMs`. */
  restart: 1012,
  /** The hello frame carried no valid token. */
  unauthenticated: 4001,
  /** Valid token, but this endpoint is not for your role. */
  forbidden: 4003,
  /** No hello frame in time. */
  helloTimeout: 4008,
} as const;

export const ERROR_CODES = [
  'bad_json',
  'invalid_frame',
  'unknown_type',
  'hello_first',
  'unauthenticated',
  'already_hello',
  'too_long',
  'rate_limited',
  'not_found',
  'forbidden',
  'not_available',
  'invalid_state',
  'conversation_closed',
  'shutting_down',
  'bot_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The sender's own id for a frame: acknowledged, and a repeat is not stored twice. */
const clientId = z.string().min(1).max(64).regex(/^[A-Za-z0-9._:-]+$/, 'letters, digits, ".", "_", ":" or "-"');
const seq = z.number().int().min(0).max(2 ** 31 - 1);
const conversationId = z.string().min(1).max(64);
// Length is checked after parsing so the error can say `too_long` instead of a generic schema error.
const text = z.string().trim().min(1, 'must not be empty');

export const HANDOFF_REASONS = ['asked', 'low_confidence', 'crisis', 'referral_request'] as const;
export type HandoffReason = (typeof HANDOFF_REASONS)[number];
export const HANDOFF_MODES = ['live', 'message', 'callback'] as const;
export type HandoffMode = (typeof HANDOFF_MODES)[number];
export const STATUSES = ['bot', 'waiting', 'advisor', 'closed'] as const;
export type ConversationStatus = (typeof STATUSES)[number];
export const OUTCOMES = ['resolved', 'referred', 'callback_scheduled', 'no_response', 'newcomer_left', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];

// ---- frames a newcomer sends on /ws/newcomer ----

export const newcomerHello = z.strictObject({ type: z.literal('hello'), id: clientId, token: z.string().min(16).max(200), lastSeq: seq.optional() });
export const newcomerSend = z.strictObject({ type: z.literal('send'), id: clientId, text });
export const newcomerTyping = z.strictObject({ type: z.literal('typing'), id: clientId, active: z.boolean() });
export const newcomerRequestHuman = z.strictObject({
  type: z.literal('request_human'),
  id: clientId,
  /** live: join the queue now; message / callback: leave something for the next advisor (any hour). */
  mode: z.enum(HANDOFF_MODES).default('live'),
  text: text.optional(),
  callback: z.strictObject({ phone: z.string().trim().min(5).max(40), preferredTime: z.string().trim().max(100).optional() }).optional(),
});
export const newcomerEnd = z.strictObject({ type: z.literal('end'), id: clientId });
export const ping = z.strictObject({ type: z.literal('ping'), id: clientId });

export const newcomerFrame = z.discriminatedUnion('type', [newcomerHello, newcomerSend, newcomerTyping, newcomerRequestHuman, newcomerEnd, ping]);
export type NewcomerFrame = z.infer<typeof newcomerFrame>;

// ---- frames an advisor sends on /ws/staff ----

const idList = z.array(z.string().min(1).max(40)).max(50);
export const staffHello = z.strictObject({ type: z.literal('hello'), id: clientId, token: z.string().min(16).max(200), sites: idList.optional(), languages: idList.optional() });
export const staffPresence = z.strictObject({ type: z.literal('presence'), id: clientId, status: z.enum(['online', 'away']) });
export const staffFilter = z.strictObject({ type: z.literal('filter'), id: clientId, sites: idList.optional(), languages: idList.optional() });
export const staffTake = z.strictObject({ type: z.literal('take'), id: clientId, conversationId });
export const staffResume = z.strictObject({ type: z.literal('resume'), id: clientId, conversationId, lastSeq: seq.optional() });
export const staffReply = z
  .strictObject({ type: z.literal('reply'), id: clientId, conversationId, text: text.optional(), cannedId: z.number().int().positive().optional() })
  .refine((f) => (f.text === undefined) !== (f.cannedId === undefined), 'give either text or cannedId');
export const staffNote = z.strictObject({ type: z.literal('note'), id: clientId, conversationId, text });
export const staffTyping = z.strictObject({ type: z.literal('typing'), id: clientId, conversationId, active: z.boolean() });
export const staffTransfer = z.strictObject({ type: z.literal('transfer'), id: clientId, conversationId, toAdvisorId: z.string().min(1).max(100) });
export const staffReturnToBot = z.strictObject({ type: z.literal('return_to_bot'), id: clientId, conversationId });
export const staffClose = z.strictObject({ type: z.literal('close'), id: clientId, conversationId, outcome: z.enum(OUTCOMES) });
export const staffRefer = z.strictObject({ type: z.literal('refer'), id: clientId, conversationId, serviceId: z.string().min(1).max(100).optional(), text });

export const staffFrame = z.discriminatedUnion('type', [
  staffHello,
  staffPresence,
  staffFilter,
  staffTake,
  staffResume,
  staffReply,
  staffNote,
  staffTyping,
  staffTransfer,
  staffReturnToBot,
  staffClose,
  staffRefer,
  ping,
]);
export type StaffFrame = z.infer<typeof staffFrame>;

// ---- frames the server sends ----

export const source = z.object({ title: z.string(), url: z.string() });
export const serviceCard = z.object({
  serviceId: z.string(),
  name: z.string(),
  organization: z.string().optional(),
  url: z.string().optional(),
  phones: z.array(z.string()).optional(),
  addresses: z.array(z.string()).optional(),
  hours: z.string().optional(),
  /** Languages the service is offered in (ISO 639 codes). */
  languages: z.array(z.string()).optional(),
  eligibility: z.array(z.string()).optional(),
  /** Open at the time of the answer; null when the directory lists no hours. */
  openNow: z.boolean().nullable().optional(),
});
export const nextOpen = z.object({ at: z.string(), localDate: z.string(), localTime: z.string(), weekday: z.string(), timeZone: z.string() });

export const ackFrame = z.object({ type: z.literal('ack'), id: clientId, conversationId: z.string().optional(), seq: seq.optional(), duplicate: z.boolean().optional() });
export const errorFrame = z.object({ type: z.literal('error'), id: z.string().optional(), code: z.enum(ERROR_CODES), message: z.string() });
export const reconnectFrame = z.object({ type: z.literal('reconnect'), retryAfterMs: z.number().int() });

const eventBase = { conversationId: z.string(), seq, at: z.string() };
export const messageFrame = z.object({
  type: z.literal('message'),
  ...eventBase,
  author: z.enum(['newcomer', 'bot', 'advisor', 'system']),
  authorName: z.string().optional(),
  text: z.string(),
  clientMsgId: z.string().optional(),
  language: z.string().optional(),
  direction: z.enum(['ltr', 'rtl']).optional(),
  sources: z.array(source).optional(),
  serviceCards: z.array(serviceCard).optional(),
  /** On a bot answer: the newcomer message it answers. */
  replyTo: z.object({ seq, clientMsgId: z.string().optional() }).optional(),
  /** On an out-of-hours bot message: what the newcomer can leave instead of waiting. */
  offer: z.array(z.enum(['message', 'callback'])).optional(),
  nextOpen: nextOpen.optional(),
  /** Staff only: what the bot understood and how sure it was. */
  intent: z.string().optional(),
  confidence: z.number().optional(),
  urgent: z.boolean().optional(),
  callback: z.object({ phone: z.string(), preferredTime: z.string().optional() }).optional(),
});
export const statusFrame = z.object({
  type: z.literal('status'),
  ...eventBase,
  status: z.enum(STATUSES),
  reason: z.enum(HANDOFF_REASONS).optional(),
  mode: z.enum(HANDOFF_MODES).optional(),
  advisorName: z.string().optional(),
  /** Staff only. */
  advisorId: z.string().optional(),
  outcome: z.enum(OUTCOMES).optional(),
});
export const noteFrame = z.object({ type: z.literal('note'), ...eventBase, authorName: z.string().optional(), text: z.string(), referralId: z.number().optional() });
export const typingFrame = z.object({ type: z.literal('typing'), conversationId: z.string(), seq, author: z.enum(['newcomer', 'advisor']), active: z.boolean() });
export const waitEstimate = z.object({ p50Seconds: z.number(), p90Seconds: z.number(), sampleSize: z.number().int() });
export const queueFrame = z.object({
  type: z.literal('queue'),
  conversationId: z.string(),
  seq,
  position: z.number().int().min(1),
  /** From the waits of recent chats at this agency; null while there are too few to say. */
  estimate: waitEstimate.nullable(),
  advisorsOnline: z.number().int(),
  open: z.boolean(),
  nextOpen: nextOpen.optional(),
});
export const newcomerWelcome = z.object({ type: z.literal('welcome'), conversationId: z.string(), seq, status: z.enum(STATUSES), language: z.string() });

export const newcomerServerFrame = z.discriminatedUnion('type', [ackFrame, errorFrame, reconnectFrame, messageFrame, statusFrame, typingFrame, queueFrame, newcomerWelcome]);
export type NewcomerServerFrame = z.infer<typeof newcomerServerFrame>;

export const queueItem = z.object({
  conversationId: z.string(),
  reason: z.enum(HANDOFF_REASONS),
  mode: z.enum(HANDOFF_MODES),
  priority: z.number().int(),
  site: z.string().nullable(),
  language: z.string(),
  requestedAt: z.string(),
  waitingSeconds: z.number(),
});
export const staffQueueFrame = z.object({ type: z.literal('queue'), items: z.array(queueItem) });
export const profile = z.object({
  site: z.string().optional(),
  languages: z.array(z.string()).optional(),
  ageBand: z.string().optional(),
  immigrationStatus: z.string().optional(),
  householdSize: z.number().optional(),
  children: z.number().optional(),
  arrivalDate: z.string().optional(),
});
export const consent = z.strictObject({ basics: z.boolean().default(false), immigration: z.boolean().default(false), household: z.boolean().default(false) });
export type Consent = z.infer<typeof consent>;
export const transcriptFrame = z.object({
  type: z.literal('transcript'),
  conversationId: z.string(),
  seq,
  status: z.enum(STATUSES),
  language: z.string(),
  site: z.string().nullable(),
  /** Only the parts of the linked client profile the newcomer agreed to share; null when not linked. */
  profile: profile.nullable(),
  events: z.array(z.union([messageFrame, statusFrame, noteFrame])),
});
export const cannedItem = z.object({ id: z.number(), title: z.string(), body: z.string(), language: z.string() });
export const staffWelcome = z.object({
  type: z.literal('welcome'),
  advisor: z.object({ id: z.string(), displayName: z.string(), agencyId: z.string() }),
  presence: z.enum(['online', 'away']),
  canned: z.array(cannedItem),
  /** Conversations this advisor holds, to resume after a reconnect. */
  holding: z.array(z.object({ conversationId: z.string(), seq })),
});
export const assignedFrame = z.object({ type: z.literal('assigned'), conversationId: z.string(), seq, by: z.string() });

export const staffServerFrame = z.discriminatedUnion('type', [
  ackFrame,
  errorFrame,
  reconnectFrame,
  messageFrame,
  statusFrame,
  noteFrame,
  typingFrame,
  staffQueueFrame,
  transcriptFrame,
  staffWelcome,
  assignedFrame,
]);
export type StaffServerFrame = z.infer<typeof staffServerFrame>;

export type MessageFrame = z.infer<typeof messageFrame>;
export type StatusFrame = z.infer<typeof statusFrame>;
export type NoteFrame = z.infer<typeof noteFrame>;
export type EventFrame = MessageFrame | StatusFrame | NoteFrame;
export type ErrorFrame = z.infer<typeof errorFrame>;

/** Parses one raw WebSocket message into a frame, or says precisely why it is not one. */
export function parseFrame<T>(
  schema: z.ZodType<T>,
  raw: string,
): { ok: true; frame: T } | { ok: false; code: ErrorCode; message: string; id?: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, code: 'bad_json', message: 'a frame must be one JSON object' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, code: 'bad_json', message: 'a frame must be one JSON object' };
  const obj = json as Record<string, unknown>;
  const id = typeof obj.id === 'string' && obj.id.length <= 64 ? obj.id : undefined;
  const parsed = schema.safeParse(json);
  if (parsed.success) {
    const t = (parsed.data as { text?: string }).text;
    if (typeof t === 'string' && t.length > MAX_TEXT_CHARS) return { ok: false, code: 'too_long', message: `text is limited to ${MAX_TEXT_CHARS} characters`, id };
    return { ok: true, frame: parsed.data };
  }
  const typeIssue = parsed.error.issues.find((i) => i.path.length === 1 && i.path[0] === 'type');
  if (typeIssue) return { ok: false, code: 'unknown_type', message: `unknown frame type ${JSON.stringify(obj.type)}`.slice(0, 200), id };
  const first = parsed.error.issues[0];
  return { ok: false, code: 'invalid_frame', message: `${first.path.join('.') || 'frame'}: ${first.message}`.slice(0, 300), id };
}
