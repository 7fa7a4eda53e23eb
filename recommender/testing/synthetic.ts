/**
 * A random plan history of realistic shape and any size, for the scale bench and quality checks.
 * Planted signal: each statement has core actions (drawn with decreasing probability), a
 * status-specific action, and a partner statement whose presence in the plan adds an action.
 * Statements are drawn from client "profiles", so plans hold related needs.
 */
import { IMMIGRATION_STATUSES, SITES, AGE_BANDS, isEligible, type Eligibility } from '../../knowledge/domain/types.ts';
import { TrainingDataBuilder } from '../data/builder.ts';
import { buildCatalog } from '../data/catalog.ts';
import { dayFromIso, isoFromDay } from '../data/dates.ts';
import type { Catalog, PlanRecord, TrainingData } from '../data/types.ts';
import { seededRandom } from '../metrics/random.ts';

export interface SyntheticOptions {
  plans: number;
  statements?: number;
  actions?: number;
  categories?: number;
  seed?: number;
  startDate?: string;
  /** Plans are spread evenly over this many days. */
  days?: number;
  freeTextShare?: number;
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'zi', 'be', 'do', 'fu', 'ga', 'pe', 'si'];

/** A pronounceable pseudo-word per index, so texts share words only where planted. */
function word(i: number): string {
  let w = '';
  let n = i + SYLLABLES.length;
  while (n > 0) {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return `${w}x`;
}

export function syntheticCatalog(options: Omit<SyntheticOptions, 'plans'> = {}): Catalog {
  const nS = options.statements ?? 270;
  const nA = options.actions ?? 385;
  const nC = options.categories ?? 14;
  const random = seededRandom((options.seed ?? 1) * 7919);
  const categories = Array.from({ length: nC }, (_, c) => ({ id: `cat${c}`, label: `Category ${c}` }));
  const indicators = Array.from({ length: nC * 3 }, (_, i) => ({ id: `ind${i}`, categoryId: `cat${i % nC}` }));
  const statements = Array.from({ length: nS }, (_, s) => ({
    id: `s${s}`,
    indicatorId: `ind${s % (nC * 3)}`,
    text: `I need help with ${word(1000 + (s % nC))} ${word(s)}`,
  }));
  const actions = Array.from({ length: nA }, (_, a) => {
    let eligibility: Eligibility | undefined;
    const r = random();
    if (r < 0.05) eligibility = { minAge: 18 };
    else if (r < 0.1) eligibility = { immigrationStatuses: ['permanent_resident', 'protected_person'] };
    // Core actions of statement s are a ≡ s (mod nS) etc., so their texts carry the statement's word.
    return { id: `a${a}`, indicatorId: `ind${a % (nC * 3)}`, text: `Get support with ${word(a % nS)} ${word(2000 + a)}`, eligibility };
  });
  return buildCatalog({ categories, indicators, statements, actions });
}

/** Plans one by one (a generator, so 1M plans never sit in memory as objects). */
export function* syntheticPlans(catalog: Catalog, options: SyntheticOptions): Generator<PlanRecord> {
  const nS = catalog.statements.size;
  const nA = catalog.actions.size;
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const start = dayFromIso(options.startDate ?? '2021-01-01');
  const days = options.days ?? 1095;
  const freeTextShare = options.freeTextShare ?? 0.02;

  // A statement's core actions: those numbered like it, topped up from its indicator.
  const byIndicator = new Map<number, number[]>();
  for (let a = 0; a < nA; a++) {
    const i = catalog.actionIndicator[a];
    byIndicator.set(i, [...(byIndicator.get(i) ?? []), a]);
  }
  const core = Array.from({ length: nS }, (_, s) => {
    const own = [s, s + nS, s + 2 * nS].filter((a) => a < nA);
    const mates = byIndicator.get(catalog.statementIndicator[s]) ?? [];
    return [...own, ...mates.filter((a) => !own.includes(a)).slice(0, 4 - own.length)];
  });
  const statusAction = Array.from({ length: nS }, () => Math.floor(random() * nA));
  const statusOf = Array.from({ length: nS }, () => pick(IMMIGRATION_STATUSES));
  const partner = Array.from({ length: nS }, () => Math.floor(random() * nS));
  const partnerAction = Array.from({ length: nS }, () => Math.floor(random() * nA));
  const profiles = Array.from({ length: 25 }, () => Array.from({ length: 10 }, () => Math.floor(random() * nS)));
  const coreProbability = [0.85, 0.65, 0.45, 0.3];

  for (let p = 0; p < options.plans; p++) {
    const status = pick(IMMIGRATION_STATUSES);
    const ageBand = pick(AGE_BANDS);
    const household = 1 + Math.floor(random() * 6);
    const date = isoFromDay(start + Math.floor((p / Math.max(1, options.plans)) * days));
    const profile = pick(profiles);
    const count = 1 + Math.floor(random() * 6);
    const chosen = new Set<number>();
    for (let t = 0; t < count * 3 && chosen.size < count; t++) chosen.add(random() < 0.85 ? pick(profile) : Math.floor(random() * nS));
    const present = [...chosen];
    const statements = present.map((s, position) => {
      if (random() < freeTextShare) return { position, freeText: `Free text about ${catalog.statementTexts[s]}`, actionIds: [] };
      const actions = new Set<number>();
      core[s].forEach((a, i) => random() < coreProbability[i] && actions.add(a));
      if (status === statusOf[s] && random() < 0.6) actions.add(statusAction[s]);
      if (present.includes(partner[s]) && random() < 0.5) actions.add(partnerAction[s]);
      if (random() < 0.4) actions.add(Math.floor(random() * nA));
      const eligible = [...actions].filter((a) => isEligible(catalog.actionEligibility[a], ageBand, status));
      return { position, statementId: catalog.statements.ids[s], actionIds: eligible.map((a) => catalog.actions.ids[a]) };
    });
    yield {
      id: `p${String(p).padStart(8, '0')}`,
      date,
      context: {
        siteId: pick(SITES).id,
        ageBand,
        immigrationStatus: status,
        householdSize: household,
        children: Math.max(0, household - 2),
        languages: random() < 0.5 ? ['en'] : ['en', pick(['ar', 'fr', 'es', 'uk', 'fa', 'ti'])],
        arrivalDate: isoFromDay(start + Math.floor(random() * days) - 400),
      },
      statements,
    };
  }
}

export function syntheticData(options: SyntheticOptions): TrainingData {
  const catalog = syntheticCatalog(options);
  const builder = new TrainingDataBuilder(catalog);
  for (const plan of syntheticPlans(catalog, options)) builder.addPlan(plan);
  return builder.build();
}
