/**
 * The hidden structure of the synthetic world, compiled once from the libraries and a world
 * seed: assessors and their habits, site practice, drifting actions, service popularity. Plans
 * are then sampled from it client by client.
 */
import { AGE_BANDS, IMMIGRATION_STATUSES, isEligible, type AgeBand, type ImmigrationStatus } from '../domain/types.ts';
import { deriveSeed, Rng } from './random.ts';
import { SITE_WEIGHTS } from './story.ts';
import type { AgencyRef, PlanKnowledge, ReferralService } from './types.ts';

export interface Assessor {
  id: string;
  /** Multiplies how many actions the assessor attaches per statement (median 1). */
  propensity: number;
  /** Actions the assessor reaches for first, as action indices. */
  favourites: number[];
  /** Chance that an attached action comes with a referral attempt. */
  referralRate: number;
  /** Chance of typing a statement as free text instead of picking it from the library. */
  freeTextRate: number;
  /** Fraction of the period during which the assessor works at the agency. */
  activeFrom: number;
  activeTo: number;
}

export type DriftKind = 'rising' | 'fading' | 'launched';

export interface CompiledNeed {
  id: string;
  statusWeight: Float64Array; // by IMMIGRATION_STATUSES index
  ageWeight: Float64Array; // by AGE_BANDS index
  householdMin: number;
  householdMax: number;
  /** Multiplier per site for needs tied to places (farm work, rural life); null: any site alike. */
  siteWeight: Map<string, number> | null;
  /** A need of French speakers: far likelier for clients who speak French. */
  francophone: boolean;
  statements: Int32Array;
  probabilities: Float64Array;
}

export interface World {
  years: number;
  statementIds: string[];
  statementText: string[];
  statementCategory: string[];
  actionIds: string[];
  actionCategory: string[];
  /** eligible[action * 49 + band * 7 + status] */
  eligible: Uint8Array;
  candidates: { actions: Int32Array; weights: Float64Array }[];
  actionsByCategory: Map<string, number[]>;
  /** How likely an action is picked by noise: Zipf-like within its category, so some are very rare. */
  noiseWeight: Float64Array;
  needs: CompiledNeed[];
  /** Per action, how well known it is among assessors everywhere (obscure programs near 0). */
  prominence: Float64Array;
  /** Per site, a multiplier for every action: local practice, farm-worker and French programs. */
  siteFactor: Map<string, Float64Array>;
  /** Actions an agency or program offers in French; francophone clients get them more. */
  french: Uint8Array;
  drift: Map<number, DriftKind>;
  /** Fraction of the period at which the 'launched' actions start (start of year 3). */
  launchAt: number;
  agenciesBySite: Map<string, string[]>;
  siteIds: string[];
  siteWeights: number[];
  assessorsByAgency: Map<string, Assessor[]>;
  services: ServiceIndex;
}

export const FRENCH_ACTION = /\bfrench\b|francophone|français|francais/i;
export const FARM_ACTION = /agricultur|agri-food|farm|migrant worker|seasonal worker|greenhouse/i;
export const FRANCOPHONE_NEED = /franco|french/i;
/** Share of actions that are little known, and how much less often they are picked. */
export const OBSCURE_SHARE = 0.2;
export const OBSCURE_FACTOR = 0.03;
/** A need listing sites is that much likelier at its main site than a need open to every site. */
export const LOCAL_NEED_BOOST = 2;
/** Sites where agriculture dominates newcomer work. */
export const FARM_SITES = new Set(['leamington', 'chatham']);

export const STATUS_INDEX = new Map<string, number>(IMMIGRATION_STATUSES.map((s, i) => [s, i]));
export const BAND_INDEX = new Map<string, number>(AGE_BANDS.map((b, i) => [b, i]));

