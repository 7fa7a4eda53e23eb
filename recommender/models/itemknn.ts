import { CsrMatrix } from '../data/csr.ts';
import type { TrainingData } from '../data/types.ts';
import { countAttachments, type AttachmentCounts } from './counts.ts';
import { formatCount, formatShare, quote } from './format.ts';
import { packModel, unpackExpecting } from './serialization.ts';
import type { Query, Reason, Recommender, Vocabulary } from './types.ts';
import { requireFitted, vocabularyFromCatalog, vocabularyFromJson, vocabularyToJson } from './vocabulary.ts';

export interface ItemKnnParams {
  /** Neighbours kept per source item (statement or action). */
  k?: number;
  /** Shrinkage in the cosine denominator: damps similarities built on few observations. */
  shrink?: number;
  /** Weight of each of the plan's other statements (the target statement weighs 1). */
  otherWeight?: number;
  /** Weight of each action already in the plan. */
  planActionWeight?: number;
}

/** One pruned similarity table: cosine values plus the raw co-counts behind them, same pattern. */
interface Neighbours {
  sim: CsrMatrix;
  count: CsrMatrix;
  /** Occurrences of each source item: the denominator of the shares quoted in reasons. */
  support: Float32Array;
}

/**
 * Item-based k-nearest-neighbours over three similarity tables, each a shrunk cosine
 * n(i,j) / (sqrt(n(i)·n(j)) + shrink) between occurrence vectors:
 *  - target statement → action, over statement instances (action attached to that statement);
 *  - other statement → action, over statement instances (statement elsewhere in the same plan);
 *  - action → action, over plans (both actions somewhere in the same plan).
 */
export class ItemKnnModel implements Recommender {
  readonly name = 'itemknn';
  params: Required<ItemKnnParams> = { k: 100, shrink: 50, otherWeight: 0.1, planActionWeight: 0.5 };
  private vocab?: Vocabulary;
  private target?: Neighbours;
  private other?: Neighbours;
  private together?: Neighbours;

  get vocabulary(): Vocabulary {
    return requireFitted(this.vocab, this.name);
  }

  fit(data: TrainingData, params: ItemKnnParams = {}): void {
    this.fitCounts(data, vocabularyFromCatalog(data.catalog), countAttachments(data), params);
  }

  fitCounts(data: TrainingData, vocab: Vocabulary, counts: AttachmentCounts, params: ItemKnnParams = {}): void {
    this.params = { ...this.params, ...params };
    const { k, shrink } = this.params;
    const nS = vocab.statementIds.length;
    const nA = vocab.actionIds.length;
    this.vocab = vocab;

    this.target = prune(counts.statementAction.toDense(), counts.statementRows, counts.actionRows, nS, nA, k, shrink);

    const otherAction = new Float32Array(nS * nA);
    const otherRows = new Float32Array(nS);
    const planActions = new Float32Array(nA);
    const actionPairs = new Float32Array(nA * nA);
    const seenInPlan = new Int32Array(nA).fill(-1);
    const inPlan: number[] = [];
    for (let p = 0; p < data.planCount; p++) {
      const r0 = data.planRowStart[p];
      const r1 = data.planRowStart[p + 1];
      inPlan.length = 0;
      for (let r = r0; r < r1; r++) {
        for (let j = data.rowActionStart[r]; j < data.rowActionStart[r + 1]; j++) {
          const a = data.rowActions[j];
          if (seenInPlan[a] !== p) {
            seenInPlan[a] = p;
            inPlan.push(a);
          }
        }
        for (let o = r0; o < r1; o++) {
          const s = data.rowStatement[o];
          if (o === r || s < 0) continue;
          otherRows[s]++;
          for (let j = data.rowActionStart[r]; j < data.rowActionStart[r + 1]; j++) otherAction[s * nA + data.rowActions[j]]++;
        }
      }
      for (let i = 0; i < inPlan.length; i++) {
        const a = inPlan[i];
        planActions[a]++;
        for (let j = i + 1; j < inPlan.length; j++) {
          const b = inPlan[j];
          actionPairs[a * nA + b]++;
          actionPairs[b * nA + a]++;
        }
      }
    }
    this.other = prune(otherAction, otherRows, counts.actionRows, nS, nA, k, shrink);
    this.together = prune(actionPairs, planActions, planActions, nA, nA, k, shrink);
  }

  score(query: Query): Float32Array {
    const target = requireFitted(this.target, this.name);
    const { otherWeight, planActionWeight } = this.params;
    const nS = this.vocabulary.statementIds.length;
    const out = new Float32Array(this.vocabulary.actionIds.length);
    const s = query.statementIndex;
    if (s !== undefined && s >= 0 && s < nS) target.sim.addRowTo(s, 1, out);
    for (const o of query.otherStatementIndices) if (o >= 0 && o < nS) this.other!.sim.addRowTo(o, otherWeight, out);
    for (const b of query.actionsInPlan) if (b >= 0 && b < out.length) this.together!.sim.addRowTo(b, planActionWeight, out);
    return out;
  }

