export interface RankOptions {
  /** Actions never to suggest (typically those already in the plan). */
  exclude?: ReadonlySet<number>;
  /** Eligibility for this client; ineligible actions are skipped. */
  eligible?: (actionIndex: number) => boolean;
  /** List length; default 10. */
  k?: number;
}

/**
 * Top-k action indices by score, highest first. Ties are broken by the lower action index so
 * rankings are deterministic; NaN scores are never ranked.
 */
export function rankActions(scores: ArrayLike<number>, options: RankOptions = {}): number[] {
  const k = options.k ?? 10;
  if (!(k >= 0)) throw new RangeError(`k must be non-negative, got ${k}`);
  const { exclude, eligible } = options;
  const candidates: number[] = [];
  for (let a = 0; a < scores.length; a++) {
    if (Number.isNaN(scores[a])) continue;
    if (exclude?.has(a)) continue;
    if (eligible && !eligible(a)) continue;
    candidates.push(a);
  }
  candidates.sort((x, y) => scores[y] - scores[x] || x - y);
  return candidates.length > k ? candidates.slice(0, k) : candidates;
}

/**
 * Top-k of `candidates` (ascending action indices) by score, same order and tie rule as
 * rankActions, by insertion into a short list: cheaper than a full sort when k is small.
 */
export function topAmong(scores: ArrayLike<number>, candidates: ArrayLike<number>, k: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i];
    const v = scores[a];
    if (Number.isNaN(v)) continue;
    if (k === 0 || (top.length === k && !(v > scores[top[k - 1]]))) continue;
    if (top.length === k) top.pop();
    let pos = top.length;
    // Candidates arrive in ascending index order, so an equal score stays behind (lower index first).
    while (pos > 0 && v > scores[top[pos - 1]]) pos--;
    top.splice(pos, 0, a);
  }
  return top;
}
