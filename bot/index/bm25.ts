/**
 * Okapi BM25 over pre-analysed terms, with documents added and removed one at a time so an edited
 * article is re-indexed without rebuilding everything. IDF is the Lucene variant
 * ln(1 + (N − df + 0.5) / (df + 0.5)), which never goes negative for very common terms.
 */

export interface Bm25Params {
  /** Term-frequency saturation. */
  k1: number;
  /** Length normalisation: 0 ignores document length, 1 normalises fully. */
  b: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

export interface Bm25Hit {
  id: string;
  score: number;
}

export class Bm25Index {
  readonly params: Bm25Params;
  // Documents live in numbered slots so scores accumulate in a flat array; freed slots are reused.
  private readonly slotOf = new Map<string, number>();
  private readonly idOf: (string | undefined)[] = [];
  private readonly lengthOf: number[] = [];
  private readonly termsOf: (Map<string, number> | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly postings = new Map<string, Map<number, number>>();
  private totalLength = 0;

  constructor(params: Partial<Bm25Params> = {}) {
    this.params = { ...DEFAULT_BM25, ...params };
    if (!(this.params.k1 >= 0) || !(this.params.b >= 0 && this.params.b <= 1)) {
      throw new RangeError(`BM25 needs k1 ≥ 0 and 0 ≤ b ≤ 1 (got k1=${this.params.k1}, b=${this.params.b})`);
    }
  }

  get size(): number {
    return this.slotOf.size;
  }

  get vocabularySize(): number {
    return this.postings.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** How many documents contain the term. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.size ?? 0;
  }

  /** Adds a document, replacing any earlier version with the same id. */
  upsert(id: string, terms: readonly string[]): void {
    this.remove(id);
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const slot = this.freeSlots.pop() ?? this.idOf.length;
    this.slotOf.set(id, slot);
    this.idOf[slot] = id;
    this.lengthOf[slot] = terms.length;
    this.termsOf[slot] = tf;
    this.totalLength += terms.length;
    for (const [t, n] of tf) {
      let list = this.postings.get(t);
      if (!list) this.postings.set(t, (list = new Map()));
      list.set(slot, n);
    }
  }

  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    for (const t of this.termsOf[slot]!.keys()) {
      const list = this.postings.get(t)!;
      list.delete(slot);
      if (list.size === 0) this.postings.delete(t);
    }
    this.totalLength -= this.lengthOf[slot];
    this.slotOf.delete(id);
    this.idOf[slot] = undefined;
    this.termsOf[slot] = undefined;
    this.freeSlots.push(slot);
    return true;
  }

  /**
   * The `limit` best documents for the query terms, best first; ties broken by id so results are
   * reproducible. `accept` leaves documents out before ranking (filters), so ranks count only
   * documents that pass.
   */
  search(queryTerms: readonly string[], limit: number, accept?: (id: string) => boolean): Bm25Hit[] {
    const n = this.slotOf.size;
    if (n === 0 || limit <= 0) return [];
    const { k1, b } = this.params;
    const avgLength = this.totalLength / n || 1;
    const scores = new Float64Array(this.idOf.length);
    const touched: number[] = [];
    for (const term of new Set(queryTerms)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.size + 0.5) / (list.size + 0.5));
      for (const [slot, tf] of list) {
        if (scores[slot] === 0) touched.push(slot);
        const norm = k1 * (1 - b + (b * this.lengthOf[slot]) / avgLength);
        scores[slot] += (idf * tf * (k1 + 1)) / (tf + norm);
      }
    }
    const hits: Bm25Hit[] = [];
    for (const slot of touched) {
      const id = this.idOf[slot]!;
      if (accept && !accept(id)) continue;
      hits.push({ id, score: scores[slot] });
    }
    hits.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    return hits.length > limit ? hits.slice(0, limit) : hits;
  }
}