export function compileWorld(input: {
  knowledge: PlanKnowledge;
  directory: ReferralService[];
  agencies: AgencyRef[];
  worldSeed: number;
  years: number;
}): World {
  const { knowledge, directory, agencies, worldSeed, years } = input;
  const rng = new Rng(deriveSeed(worldSeed, 'world'));

  const statementIndex = new Map(knowledge.statements.map((s, i) => [s.id, i]));
  const actionIndex = new Map(knowledge.actions.map((a, i) => [a.id, i]));
  const actionIds = knowledge.actions.map((a) => a.id);

  const eligible = new Uint8Array(actionIds.length * 49);
  knowledge.actions.forEach((a, ai) => {
    AGE_BANDS.forEach((band, bi) =>
      IMMIGRATION_STATUSES.forEach((status, si) => {
        eligible[ai * 49 + bi * 7 + si] = isEligible(a.eligibility, band, status) ? 1 : 0;
      }),
    );
  });

  const candidates = knowledge.statements.map((s) => {
    const pairs = knowledge.statementActions[s.id] ?? [];
    const actions = new Int32Array(pairs.length);
    const weights = new Float64Array(pairs.length);
    pairs.forEach(([actionId, weight], k) => {
      const ai = actionIndex.get(actionId);
      if (ai === undefined) throw new Error(`statement-actions: statement ${s.id} names unknown action ${actionId}`);
      actions[k] = ai;
      weights[k] = weight;
    });
    return { actions, weights };
  });

  const actionsByCategory = new Map<string, number[]>();
  knowledge.actions.forEach((a, ai) => {
    const list = actionsByCategory.get(a.categoryId) ?? [];
    list.push(ai);
    actionsByCategory.set(a.categoryId, list);
  });

  const needs = knowledge.latentNeeds.map((n): CompiledNeed => {
    const statements: number[] = [];
    const probabilities: number[] = [];
    for (const [statementId, p] of n.statements) {
      const si = statementIndex.get(statementId);
      if (si === undefined) throw new Error(`latent-needs: need ${n.id} names unknown statement ${statementId}`);
      statements.push(si);
      probabilities.push(p);
    }
    return {
      id: n.id,
      statusWeight: Float64Array.from(IMMIGRATION_STATUSES, (s) => n.statusWeights[s] ?? 0),
      ageWeight: Float64Array.from(AGE_BANDS, (b) => n.ageBandWeights[b] ?? 0),
      householdMin: n.householdSize[0],
      householdMax: n.householdSize[1],
      siteWeight: localWeights(n.siteWeights),
      francophone: FRANCOPHONE_NEED.test(`${n.id} ${n.label}`),
      statements: Int32Array.from(statements),
      probabilities: Float64Array.from(probabilities),
    };
  });

  // How often each action is suggested at all, so drift and favourites land on actions that matter.
  const popularity = new Float64Array(actionIds.length);
  candidates.forEach(({ actions, weights }) => {
    let total = 0;
    for (const w of weights) total += w;
    actions.forEach((ai, k) => (popularity[ai] += total > 0 ? weights[k] / total : 0));
  });

  const french = Uint8Array.from(knowledge.actions, (a) => (FRENCH_ACTION.test(a.text) ? 1 : 0));
  const farm = Uint8Array.from(knowledge.actions, (a) => (FARM_ACTION.test(a.text) ? 1 : 0));

  const agenciesBySite = new Map<string, string[]>();
  for (const a of [...agencies].sort((x, y) => x.id.localeCompare(y.id))) {
    const list = agenciesBySite.get(a.siteId) ?? [];
    list.push(a.id);
    agenciesBySite.set(a.siteId, list);
  }
  const siteIds = [...agenciesBySite.keys()].sort();
  // A site outside the demo region gets a small-centre share.
  const siteWeights = siteIds.map((s) => SITE_WEIGHTS[s] ?? 6);

  const siteFactor = new Map<string, Float64Array>();
  for (const site of siteIds) {
    const siteRng = new Rng(deriveSeed(worldSeed, 'site', site));
    siteFactor.set(
      site,
      Float64Array.from(actionIds, (_, ai) => {
        let f = siteRng.logNormal(0.35); // every agency has its own way of working
        if (farm[ai]) f *= FARM_SITES.has(site) ? 4 : 0.5;
        if (french[ai] && site === 'ottawa') f *= 2;
        return f;
      }),
    );
  }

  // Within each category the actions get a random rank; the rank-r action is picked by noise ∝ 1/r^1.5.
  const noiseWeight = new Float64Array(actionIds.length);
  for (const list of actionsByCategory.values()) {
    const order = [...list];
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [order[i], order[j]] = [order[j], order[i]];
    }
    order.forEach((ai, r) => (noiseWeight[ai] = 1 / (r + 1) ** 1.5));
  }

  const launchAt = years >= 3 ? 2 / years : 0.5;
  const drift = pickDriftingActions(rng, popularity);

  // Some programs are household names among assessors, others little known: the long tail.
  const prominence = Float64Array.from(actionIds, (_, ai) =>
    rng.logNormal(0.6) * (!drift.has(ai) && rng.chance(OBSCURE_SHARE) ? OBSCURE_FACTOR : 1),
  );

  const assessorsByAgency = new Map<string, Assessor[]>();
  for (const site of siteIds) {
    const siteAgencies = agenciesBySite.get(site)!;
    const perAgency = Math.max(2, Math.min(10, Math.round(((SITE_WEIGHTS[site] ?? 6) / siteAgencies.length) * 0.5)));
    for (const agencyId of siteAgencies) {
      const agencyRng = new Rng(deriveSeed(worldSeed, 'agency', agencyId));
      const staff: Assessor[] = [];
      for (let k = 1; k <= perAgency; k++) staff.push(makeAssessor(agencyRng, `${agencyId}-a${k}`, popularity));
      assessorsByAgency.set(agencyId, staff);
    }
  }

  return {
    years,
    statementIds: knowledge.statements.map((s) => s.id),
    statementText: knowledge.statements.map((s) => s.text),
    statementCategory: knowledge.statements.map((s) => s.categoryId),
    actionIds,
    actionCategory: knowledge.actions.map((a) => a.categoryId),
    eligible,
    candidates,
    actionsByCategory,
    noiseWeight,
    needs,
    prominence,
    siteFactor,
    french,
    drift,
    launchAt,
    agenciesBySite,
    siteIds,
    siteWeights,
    assessorsByAgency,
    services: buildServiceIndex(directory, worldSeed),
  };
}

