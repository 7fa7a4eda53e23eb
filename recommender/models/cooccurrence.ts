import { CsrMatrix } from '../data/csr.ts';
import type { TrainingData } from '../data/types.ts';
import { countAttachments, type AttachmentCounts } from './counts.ts';
import { formatCount, formatShare } from './format.ts';
import { CategoryPopularityModel } from './popularity.ts';
import { packModel, unpackExpecting } from './serialization.ts';
import type { Query, Reason, Recommender, Vocabulary } from './types.ts';
import { requireFitted, statementCategoryOf, vocabularyFromCatalog } from './vocabulary.ts';

export interface CooccurrenceParams {
  /** Pseudo-count pulling rare statements towards their category's action mix. */
  alpha?: number;
}

/**
 * P(action | statement), smoothed: (n(s,a) + α·P(a | category of s)) / (n(s) + α).
 * A statement with no history scores exactly its category's distribution.
 */
export class CooccurrenceModel implements Recommender {
  readonly name = 'cooccurrence';
  alpha = 3;
  private prior = new CategoryPopularityModel();
  private statementRows: Float32Array = new Float32Array(0);
  private statementAction?: CsrMatrix;

  get vocabulary(): Vocabulary {
    return this.prior.vocabulary;
  }

  fit(data: TrainingData, params: CooccurrenceParams = {}): void {
    this.fitCounts(vocabularyFromCatalog(data.catalog), countAttachments(data), params);
  }

  fitCounts(vocab: Vocabulary, counts: AttachmentCounts, params: CooccurrenceParams = {}): void {
    this.alpha = params.alpha ?? this.alpha;
    if (!(this.alpha > 0)) throw new RangeError('cooccurrence: alpha must be positive');
    this.prior.fitCounts(vocab, counts);
    this.statementRows = counts.statementRows;
    this.statementAction = counts.statementAction;
  }

  /** n(s): past instances of statement s (0 for unknown or free text). */
  history(statementIndex: number | undefined): number {
    if (statementIndex === undefined || statementIndex < 0 || statementIndex >= this.statementRows.length) return 0;
    return this.statementRows[statementIndex];
  }

  score(query: Query): Float32Array {
    const counts = requireFitted(this.statementAction, this.name);
    const prior = this.prior.categoryScores(statementCategoryOf(this.vocabulary, query.statementIndex));
    const n = this.history(query.statementIndex);
    if (n === 0) return prior;
    const s = query.statementIndex!;
    const denom = n + this.alpha;
    for (let a = 0; a < prior.length; a++) prior[a] = (this.alpha * prior[a]) / denom;
    counts.addRowTo(s, 1 / denom, prior);
    return prior;
  }

  explain(query: Query, actionIndex: number): Reason[] {
    const n = this.history(query.statementIndex);
    const count = n > 0 ? requireFitted(this.statementAction, this.name).get(query.statementIndex!, actionIndex) : 0;
    if (count === 0) return this.prior.explain(query, actionIndex);
    const share = count / n;
    return [
      {
        kind: 'cooccurrence',
        text: `chosen in ${formatShare(share)} of ${formatCount(n)} past plans with this statement`,
        data: { share, count, plans: n },
      },
    ];
  }

  serialize(): Uint8Array {
    const m = requireFitted(this.statementAction, this.name);
    return packModel({
      name: this.name,
      meta: { alpha: this.alpha, rows: m.rows, cols: m.cols },
      arrays: { prior: this.prior.serialize(), statementRows: this.statementRows, indptr: m.indptr, indices: m.indices, values: m.values },
    });
  }

  static deserialize(bytes: Uint8Array): CooccurrenceModel {
    const { meta, arrays } = unpackExpecting(bytes, 'cooccurrence');
    const m = new CooccurrenceModel();
    m.alpha = meta.alpha as number;
    m.prior = CategoryPopularityModel.deserialize(arrays.prior as Uint8Array);
    m.statementRows = arrays.statementRows as Float32Array;
    m.statementAction = new CsrMatrix(
      meta.rows as number,
      meta.cols as number,
      arrays.indptr as Int32Array,
      arrays.indices as Int32Array,
      arrays.values as Float32Array,
    );
    return m;
  }
}
