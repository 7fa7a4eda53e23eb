/**
 * The recommender's view of the data: the libraries (Catalog) and the plan history
 * (TrainingData) as dense indices and flat typed arrays, so a million plans fit in memory and
 * every model's fitting loop is a pass over integer arrays.
 */
import type { Eligibility, Translated } from '../../knowledge/domain/types.ts';
import type { ClientContext } from './context.ts';
import type { Dictionary } from './dictionary.ts';

/** The statement and action libraries with their taxonomy, as indices. */
export interface Catalog {
  categories: Dictionary;
  /** English label per category. */
  categoryLabels: string[];
  indicators: Dictionary;
  /** Category index of each indicator. */
  indicatorCategory: Int32Array;
  statements: Dictionary;
  /** English text per library statement: what models embed and explanations quote. */
  statementTexts: string[];
  /** Every language the statement is written in (always "en"). */
  statementTranslations: Translated[];
  statementIndicator: Int32Array;
  statementCategory: Int32Array;
  actions: Dictionary;
  actionTexts: string[];
  actionTranslations: Translated[];
  actionIndicator: Int32Array;
  actionCategory: Int32Array;
  /** Who may receive each action; undefined: everyone. */
  actionEligibility: (Eligibility | undefined)[];
}

/** One statement of a plan as it enters the builder: a library statement or free text, and its actions. */
export interface PlanStatementRecord {
  /** Place in the plan; statements are ordered by it. */
  position: number;
  /** Library statement id; absent (or null) for free text. */
  statementId?: string | null;
  /** The assessor's own words, when the statement is not from the library. */
  freeText?: string | null;
  /** Library action ids the assessor attached to this statement. */
  actionIds: readonly string[];
}

/** One plan as it enters the builder (from the database, an import, or a generator). */
export interface PlanRecord {
  id: string;
  /** The plan's date, 'YYYY-MM-DD'. */
  date: string;
  context: Omit<ClientContext, 'planDate'>;
  statements: PlanStatementRecord[];
}

/**
 * A plan history. A row is one statement of one plan (a "statement instance"); its positives are
 * the actions attached to it. Rows of a plan are contiguous, in position order, and plans keep the
 * order they were added in (the loader adds them by date).
 *
 * Variable-length lists use offsets: plan p's rows are planRowStart[p] .. planRowStart[p + 1],
 * row r's actions rowActions[rowActionStart[r] .. rowActionStart[r + 1]] (ascending, distinct),
 * plan p's context features planFeatures[planFeatureStart[p] .. planFeatureStart[p + 1]].
 * Together rowActionStart and rowActions are the row × action matrix in CSR form (see rowActionMatrix).
 */
export interface TrainingData {
  catalog: Catalog;
  planCount: number;
  rowCount: number;

  /** Plan ids, by plan index. */
  planIds: string[];
  /** Plan date as a day number (see dates.ts). */
  planDay: Int32Array;
  /** planCount + 1 offsets into the rows. */
  planRowStart: Int32Array;

  /** Plan of each row. */
  rowPlan: Int32Array;
  /** Library statement index of each row; -1 for free text. */
  rowStatement: Int32Array;
  /** The statement's position in its plan (with the plan id, its key in the database). */
  rowPosition: Int32Array;
  /** rowCount + 1 offsets into rowActions. */
  rowActionStart: Int32Array;
  /** Action indices, row after row. */
  rowActions: Int32Array;
  /** Text of each free-text row, by row index. */
  freeTexts: Map<number, string>;

  /** Client context per plan, as indices into the dictionaries below. */
  sites: Dictionary;
  statuses: Dictionary;
  ageBands: Dictionary;
  languages: Dictionary;
  planSite: Int32Array;
  planStatus: Int32Array;
  planAgeBand: Int32Array;
  planHousehold: Int32Array;
  planChildren: Int32Array;
  /** Arrival day number, NO_DAY when unknown. */
  planArrivalDay: Int32Array;
  planLanguageStart: Int32Array;
  planLanguages: Int32Array;

  /** Context feature names ("site:windsor", see context.ts) and each plan's features as indices. */
  features: Dictionary;
  planFeatureStart: Int32Array;
  planFeatures: Int32Array;
}
