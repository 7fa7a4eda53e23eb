/** Everything the socket handlers of one app instance share, and its orderly shutdown. */
import type { Connection, ConnectionLimits, ConnectionLog } from './connection.ts';
import type { ChatHub } from './hub.ts';
import type { ChatMetrics } from './metrics.ts';
import { CLOSE } from './protocol.ts';
import type { ChatService } from './service.ts';

export type Endpoint = 'newcomer' | 'staff';

export class ChatContext {
  draining = false;
  /** Advisors with a socket on this instance (by staff id, their sockets' ids), whose presence this instance keeps fresh. */
  readonly staffOnline = new Map<string, Set<string>>();
  private readonly connections = new Map<Connection, Endpoint>();

  constructor(
    readonly service: ChatService,
    readonly hub: ChatHub,
    readonly metrics: ChatMetrics,
    readonly limits: ConnectionLimits,
    readonly log: ConnectionLog,
    /** How long a client should wait before reconnecting after a restart close. */
    readonly retryAfterMs: number,
  ) {}

  track(conn: Connection, endpoint: Endpoint): void {
    this.connections.set(conn, endpoint);
    this.metrics.connections.inc({ endpoint });
    conn.onClose(() => {
      if (this.connections.delete(conn)) this.metrics.connections.dec({ endpoint });
    });
  }

  connectionCount(): number {
    return this.connections.size;
  }

  /**
   * Graceful shutdown: refuse new frames (clients keep unacknowledged frames and resend them),
   * finish every frame and bot answer under way so what was acknowledged is stored, deliver what
   * is pending, then close each socket with 1012 and a reconnect hint.
   */
  async shutdown(): Promise<void> {
    this.draining = true;
    await Promise.allSettled([...this.connections.keys()].map((c) => c.idle()));
    await this.service.drain();
    await this.hub.drain();
    for (const conn of [...this.connections.keys()]) {
      conn.send({ type: 'reconnect', retryAfterMs: this.retryAfterMs });
      conn.close(CLOSE.restart, 'server restarting, reconnect with your last seq');
    }
  }
}
