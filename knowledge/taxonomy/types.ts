import type { Category, DrivingStatement, SettlementAction } from '../domain/types.ts';

/** The assessment taxonomy and the two libraries assessors pick from, as read from the content files. */
export interface Taxonomy {
  categories: Category[];
  statements: DrivingStatement[];
  actions: SettlementAction[];
  /** Where it was read from; reported back in the import summary. */
  source?: string;
}

/** Ground truth the synthetic plan generator samples from (content/synthetic/). */
export interface SyntheticKnowledge {
  /** statement id -> actions a good assessor attaches, with relative weights. */
  statementActions: Record<string, [string, number][]>;
  latentNeeds: LatentNeedProfile[];
}

/** A hidden cause (a client profile) that makes a client say several statements at once. */
export interface LatentNeedProfile {
  id: string;
  label: string;
  /** Relative weight per immigration status; a status left out has weight 0. */
  statusWeights: Partial<Record<string, number>>;
  /** Relative weight per age band; a band left out has weight 0. */
  ageBandWeights: Partial<Record<string, number>>;
  /** Relative weight per demo site; absent means any site. */
  siteWeights?: Partial<Record<string, number>>;
  /** Smallest and largest household that has this need. */
  householdSize: [number, number];
  /** Statements with the probability that a client with this need says each. */
  statements: [string, number][];
}
