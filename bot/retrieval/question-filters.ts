/**
 * Filters read from the question itself (a city named, "open now") and from the newcomer's profile.
 * Deliberately literal: a city name or an open-now phrase in en/fr/es/ar. What the question says
 * wins over the profile (someone in Windsor may ask about Ottawa).
 */
import { SITES, type AgeBand } from '../../knowledge/domain/types.ts';
import type { SearchFilters } from './filters.ts';

/** What the profile may contribute; all optional. */
export interface NewcomerProfile {
  site?: string;
  immigrationStatus?: string;
  age?: number;
  ageBand?: AgeBand;
  /** Set when the newcomer needs services in this language (not just their interface language). */
  serviceLanguage?: string;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

// Names as people write them, including the French and Arabic spellings of the larger cities.
const SITE_NAMES: [string, string[]][] = SITES.map((s) => [s.id, [s.name, s.id]]);
const EXTRA_NAMES: Record<string, string[]> = {
  chatham: ['chatham', 'chatham kent'],
  ottawa: ['أوتاوا', 'اوتاوا'],
  windsor: ['وندسور', 'ويندسور'],
  london: ['لندن'],
};
for (const [id, names] of SITE_NAMES) names.push(...(EXTRA_NAMES[id] ?? []));

const OPEN_NOW = [
  /\bopen (right )?now\b/,
  /\b(currently|still) open\b/,
  /\bopen (at this hour|tonight|this evening)\b/,
  /\bouvert(e|s|es)? (maintenant|en ce moment|actuellement|ce soir)\b/,
  /\babiert[oa]s? (ahora|ahorita|en este momento|esta noche)\b/,
  /مفتوح[ةه]? (الان|الآن|حاليا)/,
];

function mentions(text: string, name: string): boolean {
  const n = fold(name)
    .split(/[-\s]+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[-\\s]+');
  // Letters on either side would make it part of another word.
  return new RegExp(`(^|[^\\p{L}])${n}($|[^\\p{L}])`, 'u').test(text);
}

/** The site named in the question, if exactly one is; null when none or several are named. */
export function siteMentioned(question: string): string | null {
  const text = fold(question);
  const found = SITE_NAMES.filter(([, names]) => names.some((n) => mentions(text, n))).map(([id]) => id);
  return found.length === 1 ? found[0] : null;
}

export function asksOpenNow(question: string): boolean {
  const text = fold(question);
  return OPEN_NOW.some((re) => re.test(text) || re.test(question.toLowerCase()));
}

/** Filters for a question from this newcomer: profile first, then what the question says. */
export function filtersFor(question: string, profile: NewcomerProfile = {}): SearchFilters {
  const filters: SearchFilters = {};
  const site = siteMentioned(question) ?? profile.site;
  if (site) filters.site = site;
  if (profile.immigrationStatus) filters.immigrationStatus = profile.immigrationStatus;
  const age = profile.age ?? profile.ageBand;
  if (age !== undefined) filters.age = age;
  if (profile.serviceLanguage) filters.serviceLanguage = profile.serviceLanguage;
  if (asksOpenNow(question)) filters.openNow = true;
  return filters;
}
