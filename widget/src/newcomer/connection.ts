/**
 * The newcomer's side of the chat protocol (server/PROTOCOL.md), without any UI: starts or resumes
 * a conversation, keeps one WebSocket open, reconnects by itself, and guarantees the view sees
 * every event exactly once in seq order:
 *
 * - events are kept by seq; a reconnect says hello with the last seq seen, and anything at or
 *   below it that arrives again is ignored (no repeats);
 * - frames the newcomer sends keep their client id until the server acknowledges them, and are
 *   sent again after a reconnect; the server stores a repeated id once (no losses, no doubles);
 * - a ping that goes unanswered closes a socket that looks open but is dead (phones on trains).
 *
 * The conversation (token, events, unsent frames) lives in sessionStorage, so a reload resumes it
 * and closing the tab on a shared computer forgets it.
 */
import type {
  EventFrame,
  MessageFrame,
  NewcomerFrame,
  NewcomerServerFrame,
  StatusFrame,
} from '../../../server/chat/protocol.ts';

export type { EventFrame, MessageFrame, StatusFrame };

type OutgoingFrame = Exclude<NewcomerFrame, { type: 'hello' } | { type: 'ping' } | { type: 'typing' }>;
type QueueInfo = Extract<NewcomerServerFrame, { type: 'queue' }>;

export interface ChatState {
  phase: 'starting' | 'connecting' | 'open' | 'offline' | 'failed';
  conversationId: string | null;
  status: 'bot' | 'waiting' | 'advisor' | 'closed';
  /** Stored events (messages and status changes), in seq order, each once. */
  events: EventFrame[];
  /** Messages the newcomer wrote that the server has not stored yet. */
  pending: { id: string; text: string }[];
  queue: QueueInfo | null;
  advisorTyping: boolean;
  advisorName: string | null;
  language: string | null;
  lastError: string | null;
}

export interface ConnectionOptions {
  server: string;
  agencyId: string;
  siteId?: string;
  language: string;
  storage?: Storage | null;
  /** How long a ping may go unanswered before the socket counts as dead. */
  pingTimeoutMs?: number;
  pingEveryMs?: number;
}

interface Saved {
  conversationId: string;
  token: string;
  events: EventFrame[];
  outbox: OutgoingFrame[];
}

const RETRYABLE_ERRORS = new Set(['shutting_down', 'internal', 'bot_unavailable', 'rate_limited']);

function newId(prefix: string): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `${prefix}-${random}`;
}

export class NewcomerConnection {
  private state: ChatState;
  private listeners = new Set<(s: ChatState) => void>();
  private socket: WebSocket | null = null;
  private token: string | null = null;
  private outbox: OutgoingFrame[] = [];
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private pingDeadline: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private readonly key: string;

  /** Links the server sends (article pages) are relative to it, not to the page embedding the widget. */
  resolveLink(url: string): string {
    return new URL(url, this.options.server).href;
  }

  constructor(private readonly options: ConnectionOptions) {
    this.key = `wayfinder:${options.agencyId}:conversation`;
    this.state = {
      phase: 'starting',
      conversationId: null,
      status: 'bot',
      events: [],
      pending: [],
      queue: null,
      advisorTyping: false,
      advisorName: null,
      language: null,
      lastError: null,
    };
  }

  get snapshot(): ChatState {
    return this.state;
  }

  get lastSeq(): number {
    return this.state.events.length ? this.state.events[this.state.events.length - 1].seq : 0;
  }

