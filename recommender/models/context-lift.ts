import { contextFeatureNames, describeFeature, featureKind, type ContextKind, CONTEXT_KINDS } from '../data/context.ts';
import type { TrainingData } from '../data/types.ts';
import { formatCount, formatRatio, formatShare } from './format.ts';
import { packModel, unpackExpecting } from './serialization.ts';
import type { Query, Reason, Recommender, Vocabulary } from './types.ts';
import { requireFitted, vocabularyFromCatalog, vocabularyFromJson, vocabularyToJson } from './vocabulary.ts';

export interface ContextLiftParams {
  /** Pseudo-count shrinking each feature's rate towards the overall rate. */
  smoothing?: number;
  kinds?: ContextKind[];
  /** Lifts below this are not worth a sentence in explain. */
  minExplainedLift?: number;
}

/**
 * How much more (or less) often an action is chosen for clients like this one: the sum over
 * context features f of log(P(a | f) / P(a)), each rate smoothed towards P(a). Statement-agnostic;
 * the hybrid adds it as its context term.
 */
export class ContextLiftModel implements Recommender {
  readonly name = 'context_lift';
  params: Required<ContextLiftParams> = { smoothing: 50, kinds: [...CONTEXT_KINDS], minExplainedLift: 1.2 };
  private vocab?: Vocabulary;
  private features: string[] = [];
  private featureIndex = new Map<string, number>();
  private featureRows: Float32Array = new Float32Array(0);
  private featureAction: Float32Array = new Float32Array(0);
  private actionRows: Float32Array = new Float32Array(0);
  private rows = 0;
  /** features × actions log-lifts, precomputed so scoring is additions only. */
  private logLifts: Float32Array = new Float32Array(0);

  get vocabulary(): Vocabulary {
    return requireFitted(this.vocab, this.name);
  }

  fit(data: TrainingData, params: ContextLiftParams = {}): void {
    this.params = { ...this.params, ...params };
    this.vocab = vocabularyFromCatalog(data.catalog);
    const kinds = new Set(this.params.kinds);
    this.setFeatures(data.features.ids.filter((f) => kinds.has(featureKind(f))));
    const column = Int32Array.from(data.features.ids, (f) => this.featureIndex.get(f) ?? -1);
    const nA = data.catalog.actions.size;
    this.featureRows = new Float32Array(this.features.length);
    this.featureAction = new Float32Array(this.features.length * nA);
    this.actionRows = new Float32Array(nA);
    for (let r = 0; r < data.rowCount; r++) {
      const p = data.rowPlan[r];
      const a0 = data.rowActionStart[r];
      const a1 = data.rowActionStart[r + 1];
      for (let k = a0; k < a1; k++) this.actionRows[data.rowActions[k]]++;
      for (let i = data.planFeatureStart[p]; i < data.planFeatureStart[p + 1]; i++) {
        const f = column[data.planFeatures[i]];
        if (f < 0) continue;
        this.featureRows[f]++;
        for (let k = a0; k < a1; k++) this.featureAction[f * nA + data.rowActions[k]]++;
      }
    }
    this.rows = data.rowCount;
    this.tabulate();
  }

  private tabulate(): void {
    const nA = this.actionRows.length;
    this.logLifts = new Float32Array(this.features.length * nA);
    for (let f = 0; f < this.features.length; f++) for (let a = 0; a < nA; a++) this.logLifts[f * nA + a] = this.logLift(f, a);
  }

  private setFeatures(features: string[]): void {
    this.features = features;
    this.featureIndex = new Map(features.map((f, i) => [f, i]));
  }

  private queryFeatures(query: Query): number[] {
    const out: number[] = [];
    for (const name of contextFeatureNames(query.context)) {
      const f = this.featureIndex.get(name);
      if (f !== undefined && this.featureRows[f] > 0) out.push(f);
    }
    return out;
  }

  /** log(P(a | f) / P(a)) with P(a | f) smoothed towards P(a). */
  private logLift(f: number, a: number): number {
    const base = this.actionRows[a] / this.rows;
    if (base === 0) return 0;
    const nA = this.actionRows.length;
    const rate = (this.featureAction[f * nA + a] + this.params.smoothing * base) / (this.featureRows[f] + this.params.smoothing);
    return Math.log(rate / base);
  }

  score(query: Query): Float32Array {
    const nA = this.vocabulary.actionIds.length;
    const out = new Float32Array(nA);
    for (const f of this.queryFeatures(query)) {
      const base = f * nA;
      for (let a = 0; a < nA; a++) out[a] += this.logLifts[base + a];
    }
    return out;
  }

  explain(query: Query, actionIndex: number): Reason[] {
    const nA = this.vocabulary.actionIds.length;
    const found: { weight: number; reason: Reason }[] = [];
    for (const f of this.queryFeatures(query)) {
      const logLift = this.logLift(f, actionIndex);
      const lift = Math.exp(logLift);
      const count = this.featureAction[f * nA + actionIndex];
      if (lift < this.params.minExplainedLift || count === 0) continue;
      const total = this.featureRows[f];
      const share = count / total;
      const feature = this.features[f];
      found.push({
        weight: logLift,
        reason: {
          kind: 'context',
          text: `chosen for ${formatShare(share)} of ${formatCount(total)} past statements of ${describeFeature(feature)} (${formatRatio(lift)} the usual rate)`,
          data: { share, count, total, feature, lift },
        },
      });
    }
    return found.sort((x, y) => y.weight - x.weight).map((f) => f.reason);
  }

  serialize(): Uint8Array {
    return packModel({
      name: this.name,
      meta: { vocabulary: vocabularyToJson(this.vocabulary), params: this.params, features: this.features, rows: this.rows },
      arrays: { featureRows: this.featureRows, featureAction: this.featureAction, actionRows: this.actionRows },
    });
  }

  static deserialize(bytes: Uint8Array): ContextLiftModel {
    const { meta, arrays } = unpackExpecting(bytes, 'context_lift');
    const m = new ContextLiftModel();
    m.vocab = vocabularyFromJson(meta.vocabulary);
    m.params = meta.params as Required<ContextLiftParams>;
    m.setFeatures(meta.features as string[]);
    m.rows = meta.rows as number;
    m.featureRows = arrays.featureRows as Float32Array;
    m.featureAction = arrays.featureAction as Float32Array;
    m.actionRows = arrays.actionRows as Float32Array;
    m.tabulate();
    return m;
  }
}
