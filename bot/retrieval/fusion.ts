/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009): score(d) = Σ 1 / (k + rank_i(d)).
 * It needs no score calibration between BM25 and cosine similarity, which live on unrelated scales.
 */

export const DEFAULT_RRF_K = 60;

export interface Fused {
  id: string;
  score: number;
  /** 1-based rank of the id in each input list, null where it is absent. */
  ranks: (number | null)[];
}

/**
 * Fuses ranked id lists (best first). Ties are broken by the best single rank, then by id.
 * `weights` (default 1 each) scale each list's contribution: weighted RRF, used when one list is
 * known to be weaker for a query (a translated query's list, a dense model that lacks the language).
 */
export function reciprocalRankFusion(lists: readonly (readonly string[])[], k = DEFAULT_RRF_K, weights?: readonly number[]): Fused[] {
  if (!(k > 0)) throw new RangeError(`the RRF constant k must be positive (got ${k})`);
  if (weights && (weights.length !== lists.length || weights.some((w) => !(w >= 0)))) {
    throw new RangeError(`RRF weights must be one non-negative number per list (got ${JSON.stringify(weights)} for ${lists.length} lists)`);
  }
  const fused = new Map<string, Fused>();
  lists.forEach((list, li) => {
    list.forEach((id, i) => {
      let f = fused.get(id);
      if (!f) fused.set(id, (f = { id, score: 0, ranks: lists.map(() => null) }));
      if (f.ranks[li] !== null) return; // a duplicate in one list counts once, at its best rank
      f.ranks[li] = i + 1;
      f.score += (weights?.[li] ?? 1) / (k + i + 1);
    });
  });
  const best = (f: Fused) => Math.min(...f.ranks.map((r) => r ?? Infinity));
  return [...fused.values()].sort((a, b) => b.score - a.score || best(a) - best(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
