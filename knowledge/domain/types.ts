/** Shared vocabulary of the settlement domain: the codes every importer, model and route agrees on. */

/** Immigration statuses that decide eligibility for settlement services in Canada. */
export const IMMIGRATION_STATUSES = [
  'permanent_resident',
  'protected_person', // resettled refugees and convention refugees with a positive decision
  'refugee_claimant',
  'temporary_worker',
  'international_student',
  'cuaet', // Ukrainians on the temporary emergency travel authorization
  'citizen', // naturalized Canadians, still eligible for some community services
] as const;
export type ImmigrationStatus = (typeof IMMIGRATION_STATUSES)[number];

export const AGE_BANDS = ['15-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The youngest and oldest age in a band, for checking age eligibility. */
export function ageBandRange(band: AgeBand): [number, number] {
  if (band === '65+') return [65, 120];
  const [lo, hi] = band.split('-').map(Number);
  return [lo, hi];
}

/** Languages the content is written in. Interface strings cover more (see bot/). */
export const CONTENT_LANGUAGES = ['en', 'fr', 'ar', 'es'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** A translated text: English is required, other languages optional. */
export type Translated = { en: string } & Partial<Record<string, string>>;

export interface Category {
  id: string;
  label: Translated;
  indicators: Indicator[];
}

export interface Indicator {
  id: string;
  label: Translated;
}

export interface DrivingStatement {
  id: string;
  indicatorId: string;
  text: Translated;
}

export interface Eligibility {
  minAge?: number;
  maxAge?: number;
  /** Only these statuses may receive it; absent means everyone. */
  immigrationStatuses?: ImmigrationStatus[];
}

export interface SettlementAction {
  id: string;
  indicatorId: string;
  text: Translated;
  eligibility?: Eligibility;
}

/** The demo region: five cities named in the brief and two smaller centres. */
export interface Site {
  id: string;
  name: string;
  province: string;
  latitude: number;
  longitude: number;
}

export const SITES: Site[] = [
  { id: 'windsor', name: 'Windsor', province: 'ON', latitude: 42.3149, longitude: -83.0364 },
  { id: 'leamington', name: 'Leamington', province: 'ON', latitude: 42.0531, longitude: -82.5998 },
  { id: 'sarnia', name: 'Sarnia', province: 'ON', latitude: 42.9745, longitude: -82.4066 },
  { id: 'london', name: 'London', province: 'ON', latitude: 42.9849, longitude: -81.2453 },
  { id: 'ottawa', name: 'Ottawa', province: 'ON', latitude: 45.4215, longitude: -75.6972 },
  { id: 'chatham', name: 'Chatham-Kent', province: 'ON', latitude: 42.4048, longitude: -82.191 },
  { id: 'pembroke', name: 'Pembroke', province: 'ON', latitude: 45.8267, longitude: -77.1106 },
];

/** Is a client of this age band and status eligible for something with this eligibility? */
export function isEligible(e: Eligibility | undefined, ageBand: AgeBand, status: ImmigrationStatus): boolean {
  if (!e) return true;
  const [lo, hi] = ageBandRange(ageBand);
  // A band is eligible when it overlaps the allowed range: the assessor confirms the exact age.
  if (e.minAge !== undefined && hi < e.minAge) return false;
  if (e.maxAge !== undefined && lo > e.maxAge) return false;
  if (e.immigrationStatuses && !e.immigrationStatuses.includes(status)) return false;
  return true;
}
