import { CONTEXT_KINDS, contextFeatureNames, describeFeature, featureKind, type ContextKind } from '../data/context.ts';
import type { TrainingData } from '../data/types.ts';
import { formatCount, formatRatio, formatShare, quote } from './format.ts';
import { choleskyFactor, inverseColumns } from './linalg.ts';
import { packModel, unpackExpecting } from './serialization.ts';
import type { Query, Reason, Recommender, Vocabulary } from './types.ts';
import { requireFitted, vocabularyFromCatalog, vocabularyFromJson, vocabularyToJson } from './vocabulary.ts';

export interface EaseParams {
  /** L2 penalty on the weights (added to the Gram diagonal). */
  lambda?: number;
  /** Context feature kinds used as input columns. */
  contextKinds?: ContextKind[];
  /**
   * Dropout rate p on the action input columns (Steck 2020, EDLAE): adds p/(1−p)·G_jj to their
   * diagonal. At query time a statement usually has no actions yet, so the weights should not
   * lean on co-attached actions to reconstruct an action; dropout moves them to the statement
   * and context columns. 0 is plain EASE.
   */
  actionDropout?: number;
}

export const DEFAULT_EASE_CONTEXT: ContextKind[] = ['site', 'status', 'age', 'household'];

/**
 * EASE weights for the given output columns: B = I − P·diagMat(1/diag(P)), P = (G + Λ)⁻¹,
 * Λ = λI + diagMat(extraPenalty), with a zero diagonal. Returns row-major n × outputCols.length
 * (only those columns of B).
 */
export function easeWeights(
  gram: Float64Array,
  n: number,
  lambda: number,
  outputCols: ArrayLike<number>,
  extraPenalty?: Float64Array,
): Float64Array {
  const a = gram.slice();
  for (let i = 0; i < n; i++) a[i * n + i] += lambda + (extraPenalty?.[i] ?? 0);
  const m = outputCols.length;
  const p = inverseColumns(choleskyFactor(a, n), n, outputCols);
  for (let c = 0; c < m; c++) {
    const j = outputCols[c];
    const pjj = p[j * m + c];
    for (let i = 0; i < n; i++) p[i * m + c] = i === j ? 0 : -p[i * m + c] / pjj;
  }
  return p;
}

/** Column layout: [target statement | other statements | context features | actions]. */
interface Layout {
  nS: number;
  nA: number;
  features: string[];
  featureColumn: Map<string, number>;
  n: number;
}

function makeLayout(nS: number, nA: number, features: string[]): Layout {
  const featureColumn = new Map(features.map((f, i) => [f, 2 * nS + i]));
  return { nS, nA, features, featureColumn, n: 2 * nS + features.length + nA };
}

/**
 * Steck's EASE (2019) on statement instances. Each row is one statement in one plan: the target
 * statement one-hot, the plan's other statements, the client's context features and the actions
 * attached; scores for actions are x·B restricted to the action columns.
 */
export class EaseModel implements Recommender {
  readonly name = 'ease';
  // Defaults from a grid search on the demo plan generator's history; tune per deployment.
  lambda = 100;
  actionDropout = 0.8;
  contextKinds: ContextKind[] = DEFAULT_EASE_CONTEXT;
  private vocab?: Vocabulary;
  private layout?: Layout;
  /** n × nA weights (B restricted to action columns), Float32 for fast scoring. */
  private weights: Float32Array = new Float32Array(0);
  /** n × nA co-occurrence counts (the same block of XᵀX), quoted by explain. */
  private gramBlock: Float32Array = new Float32Array(0);
  /** diag(XᵀX): occurrences of each input column. */
  private gramDiag: Float32Array = new Float32Array(0);
  private rows = 0;

  get vocabulary(): Vocabulary {
    return requireFitted(this.vocab, this.name);
  }

