/** Reading TrainingData back as the objects models and evaluation ask for. */
import { AGE_BANDS, isEligible, type AgeBand, type Eligibility, type ImmigrationStatus } from '../../knowledge/domain/types.ts';
import type { ClientContext } from './context.ts';
import { CsrMatrix } from './csr.ts';
import { isoFromDay, NO_DAY } from './dates.ts';
import type { TrainingData } from './types.ts';

/** The client context of plan p, as a query carries it. */
export function planContext(data: TrainingData, plan: number): ClientContext {
  if (!(plan >= 0 && plan < data.planCount)) throw new RangeError(`no plan ${plan} (plans: ${data.planCount})`);
  const languages: string[] = [];
  for (let i = data.planLanguageStart[plan]; i < data.planLanguageStart[plan + 1]; i++) languages.push(data.languages.ids[data.planLanguages[i]]);
  const arrival = data.planArrivalDay[plan];
  return {
    siteId: data.sites.ids[data.planSite[plan]],
    ageBand: data.ageBands.ids[data.planAgeBand[plan]],
    immigrationStatus: data.statuses.ids[data.planStatus[plan]],
    householdSize: data.planHousehold[plan],
    children: data.planChildren[plan],
    languages,
    arrivalDate: arrival === NO_DAY ? null : isoFromDay(arrival),
    planDate: isoFromDay(data.planDay[plan]),
  };
}

/** Library statements of the row's plan other than the row itself, in position order (free text left out). */
export function otherStatements(data: TrainingData, row: number): number[] {
  const p = data.rowPlan[row];
  const out: number[] = [];
  for (let r = data.planRowStart[p]; r < data.planRowStart[p + 1]; r++) {
    const s = data.rowStatement[r];
    if (r !== row && s >= 0) out.push(s);
  }
  return out;
}

/** The actions attached to the row's statement (ascending; a view into data.rowActions). */
export function rowActions(data: TrainingData, row: number): Int32Array {
  return data.rowActions.subarray(data.rowActionStart[row], data.rowActionStart[row + 1]);
}

/** The distinct actions anywhere in plan p, ascending. */
export function planActions(data: TrainingData, plan: number): number[] {
  const seen = new Set<number>();
  for (let k = data.rowActionStart[data.planRowStart[plan]]; k < data.rowActionStart[data.planRowStart[plan + 1]]; k++) seen.add(data.rowActions[k]);
  return [...seen].sort((a, b) => a - b);
}

/**
 * Whether the client may receive each action, as a predicate on action indices (precomputed, so
 * it costs one array read per call). An unknown age band restricts nothing by age; an unknown
 * status is refused by actions that list statuses.
 */
export function eligibilityFilter(
  eligibility: readonly (Eligibility | undefined)[],
  client: Pick<ClientContext, 'ageBand' | 'immigrationStatus'>,
): (actionIndex: number) => boolean {
  const band = (AGE_BANDS as readonly string[]).includes(client.ageBand) ? (client.ageBand as AgeBand) : undefined;
  const status = client.immigrationStatus as ImmigrationStatus;
  const allowed = new Uint8Array(eligibility.length);
  for (let a = 0; a < eligibility.length; a++) {
    const e = eligibility[a];
    if (!e) allowed[a] = 1;
    else if (band) allowed[a] = isEligible(e, band, status) ? 1 : 0;
    else allowed[a] = !e.immigrationStatuses || e.immigrationStatuses.includes(status) ? 1 : 0;
  }
  return (a) => allowed[a] === 1;
}

/** The row × action matrix (1 where the action was attached), sharing data's arrays. */
export function rowActionMatrix(data: TrainingData): CsrMatrix {
  return new CsrMatrix(data.rowCount, data.catalog.actions.size, data.rowActionStart, data.rowActions, new Float32Array(data.rowActions.length).fill(1));
}

/** The plan × action matrix: how many of the plan's statements got each action. */
export function planActionMatrix(data: TrainingData): CsrMatrix {
  const n = data.rowActions.length;
  const plan = new Int32Array(n);
  for (let r = 0; r < data.rowCount; r++) plan.fill(data.rowPlan[r], data.rowActionStart[r], data.rowActionStart[r + 1]);
  return CsrMatrix.fromTriplets(data.planCount, data.catalog.actions.size, plan, data.rowActions);
}