  subscribe(listener: (s: ChatState) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  private update(patch: Partial<ChatState>) {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }

  private save() {
    if (!this.options.storage || !this.token || !this.state.conversationId) return;
    const saved: Saved = { conversationId: this.state.conversationId, token: this.token, events: this.state.events, outbox: this.outbox };
    try {
      this.options.storage.setItem(this.key, JSON.stringify(saved));
    } catch {
      // Storage full or disabled: the conversation still works, it just won't survive a reload.
    }
  }

  private restore(): boolean {
    try {
      const raw = this.options.storage?.getItem(this.key);
      if (!raw) return false;
      const saved = JSON.parse(raw) as Saved;
      if (!saved.token || !saved.conversationId) return false;
      this.token = saved.token;
      this.outbox = saved.outbox ?? [];
      this.update({ conversationId: saved.conversationId, events: saved.events ?? [] });
      this.update({ pending: this.pendingOf(this.outbox) });
      this.applyDerived();
      return true;
    } catch {
      return false;
    }
  }

  /** Sent messages not yet stored: in the outbox and not echoed back as an event. */
  private pendingOf(outbox: OutgoingFrame[]) {
    const stored = new Set(this.state.events.flatMap((e) => (e.type === 'message' && e.clientMsgId ? [e.clientMsgId] : [])));
    return outbox.flatMap((f) => (f.type === 'send' && !stored.has(f.id) ? [{ id: f.id, text: f.text }] : []));
  }

  /** Status and advisor name follow from the stored status events. */
  private applyDerived() {
    let status: ChatState['status'] = this.state.status;
    let advisorName = this.state.advisorName;
    let language = this.state.language;
    for (const e of this.state.events) {
      if (e.type === 'status') {
        status = e.status;
        if (e.status === 'advisor') advisorName = e.advisorName ?? advisorName;
        if (e.status !== 'advisor') advisorName = null;
      }
      if (e.type === 'message' && (e.author === 'bot' || e.author === 'system') && e.language) language = e.language;
    }
    this.update({ status, advisorName, language, queue: status === 'waiting' ? this.state.queue : null });
  }

  async start(): Promise<void> {
    this.stopped = false;
    if (typeof window !== 'undefined') {
      window.addEventListener('online', this.onOnline);
      window.addEventListener('offline', this.onOffline);
    }
    if (!this.restore()) {
      try {
        await this.createConversation();
      } catch (err) {
        this.update({ phase: 'failed', lastError: (err as Error).message });
        this.scheduleRetry(() => this.start());
        return;
      }
    }
    this.connect();
  }

  private async createConversation() {
    const res = await fetch(`${this.options.server}/api/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ agencyId: this.options.agencyId, ...(this.options.siteId ? { siteId: this.options.siteId } : {}), language: this.options.language }),
    });
    if (!res.ok) throw new Error(`could not start a conversation (${res.status})`);
    const body = (await res.json()) as { conversationId: string; token: string };
    this.token = body.token;
    this.outbox = [];
    this.update({ conversationId: body.conversationId, events: [], pending: [], status: 'bot', advisorName: null, queue: null });
    this.save();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.stopPing();
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', this.onOnline);
      window.removeEventListener('offline', this.onOffline);
    }
    this.socket?.close(1000);
    this.socket = null;
  }

  /** Forgets this conversation and starts a new one. */
  async restart() {
    this.stop();
    this.options.storage?.removeItem(this.key);
    this.token = null;
    this.outbox = [];
    this.update({ conversationId: null, events: [], pending: [], status: 'bot', advisorName: null, queue: null, phase: 'starting' });
    await this.start();
  }

  private onOnline = () => {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    this.attempt = 0;
    if (!this.socket) this.connect();
  };

  private onOffline = () => {
    this.update({ phase: 'offline' });
    // The socket may still look open; close it so the reconnect starts clean when the network returns.
    this.socket?.close(4000);
  };

  private wsUrl(): string {
    const url = new URL('/ws/newcomer', this.options.server);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    return url.toString();
  }

  private connect() {
    if (this.stopped || !this.token) return;
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      this.update({ phase: 'offline' });
      return;
    }
    this.update({ phase: 'connecting' });
    const socket = new WebSocket(this.wsUrl());
    this.socket = socket;
    socket.onopen = () => {
      socket.send(JSON.stringify({ type: 'hello', id: newId('h'), token: this.token, lastSeq: this.lastSeq }));
    };
    socket.onmessage = (e) => {
      if (this.socket !== socket) return;
      let frame: NewcomerServerFrame;
      try {
        frame = JSON.parse(String(e.data)) as NewcomerServerFrame;
      } catch {
        return;
      }
      this.receive(frame);
    };
    socket.onclose = (e) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.stopPing();
      if (this.stopped) return;
      if (e.code === 4001) {
        // The server no longer knows this conversation (expired): start a fresh one.
        void this.restart();
        return;
      }
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
      this.update({ phase: offline ? 'offline' : 'connecting', advisorTyping: false });
      if (!offline) this.scheduleRetry(() => this.connect());
    };
  }

  private scheduleRetry(run: () => void, afterMs?: number) {
    clearTimeout(this.retryTimer);
    // Exponential back-off with jitter, so a restarted server is not hit by every widget at once.
    const delay = afterMs ?? Math.min(15_000, 400 * 2 ** this.attempt) * (0.75 + Math.random() * 0.5);
    this.attempt += 1;
    this.retryTimer = setTimeout(run, delay);
  }

  private startPing() {
    this.stopPing();
    const every = this.options.pingEveryMs ?? 20_000;
    this.pingTimer = setInterval(() => {
      const socket = this.socket;
      if (!socket || socket.readyState !== WebSocket.OPEN) return;
      const id = newId('p');
      socket.send(JSON.stringify({ type: 'ping', id }));
      clearTimeout(this.pingDeadline);
      this.pingDeadline = setTimeout(() => socket.close(4000), this.options.pingTimeoutMs ?? 8_000);
    }, every);
  }

  private stopPing() {
    clearInterval(this.pingTimer);
    clearTimeout(this.pingDeadline);
  }

  private receive(frame: NewcomerServerFrame) {
    switch (frame.type) {
      case 'welcome':
        this.attempt = 0;
        this.update({ phase: 'open', status: frame.status, conversationId: frame.conversationId, lastError: null, language: this.state.language ?? frame.language });
        this.startPing();
        // Whatever was not acknowledged before the drop goes again; the server drops repeats by id.
        for (const f of this.outbox) this.socket?.send(JSON.stringify(f));
        return;
      case 'ack':
        clearTimeout(this.pingDeadline);
        if (this.outbox.some((f) => f.id === frame.id)) {
          this.outbox = this.outbox.filter((f) => f.id !== frame.id);
          this.save();
        }
        return;
      case 'message':
      case 'status':
        this.addEvent(frame);
        return;
      case 'typing':
        if (frame.author === 'advisor') this.update({ advisorTyping: frame.active });
        return;
      case 'queue':
        this.update({ queue: frame });
        return;
      case 'reconnect':
        this.scheduleRetry(() => this.connect(), frame.retryAfterMs);
        return;
      case 'error': {
        const failed = frame.id ? this.outbox.find((f) => f.id === frame.id) : undefined;
        if (failed && !RETRYABLE_ERRORS.has(frame.code)) {
          // The server will never take this frame (too long, conversation closed…): stop resending it.
          this.outbox = this.outbox.filter((f) => f.id !== frame.id);
          this.update({ pending: this.pendingOf(this.outbox) });
          this.save();
        }
        this.update({ lastError: frame.message });
        return;
      }
    }
  }

  private addEvent(event: EventFrame) {
    if (event.seq <= this.lastSeq) return;
    const events = [...this.state.events, event];
    let pending = this.state.pending;
    if (event.type === 'message' && event.author === 'newcomer' && event.clientMsgId) pending = pending.filter((p) => p.id !== event.clientMsgId);
    const advisorTyping = event.type === 'message' && event.author === 'advisor' ? false : this.state.advisorTyping;
    this.update({ events, pending, advisorTyping });
    this.applyDerived();
    this.save();
  }

  private enqueue(frame: OutgoingFrame) {
    this.outbox = [...this.outbox, frame];
    this.update({ pending: this.pendingOf(this.outbox) });
    this.save();
    if (this.socket?.readyState === WebSocket.OPEN && this.state.phase === 'open') this.socket.send(JSON.stringify(frame));
  }

  send(text: string) {
    const trimmed = text.trim();
    if (trimmed) this.enqueue({ type: 'send', id: newId('m'), text: trimmed });
  }

  requestHuman(mode: 'live' | 'message' | 'callback' = 'live', extra: { text?: string; phone?: string; preferredTime?: string } = {}) {
    this.enqueue({
      type: 'request_human',
      id: newId('r'),
      mode,
      ...(extra.text ? { text: extra.text } : {}),
      ...(extra.phone ? { callback: { phone: extra.phone, ...(extra.preferredTime ? { preferredTime: extra.preferredTime } : {}) } } : {}),
    });
  }

  typing(active: boolean) {
    if (this.socket?.readyState === WebSocket.OPEN && this.state.phase === 'open') this.socket.send(JSON.stringify({ type: 'typing', id: newId('t'), active }));
  }

  /** Thumbs up or down on a bot answer. */
  async feedback(seq: number, helpful: boolean): Promise<boolean> {
    if (!this.token || !this.state.conversationId) return false;
    try {
      const res = await fetch(`${this.options.server}/api/conversations/${encodeURIComponent(this.state.conversationId)}/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
        body: JSON.stringify({ seq, helpful }),
      });
      return res.ok;
    } catch {
      return false;
    }
  }
}
