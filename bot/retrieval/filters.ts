/**
 * Filters from the question and the newcomer's profile. Service filters (site, language offered,
 * eligibility, open now) apply to service documents only; articles pass them. Articles are only
 * narrowed by `articleLanguages`, and both by `kinds`.
 */
import { AGE_BANDS, IMMIGRATION_STATUSES, SITES, ageBandRange, type AgeBand } from '../../knowledge/domain/types.ts';
import { baseLanguage } from '../index/analyze/analyzer.ts';
import type { DocKind, SearchDoc, ServiceFacets } from '../index/types.ts';
import { SearchError } from './errors.ts';
import { isOpenAt, systemClock, DIRECTORY_TIME_ZONE, type Clock } from './open-now.ts';

export interface SearchFilters {
  /** Only services with a location at this site (a SITES id such as "windsor"). */
  site?: string;
  /** Only services offered in this language (ISO 639 code). */
  serviceLanguage?: string;
  /** Only services a person with this immigration status may use. */
  immigrationStatus?: string;
  /** Only services open to this age: an exact age or an age band ("25-34"); a band passes when it overlaps. */
  age?: number | AgeBand;
  /** Only services open at the clock's current time (directory local time). Services without hours are left out. */
  openNow?: boolean;
  /** Only articles written in one of these languages (services are not affected). */
  articleLanguages?: string[];
  /** Only these kinds of document. */
  kinds?: DocKind[];
}

export interface FilterContext {
  clock?: Clock;
  timeZone?: string;
}

// Codes that name the same language for a newcomer (Filipino/Tagalog, Persian/Dari).
const SAME_LANGUAGE: Record<string, string[]> = { tl: ['fil'], fil: ['tl'], fa: ['prs'], prs: ['fa'] };

const SITE_IDS = new Set(SITES.map((s) => s.id));
const STATUSES = new Set<string>(IMMIGRATION_STATUSES);

/** Throws a SearchError naming the first filter that cannot be right. */
export function validateFilters(f: SearchFilters): void {
  if (f.site !== undefined && !SITE_IDS.has(f.site)) {
    throw new SearchError('unknown_site', `unknown site "${f.site}"; expected one of ${[...SITE_IDS].join(', ')}`);
  }
  if (f.immigrationStatus !== undefined && !STATUSES.has(f.immigrationStatus)) {
    throw new SearchError('unknown_status', `unknown immigration status "${f.immigrationStatus}"; expected one of ${IMMIGRATION_STATUSES.join(', ')}`);
  }
  if (typeof f.age === 'number' && !(Number.isFinite(f.age) && f.age >= 0 && f.age <= 130)) {
    throw new SearchError('bad_option', `age must be between 0 and 130 (got ${f.age})`);
  }
  if (typeof f.age === 'string' && !(AGE_BANDS as readonly string[]).includes(f.age)) {
    throw new SearchError('bad_option', `age band must be one of ${AGE_BANDS.join(', ')} (got "${f.age}")`);
  }
  if (f.serviceLanguage !== undefined && !/^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/i.test(f.serviceLanguage)) {
    throw new SearchError('bad_option', `serviceLanguage must be a language code such as "ar" (got "${f.serviceLanguage}")`);
  }
}

export function hasFilters(f: SearchFilters | undefined): boolean {
  return !!f && Object.values(f).some((v) => v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0));
}

function serviceAccepts(s: ServiceFacets, f: SearchFilters, now: Date | null, timeZone: string): boolean {
  if (f.site !== undefined && !s.sites.includes(f.site)) return false;
  if (f.serviceLanguage !== undefined) {
    const wanted = baseLanguage(f.serviceLanguage);
    const codes = [wanted, ...(SAME_LANGUAGE[wanted] ?? [])];
    if (!s.languages.some((l) => codes.includes(baseLanguage(l)))) return false;
  }
  if (f.immigrationStatus !== undefined && s.immigrationStatuses.length > 0 && !s.immigrationStatuses.includes(f.immigrationStatus)) return false;
  if (f.age !== undefined) {
    const [lo, hi] = typeof f.age === 'number' ? [f.age, f.age] : ageBandRange(f.age);
    if (s.minAge !== null && hi < s.minAge) return false;
    if (s.maxAge !== null && lo > s.maxAge) return false;
  }
  if (now && !isOpenAt(s.schedule, now, timeZone)) return false;
  return true;
}

/**
 * A predicate for the filters, or undefined when there is nothing to filter. The clock is read once,
 * so every document in one search is judged at the same instant.
 */
export function documentFilter(f: SearchFilters | undefined, context: FilterContext = {}): ((doc: SearchDoc) => boolean) | undefined {
  if (!f || !hasFilters(f)) return undefined;
  validateFilters(f);
  const now = f.openNow ? (context.clock ?? systemClock)() : null;
  const timeZone = context.timeZone ?? DIRECTORY_TIME_ZONE;
  const articleLanguages = f.articleLanguages?.length ? new Set(f.articleLanguages.map(baseLanguage)) : null;
  const kinds = f.kinds?.length ? new Set(f.kinds) : null;
  return (doc) => {
    if (kinds && !kinds.has(doc.kind)) return false;
    if (doc.kind === 'article') return !articleLanguages || articleLanguages.has(baseLanguage(doc.language));
    return doc.service ? serviceAccepts(doc.service, f, now, timeZone) : true;
  };
}
