import { randomBytes } from 'node:crypto';
import { parseOrigins } from './chat/index.ts';

/** Everything the service reads from its environment, in one typed place. */
/** The parts of the service an instance serves; every instance serves health, sign-in and the front ends. */
export const SERVICES = ['recommender', 'bot', 'chat'] as const;
export type ServiceName = (typeof SERVICES)[number];

export interface Config {
  /** Which services this instance runs (`--services bot,chat`, or WAYFINDER_SERVICES); default all. */
  services: Set<ServiceName>;
  host: string;
  port: number;
  /** PostgreSQL server; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /** Where the embedded database keeps its files. */
  dataDir: string;
  /** Where the chatbot keeps its saved vector index (a cache of what PostgreSQL holds). */
  indexDir: string;
  /** Load the demo content (taxonomy, directory, articles, a small plan history) into an empty database. */
  loadDemo: boolean;
  /** How many synthetic historical plans the demo loads. */
  demoPlans: number;
  logLevel: string;
  /** Key for the keyed pseudonyms in research exports; keep it secret and stable. */
  pseudonymKey: string;
  /** Password of the demo staff accounts (demo mode only). */
  demoPassword: string;
  /** Origins (agency websites) allowed to embed the widget and open its socket. */
  widgetOrigins: string[];
  /** Bearer token that /metrics asks for; open when unset. */
  metricsToken?: string;
  /** Conversations older than this are deleted or anonymized. */
  chatRetentionDays: number;
  chatRetentionMode: 'delete' | 'anonymize';
}

function intFrom(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
}

/** `--services a,b` on the command line wins over WAYFINDER_SERVICES; the chat needs the bot. */
export function parseServices(argv: string[], env: NodeJS.ProcessEnv): Set<ServiceName> {
  const i = argv.findIndex((a) => a === '--services' || a.startsWith('--services='));
  const raw = i < 0 ? env.WAYFINDER_SERVICES : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  if (raw === undefined || raw === '') return new Set(SERVICES);
  const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(SERVICES as readonly string[]).includes(n));
  if (unknown.length || names.length === 0) throw new Error(`--services takes a comma-separated list of ${SERVICES.join(', ')}; got "${raw}"`);
  const services = new Set(names as ServiceName[]);
  if (services.has('chat') && !services.has('bot')) throw new Error('--services: the chat answers with the bot, so chat needs bot too (e.g. --services bot,chat)');
  return services;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = []): Config {
  return {
    services: parseServices(argv, env),
    host: env.HOST ?? '0.0.0.0',
    port: intFrom('PORT', env.PORT, 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.WAYFINDER_DATA_DIR ?? 'data/pglite',
    indexDir: env.WAYFINDER_INDEX_DIR ?? 'data/search-index',
    loadDemo: env.WAYFINDER_DEMO !== 'false',
    demoPlans: intFrom('WAYFINDER_DEMO_PLANS', env.WAYFINDER_DEMO_PLANS, 5000),
    logLevel: env.LOG_LEVEL ?? 'info',
    // Without a configured key, pseudonyms are stable only for this process's lifetime.
    pseudonymKey: env.WAYFINDER_PSEUDONYM_KEY ?? randomBytes(24).toString('base64url'),
    demoPassword: env.WAYFINDER_DEMO_PASSWORD ?? 'wayfinder-demo',
    widgetOrigins: parseOrigins(env.WAYFINDER_WIDGET_ORIGINS),
    metricsToken: env.WAYFINDER_METRICS_TOKEN || undefined,
    chatRetentionDays: intFrom('WAYFINDER_CHAT_RETENTION_DAYS', env.WAYFINDER_CHAT_RETENTION_DAYS, 365),
    chatRetentionMode: env.WAYFINDER_CHAT_RETENTION_MODE === 'delete' ? 'delete' : 'anonymize',
  };
}
