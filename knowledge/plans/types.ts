import type { AgeBand, Eligibility, ImmigrationStatus } from '../domain/types.ts';
import type { LatentNeedProfile } from '../taxonomy/types.ts';

/** Statuses a plan action can have, as the plan_action table allows them. */
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const PLAN_STATUSES = ['draft', 'active', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** What the generator knows about the libraries: taxonomy plus the synthetic-world files. */
export interface PlanKnowledge {
  statements: { id: string; categoryId: string; text: string }[];
  actions: { id: string; categoryId: string; text: string; eligibility?: Eligibility }[];
  /** For each statement id, the actions a good assessor attaches, with relative weights. */
  statementActions: Record<string, [string, number][]>;
  latentNeeds: LatentNeedProfile[];
}

/** A directory service as far as referrals care: where, what category, and who may use it. */
export interface ReferralService {
  id: string;
  categoryId: string;
  siteIds: string[];
  minAge?: number;
  maxAge?: number;
  /** Empty means open to every status. */
  immigrationStatuses: string[];
}

export interface AgencyRef {
  id: string;
  siteId: string;
}

export interface GeneratedClient {
  id: string;
  agencyId: string;
  siteId: string;
  ageBand: AgeBand;
  immigrationStatus: ImmigrationStatus;
  languages: string[];
  householdSize: number;
  children: number;
  arrivalDate: string | null;
}

export interface GeneratedAction {
  actionId: string;
  referralServiceId: string | null;
  status: ActionStatus;
}

export interface GeneratedStatement {
  /** 1-based position within the plan. */
  position: number;
  /** Library statement, or null when the assessor wrote free text. */
  statementId: string | null;
  freeText: string | null;
  actions: GeneratedAction[];
}

export interface GeneratedPlan {
  id: string;
  clientId: string;
  agencyId: string;
  assessorId: string;
  createdOn: string;
  status: PlanStatus;
  statements: GeneratedStatement[];
  /**
   * Ground truth the database never stores: the latent needs behind this plan and, for
   * free-text statements, the library statement that was paraphrased (by position).
   */
  truth?: { needs: string[]; paraphrased: Record<number, string> };
}

/** One unit of work for `insertPlanBatch`: clients and all of their plans. */
export interface PlanBatch {
  clients: GeneratedClient[];
  plans: GeneratedPlan[];
}
