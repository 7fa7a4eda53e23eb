/** Builds TrainingData from plan records, one plan or one chunk at a time, into growing typed arrays. */
import { contextFeatureNames } from './context.ts';
import { dayFromIso, NO_DAY } from './dates.ts';
import { Dictionary } from './dictionary.ts';
import type { Catalog, PlanRecord, PlanStatementRecord, TrainingData } from './types.ts';

/** An Int32Array that grows by doubling: amortized O(1) appends without arrays of boxed numbers. */
class IntBuffer {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(v: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = v;
  }

  private grow(needed: number): void {
    const next = new Int32Array(Math.max(needed, this.data.length * 2));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  /** A trimmed copy: the builder can go on appending without touching it. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export interface BuilderOptions {
  /**
   * What to do with a statement or action id the catalog does not know (e.g. a library item
   * deleted since): 'error' (default) throws, 'skip' drops the statement or the action and counts
   * it in `skipped`.
   */
  unknownIds?: 'error' | 'skip';
}

const byPosition = (a: PlanStatementRecord, b: PlanStatementRecord) => a.position - b.position;

/**
 * Appends plans in the order given; build() returns everything appended so far, and appending may
 * go on after it. Building in chunks gives exactly the data of one build over all the plans.
 */
export class TrainingDataBuilder {
  readonly skipped = { statements: 0, actions: 0 };
  private readonly unknownIds: 'error' | 'skip';
  private readonly planIds: string[] = [];
  private readonly planDay = new IntBuffer();
  private readonly planRowStart = new IntBuffer();
  private readonly rowPlan = new IntBuffer();
  private readonly rowStatement = new IntBuffer();
  private readonly rowPosition = new IntBuffer();
  private readonly rowActionStart = new IntBuffer();
  private readonly rowActions = new IntBuffer();
  private readonly freeTexts = new Map<number, string>();
  private readonly sites = new Dictionary();
  private readonly statuses = new Dictionary();
  private readonly ageBands = new Dictionary();
  private readonly languages = new Dictionary();
  private readonly features = new Dictionary();
  private readonly planSite = new IntBuffer();
  private readonly planStatus = new IntBuffer();
  private readonly planAgeBand = new IntBuffer();
  private readonly planHousehold = new IntBuffer();
  private readonly planChildren = new IntBuffer();
  private readonly planArrivalDay = new IntBuffer();
  private readonly planLanguageStart = new IntBuffer();
  private readonly planLanguages = new IntBuffer();
  private readonly planFeatureStart = new IntBuffer();
  private readonly planFeatures = new IntBuffer();
  /** Scratch for one row's action indices. */
  private readonly actionScratch: number[] = [];

  constructor(
    readonly catalog: Catalog,
    options: BuilderOptions = {},
  ) {
    this.unknownIds = options.unknownIds ?? 'error';
    this.planRowStart.push(0);
    this.rowActionStart.push(0);
    this.planLanguageStart.push(0);
    this.planFeatureStart.push(0);
  }

  get planCount(): number {
    return this.planIds.length;
  }

  get rowCount(): number {
    return this.rowPlan.length;
  }

  /** Appends one plan; returns its plan index. */
  addPlan(plan: PlanRecord): number {
    const day = dayFromIso(plan.date);
    if (day === NO_DAY) throw new Error(`plan ${plan.id} has no date`);
    const p = this.planIds.length;
    const c = plan.context;
    // Validate everything that can throw before appending, so a bad plan leaves the builder as it was.
    const features = contextFeatureNames({ ...c, planDate: plan.date });
    const arrival = dayFromIso(c.arrivalDate);
    let statements = plan.statements;
    for (let i = 1; i < statements.length; i++) {
      if (statements[i].position < statements[i - 1].position) {
        statements = [...statements].sort(byPosition);
        break;
      }
    }
    const resolved = statements.map((s) => this.resolve(plan.id, s));

    this.planIds.push(plan.id);
    this.planDay.push(day);
    this.planSite.push(this.sites.add(c.siteId));
    this.planStatus.push(this.statuses.add(c.immigrationStatus));
    this.planAgeBand.push(this.ageBands.add(c.ageBand));
    this.planHousehold.push(c.householdSize);
    this.planChildren.push(c.children);
    this.planArrivalDay.push(arrival);
    const seenLanguages = new Set<string>();
    for (const language of c.languages ?? []) {
      if (seenLanguages.has(language)) continue;
      seenLanguages.add(language);
      this.planLanguages.push(this.languages.add(language));
    }
    this.planLanguageStart.push(this.planLanguages.length);
    for (const f of features) this.planFeatures.push(this.features.add(f));
    this.planFeatureStart.push(this.planFeatures.length);

    for (const row of resolved) {
      if (row === null) continue;
      const r = this.rowPlan.length;
      this.rowPlan.push(p);
      this.rowStatement.push(row.statement);
      this.rowPosition.push(row.position);
      if (row.statement < 0) this.freeTexts.set(r, row.freeText);
      for (const a of row.actions) this.rowActions.push(a);
      this.rowActionStart.push(this.rowActions.length);
    }
    this.planRowStart.push(this.rowPlan.length);
    return p;
  }

