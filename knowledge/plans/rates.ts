/** The tunable rates of the generative story, named so knowledge/README.md can refer to them. */
export const RATES = {
  maxStatementsPerPlan: 15,
  /** Per plan: an extra statement drawn uniformly from the whole library (the long tail). */
  rareStatement: 0.05,
  /** Per re-assessment: a need from the previous plan is still unresolved. */
  needCarriedOver: 0.6,
  /** Per statement of an unresolved need: it is raised again. */
  statementRevisited: 0.7,
  /** Per re-assessment: a new need has appeared. */
  newNeed: 0.3,
  /** Same assessor as last time, when still at the agency. */
  sameAssessor: 0.7,
  /** Mean extra draws of an action per statement beyond the first, times the assessor's propensity. */
  extraActions: 1.3,
  maxActionsPerStatement: 6,
  favouriteBoost: 3,
  /** Per statement: the assessor adds a favourite action of the statement's category. */
  habit: 0.12,
  /** Per action: replaced by a random eligible action of the same category (some far likelier than others). */
  noise: 0.05,
  /** Per statement: an eligible action from anywhere in the library is added. */
  strayAction: 0.01,
  francophoneBoost: 4,
  /** Weight of a francophone need for clients who speak French, and for those who do not. */
  francophoneNeedBoost: 4,
  francophoneNeedOthers: 0.1,
} as const;