  explain(query: Query, actionIndex: number): Reason[] {
    const target = requireFitted(this.target, this.name);
    const v = this.vocabulary;
    const found: { weight: number; reason: Reason }[] = [];
    const s = query.statementIndex;
    if (s !== undefined && s >= 0 && s < v.statementIds.length) {
      const count = target.count.get(s, actionIndex);
      if (count > 0) {
        const plans = target.support[s];
        const share = count / plans;
        found.push({
          weight: target.sim.get(s, actionIndex),
          reason: {
            kind: 'cooccurrence',
            text: `chosen in ${formatShare(share)} of ${formatCount(plans)} past plans with this statement`,
            data: { share, count, plans },
          },
        });
      }
    }
    for (const o of new Set(query.otherStatementIndices)) {
      if (o < 0 || o >= v.statementIds.length) continue;
      const count = this.other!.count.get(o, actionIndex);
      if (count === 0) continue;
      const total = this.other!.support[o];
      const share = count / total;
      found.push({
        weight: this.params.otherWeight * this.other!.sim.get(o, actionIndex),
        reason: {
          kind: 'cooccurrence',
          text: `chosen for ${formatShare(share)} of ${formatCount(total)} past statements in plans that also had ${quote(v.statementTexts[o])}`,
          data: { share, count, total, statementId: v.statementIds[o] },
        },
      });
    }
    for (const b of new Set(query.actionsInPlan)) {
      if (b < 0 || b >= v.actionIds.length) continue;
      const count = this.together!.count.get(b, actionIndex);
      if (count === 0) continue;
      const plans = this.together!.support[b];
      const share = count / plans;
      found.push({
        weight: this.params.planActionWeight * this.together!.sim.get(b, actionIndex),
        reason: {
          kind: 'together_with',
          text: `often added together with ${quote(v.actionTexts[b])}: in ${formatShare(share)} of ${formatCount(plans)} past plans that had it`,
          data: { share, count, plans, actionId: v.actionIds[b] },
        },
      });
    }
    return found.sort((x, y) => y.weight - x.weight).map((f) => f.reason);
  }

  serialize(): Uint8Array {
    const arrays: Record<string, Int32Array | Float32Array> = {};
    const dims: Record<string, [number, number]> = {};
    for (const [key, n] of Object.entries({ target: this.target, other: this.other, together: this.together })) {
      const table = requireFitted(n, this.name);
      dims[key] = [table.sim.rows, table.sim.cols];
      arrays[`${key}.indptr`] = table.sim.indptr;
      arrays[`${key}.indices`] = table.sim.indices;
      arrays[`${key}.sim`] = table.sim.values;
      arrays[`${key}.count`] = table.count.values;
      arrays[`${key}.support`] = table.support;
    }
    return packModel({ name: this.name, meta: { vocabulary: vocabularyToJson(this.vocabulary), params: this.params, dims }, arrays });
  }

  static deserialize(bytes: Uint8Array): ItemKnnModel {
    const { meta, arrays } = unpackExpecting(bytes, 'itemknn');
    const m = new ItemKnnModel();
    m.vocab = vocabularyFromJson(meta.vocabulary);
    m.params = meta.params as Required<ItemKnnParams>;
    const dims = meta.dims as Record<string, [number, number]>;
    const table = (key: string): Neighbours => {
      const [rows, cols] = dims[key];
      const indptr = arrays[`${key}.indptr`] as Int32Array;
      const indices = arrays[`${key}.indices`] as Int32Array;
      return {
        sim: new CsrMatrix(rows, cols, indptr, indices, arrays[`${key}.sim`] as Float32Array),
        count: new CsrMatrix(rows, cols, indptr, indices, arrays[`${key}.count`] as Float32Array),
        support: arrays[`${key}.support`] as Float32Array,
      };
    };
    m.target = table('target');
    m.other = table('other');
    m.together = table('together');
    return m;
  }
}

/** Shrunk cosine from dense co-counts, pruned to the k most similar actions per source row. */
function prune(
  coCounts: Float32Array,
  sourceSupport: Float32Array,
  actionSupport: Float32Array,
  rows: number,
  cols: number,
  k: number,
  shrink: number,
): Neighbours {
  const sim = new Float32Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const c = coCounts[i * cols + j];
      if (c > 0) sim[i * cols + j] = c / (Math.sqrt(sourceSupport[i] * actionSupport[j]) + shrink);
    }
  }
  const simCsr = CsrMatrix.fromDense(sim, rows, cols, { topK: k });
  const countValues = new Float32Array(simCsr.nnz);
  for (let i = 0; i < rows; i++) {
    for (let p = simCsr.indptr[i]; p < simCsr.indptr[i + 1]; p++) countValues[p] = coCounts[i * cols + simCsr.indices[p]];
  }
  return { sim: simCsr, count: new CsrMatrix(rows, cols, simCsr.indptr, simCsr.indices, countValues), support: sourceSupport };
}
