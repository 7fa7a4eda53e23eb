/** State shared by the sampling steps of one generation and one client. */
import type { AgeBand, ImmigrationStatus } from '../domain/types.ts';
import type { Rng } from './random.ts';
import type { ActionStatus } from './types.ts';
import type { World } from './world.ts';

/** The generated history, as day numbers (see dates.ts). */
export interface Period {
  startDay: number;
  endDay: number;
  spanDays: number;
}

/** Library statement index, the need that caused it (-1: long tail), and what happened to its actions. */
export interface Raised {
  statement: number;
  need: number;
  history?: Map<number, ActionStatus>;
}

/** One client's random stream and the attributes every later step conditions on. */
export interface ClientContext {
  w: World;
  rng: Rng;
  site: string;
  bi: number;
  si: number;
  ageBand: AgeBand;
  status: ImmigrationStatus;
  francophone: boolean;
}
