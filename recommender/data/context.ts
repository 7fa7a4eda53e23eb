/**
 * The client context a suggestion may depend on, and its encoding as categorical features
 * "kind:value" (e.g. "site:windsor", "status:refugee_claimant", "household:3-4"), which the
 * context-aware models use as input columns and describeFeature turns into plain English for
 * explanations ("clients in Windsor").
 */
import { SITES } from '../../knowledge/domain/types.ts';
import { dayFromIso, NO_DAY } from './dates.ts';

export interface ClientContext {
  /** Site id (see SITES), e.g. "windsor". */
  siteId: string;
  /** One of AGE_BANDS, e.g. "25-34". */
  ageBand: string;
  /** One of IMMIGRATION_STATUSES. */
  immigrationStatus: string;
  householdSize: number;
  children: number;
  /** ISO 639 codes of the languages the client speaks. */
  languages: readonly string[];
  /** 'YYYY-MM-DD'; null or absent when unknown. */
  arrivalDate?: string | null;
  /** The plan's date, 'YYYY-MM-DD': time since arrival is measured to it. */
  planDate: string;
}

export const CONTEXT_KINDS = ['site', 'status', 'age', 'household', 'children', 'language', 'arrival'] as const;
export type ContextKind = (typeof CONTEXT_KINDS)[number];

/** Household size in four groups: 1, 2, 3-4, 5+. */
export function householdBucket(size: number): string {
  if (size <= 1) return '1';
  if (size === 2) return '2';
  if (size <= 4) return '3-4';
  return '5+';
}

/** Children in four groups: 0, 1, 2, 3+. */
export function childrenBucket(children: number): string {
  if (children <= 0) return '0';
  if (children === 1) return '1';
  if (children === 2) return '2';
  return '3+';
}

const ARRIVAL_BUCKETS: [maxDays: number, bucket: string][] = [
  [182, '0-6m'],
  [365, '6-12m'],
  [730, '1-2y'],
  [1826, '2-5y'],
];

function lenientDay(iso: string | null | undefined): number {
  try {
    return dayFromIso(iso);
  } catch {
    return NO_DAY;
  }
}

/**
 * Time from arrival to the plan in five groups (0-6m, 6-12m, 1-2y, 2-5y, 5y+), "pre" when the
 * plan precedes the arrival (pre-arrival services), null when the arrival date is unknown.
 * Takes ISO dates or day numbers; a date that does not exist counts as unknown, so a bad
 * arrival date in a request costs the feature, not the suggestion.
 */
export function arrivalBucket(arrival: string | number | null | undefined, plan: string | number): string | null {
  const a = typeof arrival === 'number' ? arrival : lenientDay(arrival);
  const p = typeof plan === 'number' ? plan : lenientDay(plan);
  if (a === NO_DAY || p === NO_DAY) return null;
  const days = p - a;
  if (days < 0) return 'pre';
  for (const [max, bucket] of ARRIVAL_BUCKETS) if (days < max) return bucket;
  return '5y+';
}

/** The context's features, each "kind:value", in CONTEXT_KINDS order, without duplicates. */
export function contextFeatureNames(c: ClientContext): string[] {
  const out = [`site:${c.siteId}`, `status:${c.immigrationStatus}`, `age:${c.ageBand}`, `household:${householdBucket(c.householdSize)}`, `children:${childrenBucket(c.children)}`];
  const languages = c.languages ?? [];
  for (let i = 0; i < languages.length; i++) {
    if (languages.indexOf(languages[i]) === i) out.push(`language:${languages[i]}`);
  }
  const arrival = c.planDate ? arrivalBucket(c.arrivalDate, c.planDate) : null;
  if (arrival !== null) out.push(`arrival:${arrival}`);
  return out;
}

/** The kind of a feature name ("site:windsor" → "site"). Throws on a name that is not one. */
export function featureKind(feature: string): ContextKind {
  const colon = feature.indexOf(':');
  const kind = colon < 0 ? feature : feature.slice(0, colon);
  if (!(CONTEXT_KINDS as readonly string[]).includes(kind)) throw new RangeError(`not a context feature: ${JSON.stringify(feature)}`);
  return kind as ContextKind;
}

function featureValue(feature: string): string {
  return feature.slice(feature.indexOf(':') + 1);
}

const STATUS_PHRASES: Record<string, string> = {
  permanent_resident: 'permanent residents',
  protected_person: 'protected persons',
  refugee_claimant: 'refugee claimants',
  temporary_worker: 'temporary workers',
  international_student: 'international students',
  cuaet: 'Ukrainians under CUAET',
  citizen: 'citizens',
};

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  fr: 'French',
  ar: 'Arabic',
  es: 'Spanish',
  uk: 'Ukrainian',
  ru: 'Russian',
  fa: 'Persian',
  ti: 'Tigrinya',
  so: 'Somali',
  zh: 'Chinese',
  pa: 'Punjabi',
  tl: 'Tagalog',
  ur: 'Urdu',
  hi: 'Hindi',
  pt: 'Portuguese',
  sw: 'Swahili',
  am: 'Amharic',
  ps: 'Pashto',
  prs: 'Dari',
  ku: 'Kurdish',
  vi: 'Vietnamese',
  ko: 'Korean',
  tr: 'Turkish',
};

const ARRIVAL_PHRASES: Record<string, string> = {
  pre: 'clients not yet arrived in Canada',
  '0-6m': 'clients who arrived less than 6 months before',
  '6-12m': 'clients who arrived 6 to 12 months before',
  '1-2y': 'clients who arrived 1 to 2 years before',
  '2-5y': 'clients who arrived 2 to 5 years before',
  '5y+': 'clients who arrived over 5 years before',
};

/**
 * Plain English for a feature, to follow "past statements of": "clients in Windsor",
 * "refugee claimants", "clients aged 25–34", "households of 3–4 people", "French speakers".
 */
export function describeFeature(feature: string): string {
  const value = featureValue(feature);
  switch (featureKind(feature)) {
    case 'site':
      return `clients in ${SITES.find((s) => s.id === value)?.name ?? value}`;
    case 'status':
      return STATUS_PHRASES[value] ?? `clients with status ${value.replace(/_/g, ' ')}`;
    case 'age':
      if (value.endsWith('+')) return `clients aged ${value.slice(0, -1)} and over`;
      return `clients aged ${value.replace('-', '–')}`;
    case 'household':
      if (value === '1') return 'clients living alone';
      if (value.endsWith('+')) return `households of ${value.slice(0, -1)} or more people`;
      return `households of ${value.replace('-', '–')} people`;
    case 'children':
      if (value === '0') return 'clients without children';
      if (value === '1') return 'clients with 1 child';
      if (value.endsWith('+')) return `clients with ${value.slice(0, -1)} or more children`;
      return `clients with ${value} children`;
    case 'language':
      return LANGUAGE_NAMES[value] ? `${LANGUAGE_NAMES[value]} speakers` : `speakers of ${value}`;
    case 'arrival':
      return ARRIVAL_PHRASES[value] ?? `clients by arrival ${value}`;
  }
}
