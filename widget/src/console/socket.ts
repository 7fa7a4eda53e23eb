/**
 * The advisor's connection to /ws/staff (server/PROTOCOL.md): hello with the session token and
 * queue filters, reconnect with back-off, and on reconnect resume every held conversation from
 * its last seq so nothing is missed or shown twice.
 */
import type { EventFrame, StaffFrame, StaffServerFrame } from '../../../server/chat/protocol.ts';

export type { EventFrame, StaffServerFrame };
type Outgoing = StaffFrame extends infer F ? (F extends { id: string } ? Omit<F, 'id'> : never) : never;

let counter = 0;
const newId = () => `c-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export class StaffSocket {
  private socket: WebSocket | null = null;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  /** Last seq seen per held conversation, for resume after a reconnect. */
  readonly lastSeq = new Map<string, number>();
  filters: { sites?: string[]; languages?: string[] } = {};

  constructor(
    private readonly token: string,
    private readonly onFrame: (f: StaffServerFrame) => void,
    private readonly onPhase: (phase: 'connecting' | 'open' | 'closed') => void,
  ) {}

  start() {
    this.stopped = false;
    this.connect();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    this.socket?.close(1000);
  }

  private connect() {
    const url = new URL('/ws/staff', location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    this.onPhase('connecting');
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.onopen = () => socket.send(JSON.stringify({ type: 'hello', id: newId(), token: this.token, ...this.filters }));
    socket.onmessage = (e) => {
      let frame: StaffServerFrame;
      try {
        frame = JSON.parse(String(e.data));
      } catch {
        return;
      }
      if (frame.type === 'welcome') {
        this.attempt = 0;
        this.onPhase('open');
        // Known conversations continue after their last seq; unknown ones (a reload) get their transcript.
        for (const h of frame.holding) {
          const last = this.lastSeq.get(h.conversationId);
          this.send({ type: 'resume', conversationId: h.conversationId, ...(last !== undefined ? { lastSeq: last } : {}) });
        }
      }
      if ((frame.type === 'message' || frame.type === 'status' || frame.type === 'note') && frame.seq > (this.lastSeq.get(frame.conversationId) ?? 0)) {
        this.lastSeq.set(frame.conversationId, frame.seq);
      }
      if (frame.type === 'transcript') {
        const last = frame.events.at(-1)?.seq ?? frame.seq;
        this.lastSeq.set(frame.conversationId, Math.max(last, this.lastSeq.get(frame.conversationId) ?? 0));
      }
      if (frame.type === 'reconnect') {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.connect(), frame.retryAfterMs);
      }
      this.onFrame(frame);
    };
    socket.onclose = (e) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.onPhase('closed');
      if (this.stopped || e.code === 4001 || e.code === 4003) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.connect(), Math.min(15_000, 500 * 2 ** this.attempt++));
    };
  }

  send(frame: Outgoing): string {
    const id = newId();
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify({ ...frame, id }));
    return id;
  }
}
