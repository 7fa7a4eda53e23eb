import type { TrainingData } from '../data/types.ts';
import { countAttachments, type AttachmentCounts } from './counts.ts';
import { formatCount, formatShare } from './format.ts';
import { packModel, unpackExpecting } from './serialization.ts';
import type { Query, Reason, Recommender, Vocabulary } from './types.ts';
import { requireFitted, statementCategoryOf, vocabularyFromCatalog, vocabularyFromJson, vocabularyToJson } from './vocabulary.ts';

/** Baseline: how often each action was attached to any statement. */
export class PopularityModel implements Recommender {
  readonly name = 'popularity';
  private vocab?: Vocabulary;
  private actionRows: Float32Array = new Float32Array(0);
  private totalRows = 0;

  get vocabulary(): Vocabulary {
    return requireFitted(this.vocab, this.name);
  }

  fit(data: TrainingData): void {
    this.fitCounts(vocabularyFromCatalog(data.catalog), countAttachments(data));
  }

  fitCounts(vocab: Vocabulary, counts: AttachmentCounts): void {
    this.vocab = vocab;
    this.actionRows = counts.actionRows;
    this.totalRows = counts.totalRows;
  }

  score(_query?: Query): Float32Array {
    requireFitted(this.vocab, this.name);
    const out = new Float32Array(this.actionRows.length);
    if (this.totalRows > 0) for (let a = 0; a < out.length; a++) out[a] = this.actionRows[a] / this.totalRows;
    return out;
  }

  explain(_query: Query, actionIndex: number): Reason[] {
    const count = this.actionRows[actionIndex] ?? 0;
    if (count === 0) return [];
    const share = count / this.totalRows;
    return [
      {
        kind: 'popular',
        text: `attached to ${formatShare(share)} of ${formatCount(this.totalRows)} past driving statements`,
        data: { share, count, total: this.totalRows },
      },
    ];
  }

  serialize(): Uint8Array {
    return packModel({
      name: this.name,
      meta: { vocabulary: vocabularyToJson(this.vocabulary), totalRows: this.totalRows },
      arrays: { actionRows: this.actionRows },
    });
  }

  static deserialize(bytes: Uint8Array): PopularityModel {
    const { meta, arrays } = unpackExpecting(bytes, 'popularity');
    const m = new PopularityModel();
    m.vocab = vocabularyFromJson(meta.vocabulary);
    m.totalRows = meta.totalRows as number;
    m.actionRows = arrays.actionRows as Float32Array;
    return m;
  }
}

/**
 * Baseline: frequency among statements of the target statement's category, lightly smoothed
 * towards overall popularity (one pseudo-observation) so unseen actions still get ordered.
 * Free text has no category and gets overall popularity.
 */
export class CategoryPopularityModel implements Recommender {
  readonly name = 'popularity_category';
  private vocab?: Vocabulary;
  private overall = new PopularityModel();
  private categoryRows: Float32Array = new Float32Array(0);
  private categoryAction: Float32Array = new Float32Array(0);

  get vocabulary(): Vocabulary {
    return requireFitted(this.vocab, this.name);
  }

  fit(data: TrainingData): void {
    this.fitCounts(vocabularyFromCatalog(data.catalog), countAttachments(data));
  }

  fitCounts(vocab: Vocabulary, counts: AttachmentCounts): void {
    this.vocab = vocab;
    this.overall.fitCounts(vocab, counts);
    this.categoryRows = counts.categoryRows;
    this.categoryAction = counts.categoryAction;
  }

  /** P(a | category) with the smoothing above, for a category index (-1: overall). */
  categoryScores(category: number): Float32Array {
    const prior = this.overall.score();
    if (category < 0) return prior;
    const nA = prior.length;
    const n = this.categoryRows[category];
    const out = new Float32Array(nA);
    for (let a = 0; a < nA; a++) out[a] = (this.categoryAction[category * nA + a] + prior[a]) / (n + 1);
    return out;
  }

  score(query: Query): Float32Array {
    return this.categoryScores(statementCategoryOf(this.vocabulary, query.statementIndex));
  }

  explain(query: Query, actionIndex: number): Reason[] {
    const c = statementCategoryOf(this.vocabulary, query.statementIndex);
    if (c < 0) return this.overall.explain(query, actionIndex);
    const total = this.categoryRows[c];
    const count = this.categoryAction[c * this.vocabulary.actionIds.length + actionIndex];
    if (count === 0) return this.overall.explain(query, actionIndex);
    const share = count / total;
    const category = this.vocabulary.categoryLabels[c];
    return [
      {
        kind: 'popular',
        text: `attached to ${formatShare(share)} of ${formatCount(total)} past statements about ${category}`,
        data: { share, count, total, category: this.vocabulary.categoryIds[c] },
      },
    ];
  }

  serialize(): Uint8Array {
    return packModel({
      name: this.name,
      meta: {},
      arrays: { categoryRows: this.categoryRows, categoryAction: this.categoryAction, overall: this.overall.serialize() },
    });
  }

  static deserialize(bytes: Uint8Array): CategoryPopularityModel {
    const { arrays } = unpackExpecting(bytes, 'popularity_category');
    const m = new CategoryPopularityModel();
    m.overall = PopularityModel.deserialize(arrays.overall as Uint8Array);
    m.vocab = m.overall.vocabulary;
    m.categoryRows = arrays.categoryRows as Float32Array;
    m.categoryAction = arrays.categoryAction as Float32Array;
    return m;
  }
}
