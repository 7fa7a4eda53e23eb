/**
 * The three ways to hold plans out, each as the recommender's Split (train / validation / test
 * plan indices), so every model, the hybrid's tuning and the cold-start protocol run unchanged:
 *  - temporal: learn from the past, judge the latest window (how the recommender is used);
 *  - client: a seeded share of clients never seen in training (does it generalize to new people?);
 *  - last-plan: each returning client's latest plan (does it help with the next plan of someone we know?).
 */
import { NO_DAY, seededRandom, temporalSplit, type Split, type TrainingData } from '../../recommender/index.ts';

export const SPLIT_NAMES = ['temporal', 'client', 'last-plan'] as const;
export type SplitName = (typeof SPLIT_NAMES)[number];

export interface EvalSplit extends Split {
  name: SplitName;
  /** One sentence for the report: what was held out. */
  description: string;
}

export interface SplitOptions {
  seed: number;
  /** temporal: latest days tested, and the days before them used for tuning (default 90 / 90). */
  testDays?: number;
  validationDays?: number;
  /** client: share of clients tested (default 0.2) and share used for tuning (default 0.1). */
  testShare?: number;
  validationShare?: number;
}

export class SplitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SplitError';
  }
}

export function makeSplit(name: SplitName, data: TrainingData, planClient: Int32Array, options: SplitOptions): EvalSplit {
  const split = name === 'temporal' ? byDate(data, options) : name === 'client' ? byClient(data, planClient, options) : lastPlan(data, planClient);
  if (split.train.length === 0 || split.test.length === 0) {
    throw new SplitError(`the ${name} split leaves ${split.train.length} training and ${split.test.length} test plans: too few plans to evaluate`);
  }
  return split;
}

function byDate(data: TrainingData, o: SplitOptions): EvalSplit {
  const testDays = o.testDays ?? 90;
  const validationDays = o.validationDays ?? 90;
  const s = temporalSplit(data, { testDays, validationDays });
  return { ...s, name: 'temporal', description: `plans of the latest ${testDays} days tested; the ${validationDays} days before them tune the hybrid; everything earlier trains` };
}

function withoutDays(train: number[], validation: number[], test: number[]): Split {
  const sorted = (xs: number[]) => Int32Array.from(xs).sort();
  return { train: sorted(train), validation: sorted(validation), test: sorted(test), validationStartDay: NO_DAY, testStartDay: NO_DAY, endDay: NO_DAY };
}

function byClient(data: TrainingData, planClient: Int32Array, o: SplitOptions): EvalSplit {
  const testShare = o.testShare ?? 0.2;
  const validationShare = o.validationShare ?? 0.1;
  if (!(testShare > 0 && validationShare >= 0 && testShare + validationShare < 1)) throw new SplitError('client split: shares must be positive and sum to less than 1');
  let clients = 0;
  for (const c of planClient) clients = Math.max(clients, c + 1);
  // Clients are indexed in order of their first plan, so the shuffle depends on the seed and the data only, not on the pseudonym key.
  const order = Int32Array.from({ length: clients }, (_, i) => i);
  const random = seededRandom(o.seed);
  for (let i = clients - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const part = new Int8Array(clients);
  const nTest = Math.round(clients * testShare);
  const nValidation = Math.round(clients * validationShare);
  for (let i = 0; i < clients; i++) part[order[i]] = i < nTest ? 2 : i < nTest + nValidation ? 1 : 0;
  const parts: number[][] = [[], [], []];
  for (let p = 0; p < data.planCount; p++) parts[part[planClient[p]]].push(p);
  return {
    ...withoutDays(parts[0], parts[1], parts[2]),
    name: 'client',
    description: `all plans of a seeded ${pct(testShare)} of clients tested, of another ${pct(validationShare)} used for tuning; the other clients' plans train`,
  };
}

function lastPlan(data: TrainingData, planClient: Int32Array): EvalSplit {
  // Plans are ordered by (date, id), so a client's last plan is the one with the highest index.
  const count = new Map<number, number>();
  const last = new Map<number, number>();
  const secondLast = new Map<number, number>();
  for (let p = 0; p < data.planCount; p++) {
    const c = planClient[p];
    count.set(c, (count.get(c) ?? 0) + 1);
    const prev = last.get(c);
    if (prev !== undefined) secondLast.set(c, prev);
    last.set(c, p);
  }
  const test = new Set<number>();
  const validation = new Set<number>();
  for (const [c, p] of last) if (count.get(c)! >= 2) test.add(p);
  // Tuning on second-to-last plans mirrors the test (a returning client's next plan) and leaves the client some history.
  for (const [c, p] of secondLast) if (count.get(c)! >= 3) validation.add(p);
  const train: number[] = [];
  for (let p = 0; p < data.planCount; p++) if (!test.has(p) && !validation.has(p)) train.push(p);
  return {
    ...withoutDays(train, [...validation], [...test]),
    name: 'last-plan',
    description: 'the latest plan of every client with two or more plans tested; the one before it tunes the hybrid when the client has three or more; all other plans train',
  };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