  fit(data: TrainingData, params: EaseParams = {}): void {
    this.lambda = params.lambda ?? this.lambda;
    this.actionDropout = params.actionDropout ?? this.actionDropout;
    if (!(this.actionDropout >= 0 && this.actionDropout < 1)) throw new RangeError('ease: actionDropout must be in [0, 1)');
    this.contextKinds = params.contextKinds ?? this.contextKinds;
    if (!(this.lambda > 0)) throw new RangeError('ease: lambda must be positive');
    for (const k of this.contextKinds) if (!CONTEXT_KINDS.includes(k)) throw new RangeError(`ease: unknown context kind ${k}`);
    this.vocab = vocabularyFromCatalog(data.catalog);
    const kinds = new Set(this.contextKinds);
    const used = data.features.ids.filter((f) => kinds.has(featureKind(f)));
    const layout = makeLayout(data.catalog.statements.size, data.catalog.actions.size, used);
    this.layout = layout;
    const { n, nS, nA } = layout;
    const dataFeatureColumn = Int32Array.from(data.features.ids, (f) => layout.featureColumn.get(f) ?? -1);

    // XᵀX accumulated row by row over the ~12 nonzeros of each row; upper triangle only.
    const gram = new Float64Array(n * n);
    let cols = new Int32Array(64);
    for (let r = 0; r < data.rowCount; r++) {
      const p = data.rowPlan[r];
      const needed =
        1 +
        (data.planRowStart[p + 1] - data.planRowStart[p]) +
        (data.planFeatureStart[p + 1] - data.planFeatureStart[p]) +
        (data.rowActionStart[r + 1] - data.rowActionStart[r]);
      if (needed > cols.length) cols = new Int32Array(needed * 2);
      let m = 0;
      const s = data.rowStatement[r];
      if (s >= 0) cols[m++] = s;
      for (let o = data.planRowStart[p]; o < data.planRowStart[p + 1]; o++) {
        const so = data.rowStatement[o];
        if (o !== r && so >= 0) cols[m++] = nS + so;
      }
      for (let f = data.planFeatureStart[p]; f < data.planFeatureStart[p + 1]; f++) {
        const c = dataFeatureColumn[data.planFeatures[f]];
        if (c >= 0) cols[m++] = c;
      }
      const a0 = n - nA;
      for (let k = data.rowActionStart[r]; k < data.rowActionStart[r + 1]; k++) cols[m++] = a0 + data.rowActions[k];
      const active = uniqueSorted(cols, m);
      for (let i = 0; i < active; i++) {
        const base = cols[i] * n;
        for (let j = i; j < active; j++) gram[base + cols[j]]++;
      }
    }
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) gram[i * n + j] = gram[j * n + i];

