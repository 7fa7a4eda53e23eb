/**
 * The fixed parameters of the synthetic settlement world: who arrives where, how old, speaking
 * what, in what households, and when. Numbers are plausible orders of magnitude for south-western
 * and eastern Ontario, not statistics; knowledge/README.md explains each choice.
 */
import type { AgeBand, ImmigrationStatus } from '../domain/types.ts';

type Weights<K extends string> = Record<K, number>;

/** Share of clients per site: Ottawa, London and Windsor are the large centres. */
export const SITE_WEIGHTS: Weights<string> = {
  ottawa: 28,
  london: 20,
  windsor: 20,
  leamington: 10,
  sarnia: 8,
  chatham: 8,
  pembroke: 6,
};

/** Immigration-status mix per site (before the calendar trends in `statusTrend`). */
export const STATUS_BY_SITE: Record<string, Weights<ImmigrationStatus>> = {
  ottawa: { permanent_resident: 32, protected_person: 18, refugee_claimant: 20, temporary_worker: 4, international_student: 10, cuaet: 8, citizen: 8 },
  london: { permanent_resident: 34, protected_person: 20, refugee_claimant: 12, temporary_worker: 6, international_student: 12, cuaet: 8, citizen: 8 },
  windsor: { permanent_resident: 30, protected_person: 18, refugee_claimant: 14, temporary_worker: 8, international_student: 16, cuaet: 6, citizen: 8 },
  // Greenhouse and field agriculture: most newcomers are seasonal or temporary foreign workers.
  leamington: { permanent_resident: 14, protected_person: 6, refugee_claimant: 4, temporary_worker: 62, international_student: 2, cuaet: 4, citizen: 8 },
  sarnia: { permanent_resident: 30, protected_person: 10, refugee_claimant: 5, temporary_worker: 15, international_student: 28, cuaet: 6, citizen: 6 },
  chatham: { permanent_resident: 26, protected_person: 8, refugee_claimant: 4, temporary_worker: 40, international_student: 6, cuaet: 8, citizen: 8 },
  pembroke: { permanent_resident: 36, protected_person: 14, refugee_claimant: 4, temporary_worker: 10, international_student: 4, cuaet: 20, citizen: 12 },
};

/**
 * Calendar trends in who arrives: Ukrainian arrivals under CUAET peaked in 2022–2023 and
 * tailed off after the program closed to new travel in 2024; study-permit caps from 2024
 * shrink the student share; asylum claims keep rising through the period.
 */
export function statusTrend(status: ImmigrationStatus, year: number): number {
  switch (status) {
    case 'cuaet':
      return year < 2024.25 ? 1.6 : year < 2025 ? 0.6 : 0.25;
    case 'international_student':
      return year < 2024.5 ? 1.2 : 0.6;
    case 'refugee_claimant':
      return 0.7 + 0.25 * Math.max(0, year - 2022.5);
    default:
      return 1;
  }
}

/** Month-of-year multipliers (index 0 = January). */
const BASE_SEASON = [1.0, 1.0, 1.05, 1.05, 1.0, 0.9, 0.8, 0.85, 1.15, 1.1, 1.0, 0.7];

/** Seasonal agricultural workers arrive in late winter and spring; students in August–September and January. */
export function statusSeason(status: ImmigrationStatus, month: number): number {
  if (status === 'temporary_worker') return [0.8, 1.6, 1.9, 1.8, 1.4, 1.0, 0.8, 0.7, 0.7, 0.6, 0.4, 0.3][month];
  if (status === 'international_student') return [1.5, 0.8, 0.6, 0.6, 0.6, 0.6, 0.7, 1.6, 2.0, 1.2, 0.8, 0.5][month];
  return 1;
}

export function baseSeason(month: number): number {
  return BASE_SEASON[month];
}

/** Yearly growth of the caseload: the last year sees about 1.8× the first. */
export const GROWTH_OVER_PERIOD = 1.8;

export const AGE_BY_STATUS: Record<ImmigrationStatus, Weights<AgeBand>> = {
  permanent_resident: { '15-17': 2, '18-24': 8, '25-34': 30, '35-44': 30, '45-54': 15, '55-64': 8, '65+': 7 },
  protected_person: { '15-17': 8, '18-24': 15, '25-34': 25, '35-44': 22, '45-54': 14, '55-64': 9, '65+': 7 },
  refugee_claimant: { '15-17': 4, '18-24': 18, '25-34': 32, '35-44': 24, '45-54': 13, '55-64': 6, '65+': 3 },
  temporary_worker: { '15-17': 0, '18-24': 16, '25-34': 38, '35-44': 28, '45-54': 14, '55-64': 4, '65+': 0 },
  international_student: { '15-17': 1, '18-24': 55, '25-34': 38, '35-44': 5, '45-54': 1, '55-64': 0, '65+': 0 },
  cuaet: { '15-17': 6, '18-24': 12, '25-34': 25, '35-44': 24, '45-54': 15, '55-64': 10, '65+': 8 },
  citizen: { '15-17': 1, '18-24': 4, '25-34': 15, '35-44': 22, '45-54': 22, '55-64': 18, '65+': 18 },
};

