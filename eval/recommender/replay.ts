/**
 * Replay of logged decisions: for each suggestion an assessor accepted or rejected on a held-out
 * plan, would this model have ranked that action in its top k for that statement? A good model
 * ranks accepted actions high and rejected ones out of sight. Only plans outside training are
 * replayed: an accepted suggestion becomes one of the plan's actions, so a model trained on the
 * plan would have seen the answer.
 */
import { eligibilityFilter, queryForRow, rankActions, type ExportedDecision, type Recommender, type TrainingData } from '../../recommender/index.ts';
import { wilson, type ConfidenceInterval } from '../common/stats.ts';

export interface ReplayModelResult {
  model: string;
  /** Share of accepted suggestions whose action the model ranks in its top k. */
  acceptedInTopK: ConfidenceInterval;
  /** Share of rejected suggestions whose action the model would still have shown in its top k. */
  rejectedShown: ConfidenceInterval;
}

export type ReplayResult =
  | { skipped: true; note: string; decisions: number }
  | {
      skipped: false;
      k: number;
      accepted: number;
      rejected: number;
      /** Decisions not replayed, by why. */
      excluded: { undecided: number; freeText: number; planNotHeldOut: number; statementNotInPlan: number };
      models: ReplayModelResult[];
    };

export interface ReplayCase {
  row: number;
  action: number;
  accepted: boolean;
}

/** The decisions that can be replayed on `testPlans`, as (row, action, accepted) cases. */
export function replayCases(data: TrainingData, decisions: readonly ExportedDecision[], testPlans: Int32Array) {
  const planIndex = new Map<string, number>();
  for (const p of testPlans) planIndex.set(data.planIds[p], p);
  const excluded = { undecided: 0, freeText: 0, planNotHeldOut: 0, statementNotInPlan: 0 };
  const cases: ReplayCase[] = [];
  for (const d of decisions) {
    if (d.decision === null) {
      excluded.undecided++;
      continue;
    }
    if (d.statementId === null) {
      excluded.freeText++;
      continue;
    }
    const p = d.plan === null ? undefined : planIndex.get(d.plan);
    if (p === undefined) {
      excluded.planNotHeldOut++;
      continue;
    }
    const s = data.catalog.statements.indexOf(d.statementId);
    const a = data.catalog.actions.indexOf(d.actionId);
    let row = -1;
    for (let r = data.planRowStart[p]; r < data.planRowStart[p + 1]; r++) {
      if (data.rowStatement[r] === s) {
        row = r;
        break;
      }
    }
    if (row < 0 || a < 0) {
      excluded.statementNotInPlan++;
      continue;
    }
    cases.push({ row, action: a, accepted: d.decision === 'accepted' });
  }
  return { cases, excluded };
}

export function replayDecisions(
  data: TrainingData,
  decisions: readonly ExportedDecision[],
  testPlans: Int32Array,
  models: readonly Recommender[],
  k = 5,
): ReplayResult {
  const decided = decisions.filter((d) => d.decision !== null).length;
  if (decided === 0) {
    return { skipped: true, decisions: decisions.length, note: 'No logged accept/reject decisions in the suggestion table: nothing to replay.' };
  }
  const { cases, excluded } = replayCases(data, decisions, testPlans);
  if (cases.length === 0) {
    return { skipped: true, decisions: decisions.length, note: `${decided} decisions logged, none on a held-out plan's library statement: nothing to replay without leaking training data.` };
  }
  const accepted = cases.filter((c) => c.accepted).length;
  const rejected = cases.length - accepted;
  const results = models.map((model) => {
    const topByRow = new Map<number, Set<number>>();
    let acceptedHits = 0;
    let rejectedHits = 0;
    for (const c of cases) {
      let top = topByRow.get(c.row);
      if (!top) {
        const query = queryForRow(data, c.row);
        const eligible = eligibilityFilter(model.vocabulary.actionEligibility, query.context);
        topByRow.set(c.row, (top = new Set(rankActions(model.score(query), { k, eligible }))));
      }
      if (top.has(c.action)) {
        if (c.accepted) acceptedHits++;
        else rejectedHits++;
      }
    }
    return { model: model.name, acceptedInTopK: wilson(acceptedHits, accepted), rejectedShown: wilson(rejectedHits, rejected) };
  });
  return { skipped: false, k, accepted, rejected, excluded, models: results };
}
