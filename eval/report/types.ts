/** The JSON report: every number of a run, and everything needed to run it again exactly. */
import type { BotReport } from '../bot/run.ts';
import type { RecommenderReport } from '../recommender/evaluate.ts';

export interface RunInfo {
  /** ISO time the run started. */
  startedAt: string;
  /** `git rev-parse HEAD`, null outside a repository; `dirty` when tracked files had changes. */
  git: { commit: string | null; dirty: boolean | null };
  seed: number;
  /** The command line after `npm run eval --`. */
  argv: string[];
  config: Record<string, unknown>;
  database: { backend: 'postgres' | 'pglite' | 'none' };
  node: string;
  seconds: number;
}

export interface DataInfo {
  plans: number;
  clients: number;
  range: { from: string | null; to: string | null };
  decisions: { logged: number; decided: number };
  /** Identifiers in this report are keyed HMAC pseudonyms; "ephemeral" keys are drawn per run. */
  pseudonyms: { key: 'provided' | 'ephemeral'; fingerprint: string };
}

export interface ModelVersionSummary {
  id: number;
  modelName: string;
  createdAt: string;
  active: boolean;
  dataFrom: string | null;
  dataTo: string | null;
  trainPlans: number;
  embedderId: string | null;
}

export interface EvalReport {
  format: 'wayfinder-eval-report';
  version: 1;
  run: RunInfo;
  data: DataInfo | null;
  /** Stored recommender versions at the time of the run (the evaluation refits on each split; these are for reference). */
  modelVersions: ModelVersionSummary[];
  embedder: string | null;
  recommender: RecommenderReport | null;
  bot: BotReport | { skipped: true; note: string } | null;
}