    const actionCols = Int32Array.from({ length: nA }, (_, a) => n - nA + a);
    const penalty = new Float64Array(n);
    const emphasis = this.actionDropout / (1 - this.actionDropout);
    for (const c of actionCols) penalty[c] = emphasis * gram[c * n + c];
    this.weights = Float32Array.from(easeWeights(gram, n, this.lambda, actionCols, penalty));
    this.gramBlock = new Float32Array(n * nA);
    for (let i = 0; i < n; i++) for (let a = 0; a < nA; a++) this.gramBlock[i * nA + a] = gram[i * n + actionCols[a]];
    this.gramDiag = Float32Array.from({ length: n }, (_, i) => gram[i * n + i]);
    this.rows = data.rowCount;
  }

  /** Input columns of a query, each with its role, in the training layout. */
  private inputs(query: Query): { col: number; role: 'target' | 'other' | 'context' | 'action'; ref: number | string }[] {
    const layout = requireFitted(this.layout, this.name);
    const { nS, nA, n } = layout;
    const out: { col: number; role: 'target' | 'other' | 'context' | 'action'; ref: number | string }[] = [];
    const seen = new Set<number>();
    const push = (col: number, role: 'target' | 'other' | 'context' | 'action', ref: number | string) => {
      if (!seen.has(col)) {
        seen.add(col);
        out.push({ col, role, ref });
      }
    };
    const s = query.statementIndex;
    if (s !== undefined && s >= 0 && s < nS) push(s, 'target', s);
    for (const o of query.otherStatementIndices) if (o >= 0 && o < nS) push(nS + o, 'other', o);
    for (const f of contextFeatureNames(query.context)) {
      const c = layout.featureColumn.get(f);
      if (c !== undefined) push(c, 'context', f);
    }
    for (const a of query.actionsOnStatement ?? []) if (a >= 0 && a < nA) push(n - nA + a, 'action', a);
    return out;
  }

  score(query: Query): Float32Array {
    const { nA } = requireFitted(this.layout, this.name);
    const out = new Float32Array(nA);
    const w = this.weights;
    for (const { col } of this.inputs(query)) {
      const base = col * nA;
      for (let a = 0; a < nA; a++) out[a] += w[base + a];
    }
    return out;
  }

  explain(query: Query, actionIndex: number): Reason[] {
    const { nA, n } = requireFitted(this.layout, this.name);
    const v = this.vocabulary;
    const overall = this.gramDiag[n - nA + actionIndex] / Math.max(1, this.rows);
    const found: { weight: number; reason: Reason }[] = [];
    for (const input of this.inputs(query)) {
      const weight = this.weights[input.col * nA + actionIndex];
      const count = this.gramBlock[input.col * nA + actionIndex];
      const total = this.gramDiag[input.col];
      if (weight <= 0 || count === 0) continue;
      const share = count / total;
      let reason: Reason;
      if (input.role === 'target') {
        reason = {
          kind: 'cooccurrence',
          text: `chosen in ${formatShare(share)} of ${formatCount(total)} past plans with this statement`,
          data: { share, count, plans: total },
        };
      } else if (input.role === 'other') {
        const si = input.ref as number;
        reason = {
          kind: 'cooccurrence',
          text: `chosen for ${formatShare(share)} of ${formatCount(total)} past statements in plans that also had ${quote(v.statementTexts[si])}`,
          data: { share, count, total, statementId: v.statementIds[si] },
        };
      } else if (input.role === 'context') {
        const feature = input.ref as string;
        const lift = overall > 0 ? share / overall : 0;
        reason = {
          kind: 'context',
          text: `chosen for ${formatShare(share)} of ${formatCount(total)} past statements of ${describeFeature(feature)} (${formatRatio(lift)} the usual rate)`,
          data: { share, count, total, feature, lift },
        };
      } else {
        const b = input.ref as number;
        reason = {
          kind: 'together_with',
          text: `attached together with ${quote(v.actionTexts[b])} in ${formatShare(share)} of ${formatCount(total)} past statements that had it`,
          data: { share, count, total, actionId: v.actionIds[b] },
        };
      }
      found.push({ weight, reason });
    }
    return found.sort((x, y) => y.weight - x.weight).map((f) => f.reason);
  }

  serialize(): Uint8Array {
    const layout = requireFitted(this.layout, this.name);
    return packModel({
      name: this.name,
      meta: {
        vocabulary: vocabularyToJson(this.vocabulary),
        lambda: this.lambda,
        actionDropout: this.actionDropout,
        contextKinds: this.contextKinds,
        features: layout.features,
        rows: this.rows,
      },
      arrays: { weights: this.weights, gramBlock: this.gramBlock, gramDiag: this.gramDiag },
    });
  }

  static deserialize(bytes: Uint8Array): EaseModel {
    const { meta, arrays } = unpackExpecting(bytes, 'ease');
    const m = new EaseModel();
    m.vocab = vocabularyFromJson(meta.vocabulary);
    m.lambda = meta.lambda as number;
    m.actionDropout = meta.actionDropout as number;
    m.contextKinds = meta.contextKinds as ContextKind[];
    m.rows = meta.rows as number;
    m.layout = makeLayout(m.vocab.statementIds.length, m.vocab.actionIds.length, meta.features as string[]);
    m.weights = arrays.weights as Float32Array;
    m.gramBlock = arrays.gramBlock as Float32Array;
    m.gramDiag = arrays.gramDiag as Float32Array;
    return m;
  }
}

/** Sorts the first m entries in place and drops duplicates; returns the new count. */
function uniqueSorted(a: Int32Array, m: number): number {
  a.subarray(0, m).sort();
  let k = 0;
  for (let i = 0; i < m; i++) if (i === 0 || a[i] !== a[k - 1]) a[k++] = a[i];
  return k;
}
