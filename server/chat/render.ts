/** Stored events as wire frames, cut to what each side may see. */
import type { EventFrame, MessageFrame, NoteFrame, StatusFrame } from './protocol.ts';
import type { ChatEvent } from './store.ts';

export type Viewer = 'newcomer' | 'staff';

/** Fields only staff see: the bot's reading of the message, advisor ids and the closing outcome. */
const STAFF_ONLY_MESSAGE = ['intent', 'confidence', 'urgent'] as const;
const STAFF_ONLY_STATUS = ['advisorId', 'outcome'] as const;

const MESSAGE_FIELDS = ['authorName', 'language', 'direction', 'sources', 'serviceCards', 'replyTo', 'offer', 'nextOpen', 'intent', 'confidence', 'urgent', 'callback'] as const;
const STATUS_FIELDS = ['reason', 'mode', 'advisorName', 'advisorId', 'outcome'] as const;

function pick(data: Record<string, unknown>, keys: readonly string[], drop: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (data[k] !== undefined && data[k] !== null && !drop.includes(k)) out[k] = data[k];
  return out;
}

export function visibleTo(event: ChatEvent, viewer: Viewer): boolean {
  return viewer === 'staff' || event.audience === 'all';
}

export function eventFrame(event: ChatEvent, viewer: Viewer): EventFrame {
  const base = { conversationId: event.conversationId, seq: event.seq, at: event.createdAt };
  const hide = viewer === 'staff';
  if (event.kind === 'message') {
    const frame: MessageFrame = {
      type: 'message',
      ...base,
      author: event.author,
      text: event.body,
      ...(event.clientMsgId ? { clientMsgId: event.clientMsgId } : {}),
      ...pick(event.data, MESSAGE_FIELDS, hide ? [] : STAFF_ONLY_MESSAGE),
    };
    return frame;
  }
  if (event.kind === 'status') {
    const frame: StatusFrame = {
      type: 'status',
      ...base,
      status: event.data.status as StatusFrame['status'],
      ...pick(event.data, STATUS_FIELDS, hide ? [] : STAFF_ONLY_STATUS),
    };
    return frame;
  }
  const note: NoteFrame = { type: 'note', ...base, text: event.body, ...pick(event.data, ['authorName', 'referralId'], []) };
  return note;
}
