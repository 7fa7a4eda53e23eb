/** Whether a search answered a labeled question: the items it returned, as the question set names them. */
import type { SearchHit } from '../retrieval/search.ts';

export interface LabeledItem {
  kind: 'article' | 'service';
  id: string;
  grade: number;
}

/** Distinct items best first: articles by translation group (any language version), services by id. */
export function retrievedItems(hits: readonly SearchHit[]): { kind: 'article' | 'service'; id: string }[] {
  const seen = new Set<string>();
  const out: { kind: 'article' | 'service'; id: string }[] = [];
  for (const h of hits) {
    const item = h.doc.kind === 'article' && h.doc.article ? { kind: 'article' as const, id: h.doc.article.translationGroup } : { kind: 'service' as const, id: h.doc.sourceId };
    const key = `${item.kind}:${item.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/** 1 when any of the first k distinct items is labeled relevant (grade ≥ 1), else 0. */
export function relevantInTop(hits: readonly SearchHit[], relevant: readonly LabeledItem[], k = 3): 0 | 1 {
  const wanted = new Set(relevant.filter((r) => r.grade >= 1).map((r) => `${r.kind}:${r.id}`));
  return retrievedItems(hits)
    .slice(0, k)
    .some((i) => wanted.has(`${i.kind}:${i.id}`))
    ? 1
    : 0;
}
