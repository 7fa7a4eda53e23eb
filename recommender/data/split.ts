/** Splitting a plan history by date, and taking subsets of plans as TrainingData of their own. */
import { dayFromIso, NO_DAY } from './dates.ts';
import type { TrainingData } from './types.ts';

/** Plan indices of each part, ascending, and the day numbers that separate them. */
export interface Split {
  train: Int32Array;
  validation: Int32Array;
  test: Int32Array;
  /** First day of validation: every training plan is dated before it (NO_DAY when there are no plans). */
  validationStartDay: number;
  /** First day of test: every validation plan is dated before it. */
  testStartDay: number;
  /** Last day of test. */
  endDay: number;
}

export interface TemporalSplitOptions {
  /** Days just before the test period held out for validation (tuning). */
  validationDays: number;
  /** The most recent days, held out for testing. */
  testDays: number;
  /** Last day of the test period, 'YYYY-MM-DD'; default the latest plan's date. Later plans go nowhere. */
  endDate?: string;
}

/**
 * Splits by plan date, as the recommender is used: it learns from the past and is judged on
 * later plans. Test holds the last testDays days up to the end date, validation the
 * validationDays before those, train everything earlier, so no plan of a later part predates a
 * plan of an earlier one.
 */
export function temporalSplit(data: TrainingData, options: TemporalSplitOptions): Split {
  const { validationDays, testDays } = options;
  if (!(Number.isInteger(validationDays) && validationDays >= 0 && Number.isInteger(testDays) && testDays >= 0)) {
    throw new RangeError('temporalSplit: validationDays and testDays must be whole numbers of days, at least 0');
  }
  let endDay = options.endDate !== undefined ? dayFromIso(options.endDate) : NO_DAY;
  if (endDay === NO_DAY) for (let p = 0; p < data.planCount; p++) if (data.planDay[p] > endDay) endDay = data.planDay[p];
  if (endDay === NO_DAY) {
    const none = new Int32Array(0);
    return { train: none, validation: none, test: none, validationStartDay: NO_DAY, testStartDay: NO_DAY, endDay: NO_DAY };
  }
  const testStartDay = endDay - testDays + 1;
  const validationStartDay = testStartDay - validationDays;
  const part = new Int8Array(data.planCount).fill(-1);
  const counts = [0, 0, 0];
  for (let p = 0; p < data.planCount; p++) {
    const day = data.planDay[p];
    if (day > endDay) continue;
    part[p] = day >= testStartDay ? 2 : day >= validationStartDay ? 1 : 0;
    counts[part[p]]++;
  }
  const parts = counts.map((n) => new Int32Array(n));
  const fill = [0, 0, 0];
  for (let p = 0; p < data.planCount; p++) if (part[p] >= 0) parts[part[p]][fill[part[p]]++] = p;
  return { train: parts[0], validation: parts[1], test: parts[2], validationStartDay, testStartDay, endDay };
}

function checkPlans(data: TrainingData, plans: ArrayLike<number>): void {
  for (let i = 0; i < plans.length; i++) {
    const p = plans[i];
    if (!(Number.isInteger(p) && p >= 0 && p < data.planCount)) throw new RangeError(`no plan ${p} (plans: ${data.planCount})`);
  }
}

/** The rows of the given plans, plan after plan. */
export function rowsOfPlans(data: TrainingData, plans: ArrayLike<number>): Int32Array {
  checkPlans(data, plans);
  let n = 0;
  for (let i = 0; i < plans.length; i++) n += data.planRowStart[plans[i] + 1] - data.planRowStart[plans[i]];
  const out = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < plans.length; i++) for (let r = data.planRowStart[plans[i]]; r < data.planRowStart[plans[i] + 1]; r++) out[k++] = r;
  return out;
}

/** Copies the spans [start[i], start[i + 1]) of `values` for the chosen items, with new offsets. */
function gatherSpans(items: ArrayLike<number>, start: Int32Array, values: Int32Array): { start: Int32Array; values: Int32Array } {
  const outStart = new Int32Array(items.length + 1);
  for (let i = 0; i < items.length; i++) outStart[i + 1] = outStart[i] + start[items[i] + 1] - start[items[i]];
  const out = new Int32Array(outStart[items.length]);
  for (let i = 0; i < items.length; i++) out.set(values.subarray(start[items[i]], start[items[i] + 1]), outStart[i]);
  return { start: outStart, values: out };
}

function gather(items: ArrayLike<number>, values: Int32Array): Int32Array {
  const out = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = values[items[i]];
  return out;
}

/**
 * TrainingData of just these plans, in the order given (e.g. a split's train part). The catalog
 * and the dictionaries are shared, so statement, action and feature indices mean the same.
 */
export function subsetPlans(data: TrainingData, plans: ArrayLike<number>): TrainingData {
  const rows = rowsOfPlans(data, plans);
  const planRowStart = new Int32Array(plans.length + 1);
  const rowPlan = new Int32Array(rows.length);
  for (let i = 0; i < plans.length; i++) {
    const n = data.planRowStart[plans[i] + 1] - data.planRowStart[plans[i]];
    planRowStart[i + 1] = planRowStart[i] + n;
    rowPlan.fill(i, planRowStart[i], planRowStart[i + 1]);
  }
  const actions = gatherSpans(rows, data.rowActionStart, data.rowActions);
  const languages = gatherSpans(plans, data.planLanguageStart, data.planLanguages);
  const features = gatherSpans(plans, data.planFeatureStart, data.planFeatures);
  const freeTexts = new Map<number, string>();
  if (data.freeTexts.size > 0) {
    for (let r = 0; r < rows.length; r++) {
      const text = data.freeTexts.get(rows[r]);
      if (text !== undefined) freeTexts.set(r, text);
    }
  }
  return {
    catalog: data.catalog,
    planCount: plans.length,
    rowCount: rows.length,
    planIds: Array.from({ length: plans.length }, (_, i) => data.planIds[plans[i]]),
    planDay: gather(plans, data.planDay),
    planRowStart,
    rowPlan,
    rowStatement: gather(rows, data.rowStatement),
    rowPosition: gather(rows, data.rowPosition),
    rowActionStart: actions.start,
    rowActions: actions.values,
    freeTexts,
    sites: data.sites,
    statuses: data.statuses,
    ageBands: data.ageBands,
    languages: data.languages,
    planSite: gather(plans, data.planSite),
    planStatus: gather(plans, data.planStatus),
    planAgeBand: gather(plans, data.planAgeBand),
    planHousehold: gather(plans, data.planHousehold),
    planChildren: gather(plans, data.planChildren),
    planArrivalDay: gather(plans, data.planArrivalDay),
    planLanguageStart: languages.start,
    planLanguages: languages.values,
    features: data.features,
    planFeatureStart: features.start,
    planFeatures: features.values,
  };
}
