/** Who a client is: site, first assessment date, status, age, household, languages, arrival. */
import { IMMIGRATION_STATUSES, type AgeBand, type ImmigrationStatus } from '../domain/types.ts';
import type { Period } from './context.ts';
import { isoFromDay, monthOfDay, yearFraction } from './dates.ts';
import type { Rng } from './random.ts';
import {
  AGE_BY_STATUS,
  ARRIVAL_LAG_DAYS,
  baseSeason,
  GROWTH_OVER_PERIOD,
  HOUSEHOLD_BY_STATUS,
  LANGUAGE_BY_STATUS,
  LANGUAGE_SITE_BOOST,
  SPEAKS_ENGLISH,
  STATUS_BY_SITE,
  statusSeason,
  statusTrend,
} from './story.ts';
import type { GeneratedClient } from './types.ts';
import type { World } from './world.ts';

/** Draws a client and the day of their first assessment, in the order the story describes. */
export function sampleProfile(rng: Rng, w: World, period: Period, index: number): { client: GeneratedClient; firstDay: number } {
  const site = w.siteIds[rng.weightedIndex(w.siteWeights)];
  const firstDay = sampleDay(rng, period);
  const status = sampleStatus(rng, site, firstDay);
  const ageBand = rng.weightedKey(AGE_BY_STATUS[status]);
  let householdSize = Number(rng.weightedKey(HOUSEHOLD_BY_STATUS[status]));
  if (ageBand === '15-17') householdSize = Math.max(2, householdSize); // minors live with family
  const children = sampleChildren(rng, ageBand, householdSize);
  const languages = sampleLanguages(rng, site, status);
  const [lagMin, lagSpread] = ARRIVAL_LAG_DAYS[status];
  const arrivalDay = firstDay - lagMin - Math.floor(-lagSpread * Math.log(1 - rng.next()));
  const agencyId = rng.pick(w.agenciesBySite.get(site)!);
  return {
    firstDay,
    client: {
      id: `syn-c${String(index + 1).padStart(7, '0')}`,
      agencyId,
      siteId: site,
      ageBand,
      immigrationStatus: status,
      languages,
      householdSize,
      children,
      arrivalDate: isoFromDay(arrivalDay),
    },
  };
}

/** Day of the first assessment: more recent days are likelier (growth), and months differ (season). */
function sampleDay(rng: Rng, p: Period): number {
  const ceiling = GROWTH_OVER_PERIOD * 1.2;
  for (;;) {
    const day = p.startDay + Math.floor(rng.next() * p.spanDays);
    const t = (day - p.startDay) / p.spanDays;
    if (rng.next() * ceiling < GROWTH_OVER_PERIOD ** t * baseSeason(monthOfDay(day))) return day;
  }
}

const DEFAULT_STATUS_MIX = STATUS_BY_SITE.london;

function sampleStatus(rng: Rng, site: string, day: number): ImmigrationStatus {
  const mix = STATUS_BY_SITE[site] ?? DEFAULT_STATUS_MIX;
  const year = yearFraction(day);
  const month = monthOfDay(day);
  const i = rng.weightedIndex(IMMIGRATION_STATUSES.map((s) => mix[s] * statusTrend(s, year) * statusSeason(s, month)));
  return IMMIGRATION_STATUSES[i];
}

function sampleChildren(rng: Rng, ageBand: AgeBand, householdSize: number): number {
  if (ageBand === '15-17' || householdSize === 1) return 0;
  // Young adults in a larger household mostly live with parents or siblings.
  if (ageBand === '18-24' && rng.chance(0.6)) return 0;
  const partner = rng.chance(ageBand === '18-24' ? 0.4 : 0.7) ? 1 : 0;
  const others = Math.max(0, householdSize - 1 - partner);
  if (ageBand === '18-24') return Math.min(others, 2);
  // Older clients' households are more often adult children and grandparents than minors.
  if (ageBand === '55-64' || ageBand === '65+') return rng.chance(0.3) ? Math.min(others, 1) : 0;
  return others;
}

function sampleLanguages(rng: Rng, site: string, status: ImmigrationStatus): string[] {
  const base = LANGUAGE_BY_STATUS[status];
  const boost = LANGUAGE_SITE_BOOST[site] ?? {};
  const codes = Object.keys(base);
  const first = codes[rng.weightedIndex(codes.map((c) => base[c] * (boost[c] ?? 1)))];
  const languages = [first];
  // Haitian Creole speakers and many Arabic speakers from the Maghreb and Lebanon also speak French.
  if ((first === 'ht' && rng.chance(0.6)) || (first === 'ar' && rng.chance(site === 'ottawa' ? 0.3 : 0.1))) languages.push('fr');
  if (first !== 'en' && rng.chance(SPEAKS_ENGLISH[status])) languages.push('en');
  return languages;
}
