/**
 * The plan history as evaluation sees it: the recommender's own loader (so what is measured is
 * what is served), with every plan and client identifier replaced by a keyed pseudonym before any
 * evaluation code touches it. Raw ids live only inside this function.
 */
import type { Queryable } from '../../knowledge/db/index.ts';
import { exportDecisions, isoFromDay, loadTrainingData, type ExportedDecision, type TrainingData } from '../../recommender/index.ts';
import type { Pseudonymizer } from '../common/pseudonym.ts';

export interface EvaluationData {
  /** planIds hold plan pseudonyms ("plan_…"), never database ids. */
  data: TrainingData;
  /** Client of each plan, as an index into clientPseudonyms. */
  planClient: Int32Array;
  clientPseudonyms: string[];
  /** Logged suggestions and decisions, pseudonymized by exportDecisions with the same key, no free text. */
  decisions: ExportedDecision[];
  range: { from: string | null; to: string | null };
}

export interface LoadEvaluationOptions {
  pseudonymizer: Pseudonymizer;
  onProgress?: (loaded: number, total: number) => void;
}

export async function loadEvaluationData(db: Queryable, options: LoadEvaluationOptions): Promise<EvaluationData> {
  const { pseudonymizer } = options;
  const data = await loadTrainingData(db, { onProgress: options.onProgress });
  const { rows } = await db.query<{ id: string; client_id: string }>('SELECT id, client_id FROM plan');
  const clientOfPlan = new Map(rows.map((r) => [r.id, r.client_id]));
  const clientIndex = new Map<string, number>();
  const clientPseudonyms: string[] = [];
  const planClient = new Int32Array(data.planCount);
  for (let p = 0; p < data.planCount; p++) {
    const client = clientOfPlan.get(data.planIds[p]);
    if (client === undefined) throw new Error('a plan disappeared while loading; run the evaluation again');
    const pseudonym = pseudonymizer.pseudonym('client', client);
    let c = clientIndex.get(pseudonym);
    if (c === undefined) {
      c = clientPseudonyms.length;
      clientIndex.set(pseudonym, c);
      clientPseudonyms.push(pseudonym);
    }
    planClient[p] = c;
  }
  const pseudonymous: TrainingData = { ...data, planIds: data.planIds.map((id) => pseudonymizer.pseudonym('plan', id)) };
  const decisions = await exportDecisions(db, { pseudonymKey: pseudonymizer.secret, includeFreeText: false });
  return { data: pseudonymous, planClient, clientPseudonyms, decisions, range: dayRange(data) };
}

export function dayRange(data: TrainingData): { from: string | null; to: string | null } {
  let min = Infinity;
  let max = -Infinity;
  for (let p = 0; p < data.planCount; p++) {
    min = Math.min(min, data.planDay[p]);
    max = Math.max(max, data.planDay[p]);
  }
  return Number.isFinite(min) ? { from: isoFromDay(min), to: isoFromDay(max) } : { from: null, to: null };
}
