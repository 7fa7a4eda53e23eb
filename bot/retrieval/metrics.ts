/**
 * Ranking metrics as trec_eval / BEIR compute them (linear gain, log2 discount), for checking the
 * retriever against published BEIR figures. `rels` maps document id → graded relevance (> 0 relevant).
 */

export function dcgAt(ranking: readonly string[], rels: ReadonlyMap<string, number>, k: number): number {
  let dcg = 0;
  for (let i = 0; i < Math.min(k, ranking.length); i++) {
    const rel = rels.get(ranking[i]) ?? 0;
    if (rel > 0) dcg += rel / Math.log2(i + 2);
  }
  return dcg;
}

export function ndcgAt(ranking: readonly string[], rels: ReadonlyMap<string, number>, k: number): number {
  const ideal = [...rels.values()].filter((r) => r > 0).sort((a, b) => b - a);
  let idcg = 0;
  for (let i = 0; i < Math.min(k, ideal.length); i++) idcg += ideal[i] / Math.log2(i + 2);
  return idcg === 0 ? 0 : dcgAt(ranking, rels, k) / idcg;
}

/** Share of the relevant documents found in the top k. */
export function recallAt(ranking: readonly string[], rels: ReadonlyMap<string, number>, k: number): number {
  const relevant = [...rels.entries()].filter(([, r]) => r > 0).map(([id]) => id);
  if (relevant.length === 0) return 0;
  const top = new Set(ranking.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

/** 1 / rank of the first relevant document in the top k, else 0. */
export function reciprocalRankAt(ranking: readonly string[], rels: ReadonlyMap<string, number>, k: number): number {
  for (let i = 0; i < Math.min(k, ranking.length); i++) if ((rels.get(ranking[i]) ?? 0) > 0) return 1 / (i + 1);
  return 0;
}

/** Nearest-rank percentile (p in 0–100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

export const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);
