/**
 * The directory service a referral request names ("refer me to Millbrook Employment Centre"):
 * the service whose name and organization cover most of the words typed. Literal on purpose — a
 * wrong referral is worse than none, so a weak match returns null and the advisor reads the text.
 */
import type { SearchDoc } from '../index/types.ts';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\(demo\)/g, ' ');

// Words that say nothing about which service is meant.
const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'to', 'and', 'la', 'le', 'les', 'de', 'des', 'du', 'el', 'los', 'del', 'y', 'et', 'program', 'programme', 'service', 'services']);

function words(s: string): string[] {
  return fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !STOP.has(w));
}

export interface ServiceMatch {
  doc: SearchDoc;
  /** Share of the typed words found in the service or organization name. */
  coverage: number;
}

/** Minimum share of the typed words that must appear in the service's or organization's name. */
export const MIN_COVERAGE = 0.6;

export function matchService(name: string, services: Iterable<SearchDoc>, options: { site?: string } = {}): ServiceMatch | null {
  const wanted = [...new Set(words(name))];
  if (wanted.length === 0) return null;
  let best: (ServiceMatch & { titleHits: number; atSite: boolean }) | null = null;
  for (const doc of services) {
    if (doc.kind !== 'service' || !doc.service) continue;
    const title = new Set(words(doc.title));
    const org = new Set(words(doc.service.organizationName));
    const hits = wanted.filter((w) => title.has(w) || org.has(w)).length;
    const coverage = hits / wanted.length;
    if (coverage < MIN_COVERAGE) continue;
    const titleHits = wanted.filter((w) => title.has(w)).length;
    const atSite = options.site !== undefined && doc.service.sites.includes(options.site);
    // More of the typed words, then the newcomer's own site, then more words in the service's own name, then id.
    const key = [coverage, atSite ? 1 : 0, titleHits];
    const bestKey = best ? [best.coverage, best.atSite ? 1 : 0, best.titleHits] : null;
    const cmp = bestKey ? key.map((v, i) => v - bestKey[i]).find((d) => d !== 0) ?? (doc.sourceId < best!.doc.sourceId ? 1 : -1) : 1;
    const better = cmp > 0;
    if (better) best = { doc, coverage, titleHits, atSite };
  }
  return best ? { doc: best.doc, coverage: best.coverage } : null;
}