/** Household size distributions (key = number of people, client included). */
export const HOUSEHOLD_BY_STATUS: Record<ImmigrationStatus, Weights<string>> = {
  permanent_resident: { 1: 30, 2: 22, 3: 18, 4: 18, 5: 8, 6: 4 },
  protected_person: { 1: 18, 2: 10, 3: 12, 4: 18, 5: 16, 6: 12, 7: 8, 8: 6 },
  refugee_claimant: { 1: 40, 2: 15, 3: 15, 4: 15, 5: 10, 6: 5 },
  temporary_worker: { 1: 80, 2: 8, 3: 6, 4: 6 },
  international_student: { 1: 90, 2: 7, 3: 3 },
  cuaet: { 1: 25, 2: 25, 3: 25, 4: 15, 5: 10 },
  citizen: { 1: 30, 2: 30, 3: 15, 4: 15, 5: 10 },
};

/** First language by status (ISO 639-1 codes). */
export const LANGUAGE_BY_STATUS: Record<ImmigrationStatus, Weights<string>> = {
  permanent_resident: { en: 12, zh: 12, hi: 10, ar: 10, pa: 8, tl: 8, es: 6, ur: 6, fa: 6, fr: 5, bn: 4, ko: 3, vi: 3, pt: 3, ta: 2, ru: 2 },
  protected_person: { ar: 30, ps: 12, fa: 10, ti: 10, so: 8, sw: 6, am: 4, ku: 4, fr: 4, en: 3, my: 2 },
  refugee_claimant: { es: 20, fr: 14, ar: 10, en: 10, ht: 8, tr: 8, fa: 8, sw: 4, am: 4, ti: 4, ur: 4, pa: 3, hi: 3 },
  temporary_worker: { es: 50, en: 15, tl: 12, th: 6, pa: 6, hi: 5, vi: 3, pt: 3 },
  international_student: { hi: 20, pa: 20, gu: 10, en: 10, zh: 10, vi: 5, tl: 5, fa: 5, ur: 4, bn: 4, es: 3, fr: 2, ar: 2 },
  cuaet: { uk: 70, ru: 30 },
  citizen: { en: 40, ar: 10, zh: 8, es: 8, fr: 8, pa: 8, hi: 6, tl: 6, ur: 6 },
};

/** Local communities shift the language mix: francophones in Ottawa, Spanish in the agricultural belt. */
export const LANGUAGE_SITE_BOOST: Record<string, Weights<string>> = {
  ottawa: { fr: 3, ht: 2, so: 2, ar: 1.3 },
  windsor: { ar: 1.8, sw: 1.3 },
  london: { ar: 1.4, es: 1.2 },
  leamington: { es: 2 },
  chatham: { es: 1.5 },
  sarnia: { pa: 1.2, hi: 1.2 },
  pembroke: { en: 1.5, uk: 1.5 },
};

/** Probability that a client whose first language is not English also speaks English. */
export const SPEAKS_ENGLISH: Record<ImmigrationStatus, number> = {
  permanent_resident: 0.7,
  protected_person: 0.25,
  refugee_claimant: 0.4,
  temporary_worker: 0.5,
  international_student: 0.95,
  cuaet: 0.5,
  citizen: 0.98,
};

/** Days between arrival in Canada and the first assessment: [minimum, typical spread]. */
export const ARRIVAL_LAG_DAYS: Record<ImmigrationStatus, [number, number]> = {
  permanent_resident: [0, 200],
  protected_person: [0, 60], // resettled refugees meet a worker within days
  refugee_claimant: [14, 150],
  temporary_worker: [10, 120],
  international_student: [20, 200],
  cuaet: [10, 150],
  citizen: [1500, 2500],
};

/** How many plans a client gets over time (1 = assessed once). */
export const PLANS_PER_CLIENT: Weights<'1' | '2' | '3'> = { 1: 60, 2: 28, 3: 12 };

/** How many latent needs a client carries. */
export const NEEDS_PER_CLIENT: Weights<'1' | '2' | '3'> = { 1: 45, 2: 35, 3: 20 };
