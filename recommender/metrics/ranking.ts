/**
 * Ranking metrics for one query: `ranked` is the suggestion list, best first, without duplicates;
 * `relevant` the actions the assessor actually attached.
 *
 * Conventions:
 *  - A query with no relevant items has no defined quality: every metric returns NaN, and
 *    `meanOf` (and so evaluateModel) skips it.
 *  - A list shorter than k counts the missing places as misses (precision still divides by k).
 *  - Gains are binary; DCG discounts place i (1-based) by log2(i + 1); the ideal DCG puts
 *    min(k, |relevant|) relevant items first.
 */

function checkK(k: number): void {
  if (!(k >= 1)) throw new RangeError(`k must be at least 1, got ${k}`);
}

function hitsAt(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  let hits = 0;
  const n = Math.min(k, ranked.length);
  for (let i = 0; i < n; i++) if (relevant.has(ranked[i])) hits++;
  return hits;
}

export function precisionAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  checkK(k);
  if (relevant.size === 0) return NaN;
  return hitsAt(ranked, relevant, k) / k;
}

export function recallAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  checkK(k);
  if (relevant.size === 0) return NaN;
  return hitsAt(ranked, relevant, k) / relevant.size;
}

export function hitAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  checkK(k);
  if (relevant.size === 0) return NaN;
  return hitsAt(ranked, relevant, k) > 0 ? 1 : 0;
}

export function ndcgAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  checkK(k);
  if (relevant.size === 0) return NaN;
  let dcg = 0;
  const n = Math.min(k, ranked.length);
  for (let i = 0; i < n; i++) if (relevant.has(ranked[i])) dcg += 1 / Math.log2(i + 2);
  let ideal = 0;
  const m = Math.min(k, relevant.size);
  for (let i = 0; i < m; i++) ideal += 1 / Math.log2(i + 2);
  return dcg / ideal;
}

/** AP@k: the mean of precision@i over the places i ≤ k holding a relevant item, divided by min(k, |relevant|). */
export function averagePrecisionAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  checkK(k);
  if (relevant.size === 0) return NaN;
  let hits = 0;
  let sum = 0;
  const n = Math.min(k, ranked.length);
  for (let i = 0; i < n; i++) {
    if (relevant.has(ranked[i])) {
      hits++;
      sum += hits / (i + 1);
    }
  }
  return sum / Math.min(k, relevant.size);
}

/** 1 / place of the first relevant item within the first k (0 when none). */
export function reciprocalRank(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k = Infinity): number {
  if (relevant.size === 0) return NaN;
  const n = Math.min(k, ranked.length);
  for (let i = 0; i < n; i++) if (relevant.has(ranked[i])) return 1 / (i + 1);
  return 0;
}

/** Share of the catalogue that appears in at least one top-k list. */
export function catalogueCoverage(lists: Iterable<ArrayLike<number>>, catalogueSize: number, k = Infinity): number {
  if (catalogueSize <= 0) return NaN;
  const seen = new Set<number>();
  for (const list of lists) {
    const n = Math.min(k, list.length);
    for (let i = 0; i < n; i++) seen.add(list[i]);
  }
  return seen.size / catalogueSize;
}

/** Mean of the defined values (NaN marks a skipped query); NaN when none is defined. */
export function meanOf(values: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isNaN(v)) {
      sum += v;
      n++;
    }
  }
  return n === 0 ? NaN : sum / n;
}