  /** Appends a chunk of plans (any iterable, e.g. a generator); returns the builder. */
  addPlans(plans: Iterable<PlanRecord>): this {
    for (const plan of plans) this.addPlan(plan);
    return this;
  }

  /** A statement as indices: null when it is dropped (unknown id with unknownIds 'skip'). */
  private resolve(planId: string, s: PlanStatementRecord): { statement: number; position: number; freeText: string; actions: number[] } | null {
    const { catalog } = this;
    let statement = -1;
    if (s.statementId !== undefined && s.statementId !== null) {
      statement = catalog.statements.indexOf(s.statementId);
      if (statement < 0) {
        if (this.unknownIds === 'error') throw new Error(`plan ${planId}: unknown statement ${s.statementId}`);
        this.skipped.statements++;
        return null;
      }
    }
    const actions = this.actionScratch;
    actions.length = 0;
    for (const id of s.actionIds) {
      const a = catalog.actions.indexOf(id);
      if (a < 0) {
        if (this.unknownIds === 'error') throw new Error(`plan ${planId}: unknown action ${id}`);
        this.skipped.actions++;
        continue;
      }
      actions.push(a);
    }
    // Ascending and distinct, so a row's actions read like a CSR row.
    actions.sort((x, y) => x - y);
    let n = 0;
    for (let i = 0; i < actions.length; i++) if (i === 0 || actions[i] !== actions[n - 1]) actions[n++] = actions[i];
    return { statement, position: s.position, freeText: s.freeText ?? '', actions: actions.slice(0, n) };
  }

  /** The plans appended so far, as TrainingData (a snapshot: later appends do not change it). */
  build(): TrainingData {
    return {
      catalog: this.catalog,
      planCount: this.planCount,
      rowCount: this.rowCount,
      planIds: this.planIds.slice(),
      planDay: this.planDay.toArray(),
      planRowStart: this.planRowStart.toArray(),
      rowPlan: this.rowPlan.toArray(),
      rowStatement: this.rowStatement.toArray(),
      rowPosition: this.rowPosition.toArray(),
      rowActionStart: this.rowActionStart.toArray(),
      rowActions: this.rowActions.toArray(),
      freeTexts: new Map(this.freeTexts),
      sites: this.sites.clone(),
      statuses: this.statuses.clone(),
      ageBands: this.ageBands.clone(),
      languages: this.languages.clone(),
      planSite: this.planSite.toArray(),
      planStatus: this.planStatus.toArray(),
      planAgeBand: this.planAgeBand.toArray(),
      planHousehold: this.planHousehold.toArray(),
      planChildren: this.planChildren.toArray(),
      planArrivalDay: this.planArrivalDay.toArray(),
      planLanguageStart: this.planLanguageStart.toArray(),
      planLanguages: this.planLanguages.toArray(),
      features: this.features.clone(),
      planFeatureStart: this.planFeatureStart.toArray(),
      planFeatures: this.planFeatures.toArray(),
    };
  }
}

/** TrainingData of the plans, in the order given. */
export function buildTrainingData(catalog: Catalog, plans: Iterable<PlanRecord>, options: BuilderOptions = {}): TrainingData {
  return new TrainingDataBuilder(catalog, options).addPlans(plans).build();
}
