/**
 * One instance's delivery of conversation events to its own sockets. Events arrive as NOTIFY
 * payloads (conversation id + seq); the hub reads what each local subscriber has not yet been
 * sent, in seq order, so a late, lost or duplicated notification can never reorder or repeat
 * anything. Events this instance just committed are handed over directly when that keeps the order.
 */
import type { Db } from '../../knowledge/db/index.ts';
import { visibleTo, type Viewer } from './render.ts';
import { CHAT_CHANNEL, eventsSince, type ChatEvent } from './store.ts';

export interface Subscriber {
  viewer: Viewer;
  /** The highest seq this subscriber has been given (or skipped as not meant for it). */
  lastSent: number;
  /** Set when the subscriber must get nothing more (an advisor whose conversation moved on). */
  detached?: boolean;
  deliver(event: ChatEvent): void;
  typing?(author: 'newcomer' | 'advisor', active: boolean): void;
}

interface Feed {
  subscribers: Set<Subscriber>;
  syncing: boolean;
  dirty: boolean;
}

export interface HubLog {
  warn(obj: object, msg: string): void;
}

export class ChatHub {
  private feeds = new Map<string, Feed>();
  private unlisteners: (() => Promise<void>)[] = [];
  private queueListeners = new Set<(agencyId: string) => void>();
  private assignListeners = new Set<(staffId: string, conversationId: string) => void>();
  private stopped = false;
  private inFlight = new Set<Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly log: HubLog,
  ) {}

  async start(): Promise<void> {
    this.unlisteners.push(await this.db.listen(CHAT_CHANNEL, (payload) => this.notified(payload)));
  }

  private notified(payload: string): void {
    const p = safeJson<{ k?: string; c?: string; s?: number; a?: string; staff?: string; on?: boolean }>(payload);
    if (!p) return;
    if (p.k === 'e' && p.c && typeof p.s === 'number') this.announced(p.c, p.s);
    else if (p.k === 'q' && p.a) for (const l of this.queueListeners) l(p.a);
    else if (p.k === 'a' && p.staff && p.c) for (const l of this.assignListeners) l(p.staff, p.c);
    else if (p.k === 't' && p.c && (p.a === 'newcomer' || p.a === 'advisor')) {
      const feed = this.feeds.get(p.c);
      const author = p.a;
      // Typing is shown to the other side only.
      if (feed) for (const s of feed.subscribers) if ((author === 'newcomer') === (s.viewer === 'staff')) s.typing?.(author, p.on === true);
    }
  }

  /** Returns the function that removes the listener. */
  onQueueChange(listener: (agencyId: string) => void): () => void {
    this.queueListeners.add(listener);
    return () => this.queueListeners.delete(listener);
  }

  onAssigned(listener: (staffId: string, conversationId: string) => void): () => void {
    this.assignListeners.add(listener);
    return () => this.assignListeners.delete(listener);
  }

  /** Typing is announced, never stored. */
  async typing(conversationId: string, author: 'newcomer' | 'advisor', active: boolean): Promise<void> {
    await this.db.query('SELECT pg_notify($1, $2)', [CHAT_CHANNEL, JSON.stringify({ k: 't', c: conversationId, a: author, on: active })]);
  }

  /** Adds a subscriber and sends it everything after its lastSent. */
  subscribe(conversationId: string, subscriber: Subscriber): Promise<void> {
    let feed = this.feeds.get(conversationId);
    if (!feed) {
      feed = { subscribers: new Set(), syncing: false, dirty: false };
      this.feeds.set(conversationId, feed);
    }
    feed.subscribers.add(subscriber);
    return this.sync(conversationId);
  }

  unsubscribe(conversationId: string, subscriber: Subscriber): void {
    const feed = this.feeds.get(conversationId);
    if (!feed) return;
    feed.subscribers.delete(subscriber);
    if (feed.subscribers.size === 0 && !feed.syncing) this.feeds.delete(conversationId);
  }

  subscriberCount(): number {
    let n = 0;
    for (const f of this.feeds.values()) n += f.subscribers.size;
    return n;
  }

  /** Events this instance has just committed: delivered at once where that keeps every subscriber in order. */
  published(events: ChatEvent[]): void {
    if (events.length === 0) return;
    const id = events[0].conversationId;
    const feed = this.feeds.get(id);
    if (!feed) return;
    const contiguous = !feed.syncing && [...feed.subscribers].every((s) => s.lastSent === events[0].seq - 1);
    if (!contiguous) {
      void this.sync(id);
      return;
    }
    for (const s of [...feed.subscribers]) this.hand(s, events);
  }

  /** Waits for every delivery under way (graceful shutdown). */
  async drain(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.drain();
    for (const u of this.unlisteners.splice(0)) await u().catch(() => {});
    this.feeds.clear();
  }

  private announced(conversationId: string, seq: number): void {
    const feed = this.feeds.get(conversationId);
    if (!feed) return;
    if ([...feed.subscribers].some((s) => s.lastSent < seq)) void this.sync(conversationId);
  }

  private hand(s: Subscriber, events: ChatEvent[]): void {
    for (const e of events) {
      if (s.detached) return;
      if (e.seq <= s.lastSent) continue;
      s.lastSent = e.seq;
      if (visibleTo(e, s.viewer)) s.deliver(e);
    }
  }

  /** One reader per conversation at a time; a request arriving meanwhile makes it read once more. */
  private sync(conversationId: string): Promise<void> {
    const feed = this.feeds.get(conversationId);
    if (!feed || this.stopped) return Promise.resolve();
    if (feed.syncing) {
      feed.dirty = true;
      return Promise.resolve();
    }
    feed.syncing = true;
    const run = (async () => {
      try {
        do {
          feed.dirty = false;
          const subs = [...feed.subscribers];
          if (subs.length === 0) break;
          const from = Math.min(...subs.map((s) => s.lastSent));
          const staff = subs.some((s) => s.viewer === 'staff');
          const events = await eventsSince(this.db, conversationId, from, { staff });
          for (const s of [...feed.subscribers]) this.hand(s, events);
        } while (feed.dirty && !this.stopped);
      } catch (err) {
        if (!this.stopped) this.log.warn({ err: (err as Error).message, conversationId }, 'chat delivery failed');
      } finally {
        feed.syncing = false;
        if (feed.subscribers.size === 0) this.feeds.delete(conversationId);
      }
    })();
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
    return run;
  }
}

function safeJson<T>(s: string): T | null {
  try {
    return JSON.parse(s) as T;
  } catch {
    return null;
  }
}
