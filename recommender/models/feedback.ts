import { formatCount } from './format.ts';
import { packModel, unpackExpecting } from './serialization.ts';
import { isTextAware, type Embedder, type LibraryTexts, type Query, type Reason, type Recommender, type TextAware, type Vocabulary } from './types.ts';

/** Assessors' decisions on one (statement, action) pair, summed over every plan. */
export interface DecisionCount {
  statementId: string;
  actionId: string;
  accepted: number;
  rejected: number;
}

export interface FeedbackParams {
  /**
   * How far one unit of log-odds of acceptance moves a score, in standard deviations of that
   * query's scores. 1 moves an action rejected 3 times and never accepted down by about 1.4 σ.
   */
  strength?: number;
}

/**
 * Folds assessors' accept/reject decisions into any fitted model: for a library statement, each
 * action's score moves by strength × log((accepted + 1) / (rejected + 1)) × the spread of the
 * query's scores. Accepted suggestions also enter the plans themselves (and so the history the
 * base model learns from); rejections exist only here, which is why this layer is needed.
 */
export class FeedbackAdjustedModel implements Recommender, TextAware {
  readonly name = 'feedback_adjusted';
  private readonly byStatement = new Map<number, Map<number, { accepted: number; rejected: number }>>();

  private constructor(
    readonly base: Recommender,
    readonly strength: number,
  ) {}

  /** Wraps a fitted model; decisions on statements or actions it does not know are ignored. */
  static wrap(base: Recommender, decisions: DecisionCount[], params: FeedbackParams = {}): FeedbackAdjustedModel {
    const model = new FeedbackAdjustedModel(base, params.strength ?? 1);
    const vocab = base.vocabulary;
    const statementIndex = new Map(vocab.statementIds.map((id, i) => [id, i]));
    const actionIndex = new Map(vocab.actionIds.map((id, i) => [id, i]));
    for (const d of decisions) {
      const s = statementIndex.get(d.statementId);
      const a = actionIndex.get(d.actionId);
      if (s === undefined || a === undefined || d.accepted + d.rejected === 0) continue;
      model.add(s, a, d.accepted, d.rejected);
    }
    return model;
  }

  private add(s: number, a: number, accepted: number, rejected: number): void {
    let row = this.byStatement.get(s);
    if (!row) this.byStatement.set(s, (row = new Map()));
    const c = row.get(a) ?? { accepted: 0, rejected: 0 };
    row.set(a, { accepted: c.accepted + accepted, rejected: c.rejected + rejected });
  }

  /** Number of (statement, action) pairs carrying decisions. */
  get pairs(): number {
    let n = 0;
    for (const row of this.byStatement.values()) n += row.size;
    return n;
  }

  get vocabulary(): Vocabulary {
    return this.base.vocabulary;
  }

  fit(): void {
    throw new Error('feedback_adjusted wraps a fitted model: use FeedbackAdjustedModel.wrap');
  }

  score(query: Query): Float32Array {
    const scores = this.base.score(query);
    const row = query.statementIndex === undefined ? undefined : this.byStatement.get(query.statementIndex);
    if (!row || this.strength === 0) return scores;
    const spread = standardDeviation(scores) || 1;
    for (const [a, c] of row) scores[a] += this.strength * spread * Math.log((c.accepted + 1) / (c.rejected + 1));
    return scores;
  }

  explain(query: Query, actionIndex: number): Reason[] {
    const reasons = this.base.explain(query, actionIndex);
    const c = query.statementIndex === undefined ? undefined : this.byStatement.get(query.statementIndex)?.get(actionIndex);
    // Only acceptances make a reason to show; rejections just rank the action lower.
    if (c && c.accepted > 0) {
      const total = c.accepted + c.rejected;
      reasons.push({
        kind: 'feedback',
        text: `accepted by assessors ${formatCount(c.accepted)} of ${formatCount(total)} times it was suggested for this statement`,
        data: { accepted: c.accepted, rejected: c.rejected },
      });
    }
    return reasons;
  }

  prepare(embedder: Embedder, texts: LibraryTexts): Promise<void> {
    if (!isTextAware(this.base)) return Promise.resolve();
    return this.base.prepare(embedder, texts);
  }

  embedText(text: string): Promise<Float32Array> {
    if (!isTextAware(this.base)) return Promise.reject(new Error(`${this.base.name} does not use text`));
    return this.base.embedText(text);
  }

  attachEmbedder(embedder: Embedder): void {
    const base = this.base as Partial<{ attachEmbedder(e: Embedder): void }>;
    base.attachEmbedder?.(embedder);
  }

  serialize(): Uint8Array {
    const s: number[] = [];
    const a: number[] = [];
    const acc: number[] = [];
    const rej: number[] = [];
    for (const [si, row] of this.byStatement) {
      for (const [ai, c] of row) {
        s.push(si);
        a.push(ai);
        acc.push(c.accepted);
        rej.push(c.rejected);
      }
    }
    return packModel({
      name: this.name,
      meta: { strength: this.strength, base: this.base.name },
      arrays: {
        base: this.base.serialize(),
        statement: Int32Array.from(s),
        action: Int32Array.from(a),
        accepted: Int32Array.from(acc),
        rejected: Int32Array.from(rej),
      },
    });
  }

  /** `restoreBase` is the registry's deserializer (passed in to avoid an import cycle). */
  static deserialize(bytes: Uint8Array, restoreBase: (bytes: Uint8Array) => Recommender): FeedbackAdjustedModel {
    const { meta, arrays } = unpackExpecting(bytes, 'feedback_adjusted');
    const model = new FeedbackAdjustedModel(restoreBase(arrays.base as Uint8Array), meta.strength as number);
    const { statement, action, accepted, rejected } = arrays;
    for (let i = 0; i < statement.length; i++) model.add(statement[i], action[i], accepted[i], rejected[i]);
    return model;
  }
}

function standardDeviation(x: Float32Array): number {
  let n = 0;
  let sum = 0;
  let sq = 0;
  for (const v of x) {
    if (!Number.isFinite(v)) continue;
    n++;
    sum += v;
    sq += v * v;
  }
  if (n < 2) return 0;
  const mean = sum / n;
  return Math.sqrt(Math.max(0, sq / n - mean * mean));
}
