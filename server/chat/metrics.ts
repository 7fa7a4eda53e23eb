/**
 * Prometheus metrics for the chat, in a registry of their own per app instance (two instances in
 * one test process must not share counters). Labels never hold ids, text or names.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Db } from '../../knowledge/db/index.ts';
import { queueLength } from './queue.ts';

export class ChatMetrics {
  readonly registry = new Registry();
  readonly connections: Gauge<'endpoint'>;
  readonly framesRejected: Counter<'code'>;
  readonly messages: Counter<'author'>;
  readonly answerLatency: Histogram;
  readonly waitTime: Histogram<'reason'>;
  readonly handoffs: Counter<'reason' | 'mode'>;
  readonly botFailures: Counter;

  constructor(db: Db, options: { defaultMetrics?: boolean } = {}) {
    const registers = [this.registry];
    if (options.defaultMetrics) collectDefaultMetrics({ register: this.registry });
    this.connections = new Gauge({ name: 'wayfinder_chat_connections', help: 'Open chat WebSockets on this instance', labelNames: ['endpoint'], registers });
    this.framesRejected = new Counter({ name: 'wayfinder_chat_frames_rejected_total', help: 'Client frames answered with an error', labelNames: ['code'], registers });
    this.messages = new Counter({ name: 'wayfinder_chat_messages_total', help: 'Chat messages stored by this instance', labelNames: ['author'], registers });
    this.answerLatency = new Histogram({
      name: 'wayfinder_chat_answer_latency_seconds',
      help: 'From a newcomer message stored to the bot answer stored',
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.waitTime = new Histogram({
      name: 'wayfinder_chat_wait_seconds',
      help: 'From a live handoff request to an advisor taking it',
      labelNames: ['reason'],
      buckets: [5, 15, 30, 60, 120, 300, 600, 1200, 3600],
      registers,
    });
    this.botFailures = new Counter({ name: 'wayfinder_chat_bot_failures_total', help: 'Bot calls that threw; the newcomer got the fallback message', registers });
    this.handoffs = new Counter({ name: 'wayfinder_chat_handoffs_total', help: 'Handoff requests', labelNames: ['reason', 'mode'], registers });
    new Gauge({
      name: 'wayfinder_chat_queue_length',
      help: 'Conversations waiting for an advisor (whole database, read at scrape time)',
      labelNames: ['priority'],
      registers,
      async collect() {
        this.reset();
        const rows = await queueLength(db).catch(() => []);
        const byPriority = new Map<number, number>();
        for (const r of rows) byPriority.set(r.priority, (byPriority.get(r.priority) ?? 0) + r.n);
        this.set({ priority: 'crisis' }, byPriority.get(0) ?? 0);
        this.set({ priority: 'normal' }, [...byPriority].filter(([p]) => p !== 0).reduce((a, [, n]) => a + n, 0));
      },
    });
  }
}