/** Site weights scaled so the need's main site gets LOCAL_NEED_BOOST; unlisted sites get 0. */
function localWeights(weights: Partial<Record<string, number>> | undefined): Map<string, number> | null {
  if (!weights) return null;
  const entries = Object.entries(weights).filter((e): e is [string, number] => typeof e[1] === 'number');
  const max = Math.max(0, ...entries.map(([, w]) => w));
  return new Map(entries.map(([site, w]) => [site, max > 0 ? (LOCAL_NEED_BOOST * w) / max : 0]));
}

/** About 6% of the suggested actions rise, 6% fade, and two are a program launched in year 3. */
function pickDriftingActions(rng: Rng, popularity: Float64Array): Map<number, DriftKind> {
  const ranked = [...popularity.keys()].filter((ai) => popularity[ai] > 0).sort((a, b) => popularity[b] - popularity[a] || a - b);
  // Drawn from the better-known half so the change is visible in a few thousand plans.
  const pool = ranked.slice(0, Math.max(4, Math.ceil(ranked.length / 2)));
  const drift = new Map<number, DriftKind>();
  const take = (kind: DriftKind, count: number) => {
    for (let n = 0; n < count && drift.size < pool.length; ) {
      const ai = rng.pick(pool);
      if (drift.has(ai)) continue;
      drift.set(ai, kind);
      n++;
    }
  };
  const share = Math.max(1, Math.round(ranked.length * 0.06));
  take('launched', Math.min(2, pool.length));
  take('rising', share);
  take('fading', share);
  return drift;
}

/** The drift multiplier of an action at fraction `t` of the period. */
export function driftFactor(kind: DriftKind | undefined, t: number, launchAt: number): number {
  switch (kind) {
    case 'rising':
      return 0.2 + 2 * t;
    case 'fading':
      return 2.2 - 2 * t;
    case 'launched':
      return t < launchAt ? 0 : 2.5;
    default:
      return 1;
  }
}

function makeAssessor(rng: Rng, id: string, popularity: Float64Array): Assessor {
  const favourites = rng.weightedSample(Array.from(popularity), rng.int(3, 5));
  const joinsLate = rng.chance(0.25);
  const leavesEarly = rng.chance(0.25);
  return {
    id,
    propensity: rng.logNormal(0.35),
    favourites,
    referralRate: Math.min(0.95, 0.42 * rng.logNormal(0.3)),
    freeTextRate: 0.025 * rng.logNormal(0.5),
    activeFrom: joinsLate ? 0.2 + 0.4 * rng.next() : 0,
    activeTo: leavesEarly ? 0.5 + 0.4 * rng.next() : 1,
  };
}

export interface ServiceIndex {
  /** Eligible services for (site, category, band, status), built lazily. */
  eligibleFor(site: string, categoryId: string, band: AgeBand, status: ImmigrationStatus): { ids: string[]; weights: number[] };
}

function buildServiceIndex(directory: ReferralService[], worldSeed: number): ServiceIndex {
  const bySiteCategory = new Map<string, { service: ReferralService; popularity: number }[]>();
  for (const service of [...directory].sort((a, b) => a.id.localeCompare(b.id))) {
    // Some programs are well known and get most referrals; others are rarely used.
    const popularity = new Rng(deriveSeed(worldSeed, 'service', service.id)).logNormal(0.8);
    for (const site of service.siteIds) {
      const key = `${site}|${service.categoryId}`;
      const list = bySiteCategory.get(key) ?? [];
      list.push({ service, popularity });
      bySiteCategory.set(key, list);
    }
  }
  const cache = new Map<string, { ids: string[]; weights: number[] }>();
  return {
    eligibleFor(site, categoryId, band, status) {
      const key = `${site}|${categoryId}|${band}|${status}`;
      let hit = cache.get(key);
      if (!hit) {
        const ok = (bySiteCategory.get(`${site}|${categoryId}`) ?? []).filter(({ service }) =>
          isEligible(
            {
              minAge: service.minAge,
              maxAge: service.maxAge,
              immigrationStatuses: service.immigrationStatuses.length ? (service.immigrationStatuses as ImmigrationStatus[]) : undefined,
            },
            band,
            status,
          ),
        );
        hit = { ids: ok.map((o) => o.service.id), weights: ok.map((o) => o.popularity) };
        cache.set(key, hit);
      }
      return hit;
    },
  };
}
