import { CsrMatrix } from '../data/csr.ts';
import type { TrainingData } from '../data/types.ts';
import { describeFeature } from '../data/context.ts';
import { formatCount, formatShare } from './format.ts';
import { CategoryPopularityModel } from './popularity.ts';
import { packModel, unpackExpecting } from './serialization.ts';
import type { Query, Reason, Recommender, Vocabulary } from './types.ts';
import { requireFitted, statementCategoryOf, vocabularyFromCatalog } from './vocabulary.ts';

export interface LocalCooccurrenceParams {
  /** A plan this many days older than the newest one counts half as much (practice drifts). 0: no decay. */
  halfLifeDays?: number;
  /** Pseudo-count pulling a site's frequencies towards the all-site ones (sites differ, but less than their noise). */
  siteStrength?: number;
  /** Pseudo-count pulling rare statements towards their category's action mix. */
  alpha?: number;
}

/**
 * P(action | statement, site) from recent practice: conditional frequencies with exponentially
 * decaying weights by plan age, per site, shrunk to all sites, which are shrunk to the category's
 * mix. The plain co-occurrence baseline treats a plan from four years ago in another city like
 * yesterday's plan here; local practice and drift are what this model adds.
 */
export class LocalCooccurrenceModel implements Recommender {
  readonly name = 'local_cooccurrence';
  halfLifeDays = 365;
  siteStrength = 20;
  alpha = 3;
  private prior = new CategoryPopularityModel();
  private siteIds: string[] = [];
  /** Decayed weight of statement s (all sites) and of (site, s), and their action weights. */
  private statementWeight: Float32Array<ArrayBufferLike> = new Float32Array(0);
  private statementAction?: CsrMatrix;
  private siteStatementWeight: Float32Array<ArrayBufferLike> = new Float32Array(0);
  private siteStatementAction?: CsrMatrix;
  /** Plain count of (site, s) instances, for explanations. */
  private siteStatementCount: Float32Array<ArrayBufferLike> = new Float32Array(0);

  get vocabulary(): Vocabulary {
    return this.prior.vocabulary;
  }

  fit(data: TrainingData, params: LocalCooccurrenceParams = {}): void {
    this.halfLifeDays = params.halfLifeDays ?? this.halfLifeDays;
    this.siteStrength = params.siteStrength ?? this.siteStrength;
    this.alpha = params.alpha ?? this.alpha;
    if (!(this.halfLifeDays >= 0 && this.siteStrength > 0 && this.alpha > 0)) throw new RangeError('local_cooccurrence: bad parameters');
    this.prior.fit(data);
    const nS = data.catalog.statements.size;
    const nA = data.catalog.actions.size;
    const nSite = data.sites.size;
    this.siteIds = Array.from({ length: nSite }, (_, i) => data.sites.ids[i]);
    let newest = -Infinity;
    for (let p = 0; p < data.planCount; p++) if (data.planDay[p] > newest) newest = data.planDay[p];
    const sw = new Float32Array(nS);
    const sa = new Float32Array(nS * nA);
    const ssw = new Float32Array(nSite * nS);
    const ssc = new Float32Array(nSite * nS);
    const ssa = new Float32Array(nSite * nS * nA);
    for (let r = 0; r < data.rowCount; r++) {
      const s = data.rowStatement[r];
      if (s < 0) continue;
      const p = data.rowPlan[r];
      const w = this.halfLifeDays > 0 ? Math.pow(0.5, (newest - data.planDay[p]) / this.halfLifeDays) : 1;
      const key = data.planSite[p] * nS + s;
      sw[s] += w;
      ssw[key] += w;
      ssc[key] += 1;
      for (let k = data.rowActionStart[r]; k < data.rowActionStart[r + 1]; k++) {
        const a = data.rowActions[k];
        sa[s * nA + a] += w;
        ssa[key * nA + a] += w;
      }
    }
    this.statementWeight = sw;
    this.statementAction = CsrMatrix.fromDense(sa, nS, nA);
    this.siteStatementWeight = ssw;
    this.siteStatementCount = ssc;
    this.siteStatementAction = CsrMatrix.fromDense(ssa, nSite * nS, nA);
  }

