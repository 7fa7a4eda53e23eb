/**
 * What every chat socket shares: frames processed one at a time in arrival order, a token bucket
 * against floods, strikes for bad frames (too many and the socket is closed with 1008), the hello
 * deadline, and a clean close with a reconnect hint on shutdown. Never logs frame contents.
 */
import type { WebSocket } from 'ws';
import { CLOSE, MAX_FRAME_BYTES, type ErrorCode } from './protocol.ts';

export interface ConnectionLimits {
  /** Frames per second a socket may send on average… */
  framesPerSecond: number;
  /** …and in one burst. */
  burst: number;
  /** Error frames a socket may earn per minute before it is closed with 1008. */
  maxStrikes: number;
  helloTimeoutMs: number;
}

export const DEFAULT_LIMITS: ConnectionLimits = { framesPerSecond: 5, burst: 20, maxStrikes: 30, helloTimeoutMs: 10_000 };

export interface ConnectionLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export class Connection {
  private tokens: number;
  private refilledAt = Date.now();
  private strikes = 0;
  private strikesSince = Date.now();
  private chain: Promise<void> = Promise.resolve();
  private helloTimer: NodeJS.Timeout | undefined;
  private closeListeners: (() => void)[] = [];
  closed = false;
  authenticated = false;

  constructor(
    readonly socket: WebSocket,
    private readonly limits: ConnectionLimits,
    private readonly log: ConnectionLog,
    private readonly onRejected: (code: ErrorCode) => void,
  ) {
    this.tokens = limits.burst;
    this.helloTimer = setTimeout(() => {
      if (!this.authenticated) this.close(CLOSE.helloTimeout, 'hello expected');
    }, limits.helloTimeoutMs);
    socket.on('close', () => {
      this.closed = true;
      clearTimeout(this.helloTimer);
      for (const l of this.closeListeners.splice(0)) l();
    });
    // A client vanishing mid-frame is routine; it must never take the process down.
    socket.on('error', (err) => log.info({ err: err.message }, 'chat socket error'));
  }

  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  /** Authentication done: stop the hello clock. */
  hello(): void {
    this.authenticated = true;
    clearTimeout(this.helloTimer);
  }

  /**
   * Feeds raw messages to `handle`, strictly one after another. Flood control happens here,
   * synchronously, so a flood never queues work.
   */
  listen(handle: (raw: string) => Promise<void>): void {
    this.socket.on('message', (data, isBinary) => {
      if (this.closed) return;
      if (!this.take()) {
        this.error('rate_limited', 'slow down: too many frames');
        return;
      }
      const size = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : (data as Buffer | ArrayBuffer).byteLength;
      if (size > MAX_FRAME_BYTES) {
        this.close(CLOSE.tooBig, 'frame too large');
        return;
      }
      if (isBinary) {
        this.error('bad_json', 'frames are JSON text');
        return;
      }
      const raw = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8');
      this.chain = this.chain.then(() =>
        handle(raw).catch((err: Error) => {
          this.log.warn({ err: err.message }, 'chat frame failed');
          this.error('internal', 'something went wrong on our side; send the frame again');
        }),
      );
    });
  }

  /** Resolves when every frame received so far has been handled. */
  idle(): Promise<void> {
    return this.chain;
  }

  send(frame: object): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    this.socket.send(JSON.stringify(frame));
  }

  error(code: ErrorCode, message: string, id?: string): void {
    this.onRejected(code);
    this.send({ type: 'error', ...(id ? { id } : {}), code, message });
    if (code === 'internal' || code === 'shutting_down') return;
    const now = Date.now();
    if (now - this.strikesSince > 60_000) {
      this.strikes = 0;
      this.strikesSince = now;
    }
    if (++this.strikes > this.limits.maxStrikes) this.close(CLOSE.policy, 'too many bad frames');
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.helloTimer);
    try {
      this.socket.close(code, reason);
    } catch {
      this.socket.terminate();
    }
  }

  private take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.limits.burst, this.tokens + ((now - this.refilledAt) / 1000) * this.limits.framesPerSecond);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