  private siteIndex(query: Query): number {
    return this.siteIds.indexOf(query.context.siteId);
  }

  score(query: Query): Float32Array {
    const all = requireFitted(this.statementAction, this.name);
    const out = this.prior.categoryScores(statementCategoryOf(this.vocabulary, query.statementIndex));
    const s = query.statementIndex;
    if (s === undefined || s < 0 || s >= this.statementWeight.length || this.statementWeight[s] === 0) return out;
    const n = this.statementWeight[s];
    for (let a = 0; a < out.length; a++) out[a] = (this.alpha * out[a]) / (n + this.alpha);
    all.addRowTo(s, 1 / (n + this.alpha), out);
    const site = this.siteIndex(query);
    const key = site < 0 ? -1 : site * this.statementWeight.length + s;
    if (key < 0 || this.siteStatementWeight[key] === 0) return out;
    const m = this.siteStatementWeight[key];
    const beta = this.siteStrength;
    for (let a = 0; a < out.length; a++) out[a] = (beta * out[a]) / (m + beta);
    this.siteStatementAction!.addRowTo(key, 1 / (m + beta), out);
    return out;
  }

  explain(query: Query, actionIndex: number): Reason[] {
    const s = query.statementIndex;
    const site = this.siteIndex(query);
    if (s === undefined || s < 0 || site < 0) return [];
    const key = site * this.statementWeight.length + s;
    const weight = this.siteStatementWeight[key];
    const plans = this.siteStatementCount[key];
    if (!weight || plans < 5) return [];
    const share = this.siteStatementAction!.get(key, actionIndex) / weight;
    if (share <= 0) return [];
    const where = describeFeature(`site:${query.context.siteId}`);
    return [
      {
        kind: 'cooccurrence',
        text: `recently chosen in ${formatShare(share)} of plans with this statement for ${where} (${formatCount(plans)} plans; recent ones count more)`,
        data: { share, plans, site: query.context.siteId, halfLifeDays: this.halfLifeDays },
      },
    ];
  }

  serialize(): Uint8Array {
    const all = requireFitted(this.statementAction, this.name);
    const local = this.siteStatementAction!;
    return packModel({
      name: this.name,
      meta: { halfLifeDays: this.halfLifeDays, siteStrength: this.siteStrength, alpha: this.alpha, siteIds: this.siteIds, nS: all.rows, nA: all.cols },
      arrays: {
        prior: this.prior.serialize(),
        statementWeight: this.statementWeight,
        allIndptr: all.indptr,
        allIndices: all.indices,
        allValues: all.values,
        siteStatementWeight: this.siteStatementWeight,
        siteStatementCount: this.siteStatementCount,
        localIndptr: local.indptr,
        localIndices: local.indices,
        localValues: local.values,
      },
    });
  }

  static deserialize(bytes: Uint8Array): LocalCooccurrenceModel {
    const { meta, arrays } = unpackExpecting(bytes, 'local_cooccurrence');
    const m = new LocalCooccurrenceModel();
    m.halfLifeDays = meta.halfLifeDays as number;
    m.siteStrength = meta.siteStrength as number;
    m.alpha = meta.alpha as number;
    m.siteIds = meta.siteIds as string[];
    m.prior = CategoryPopularityModel.deserialize(arrays.prior as Uint8Array);
    const nS = meta.nS as number;
    const nA = meta.nA as number;
    m.statementWeight = arrays.statementWeight as Float32Array;
    m.statementAction = new CsrMatrix(nS, nA, arrays.allIndptr as Int32Array, arrays.allIndices as Int32Array, arrays.allValues as Float32Array);
    m.siteStatementWeight = arrays.siteStatementWeight as Float32Array;
    m.siteStatementCount = arrays.siteStatementCount as Float32Array;
    m.siteStatementAction = new CsrMatrix(m.siteIds.length * nS, nA, arrays.localIndptr as Int32Array, arrays.localIndices as Int32Array, arrays.localValues as Float32Array);
    return m;
  }
}
