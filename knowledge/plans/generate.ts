/**
 * The synthetic plan generator. Pure and deterministic: the output depends only on the options,
 * each client is drawn from its own random stream (seed, client number), and batches are cut at
 * client boundaries, so the batch size never changes what is generated.
 */
import { chooseActions, isActive, pickAssessor, pickService, sampleActionStatus } from './assessor.ts';
import type { ClientContext, Period, Raised } from './context.ts';
import { isoFromDay, parseIsoDay } from './dates.ts';
import { emitStatements, needWeightsFor, revisit } from './needs.ts';
import { paraphraseStatement } from './paraphrase.ts';
import { sampleProfile } from './profile.ts';
import { deriveSeed, Rng } from './random.ts';
import { RATES } from './rates.ts';
import { NEEDS_PER_CLIENT, PLANS_PER_CLIENT } from './story.ts';
import type {
  AgencyRef,
  GeneratedAction,
  GeneratedClient,
  GeneratedPlan,
  GeneratedStatement,
  PlanBatch,
  PlanKnowledge,
  PlanStatus,
  ReferralService,
} from './types.ts';
import { BAND_INDEX, compileWorld, STATUS_INDEX, type Assessor, type World } from './world.ts';

export interface GeneratePlansOptions {
  /** How many plans to generate in total. */
  plans: number;
  /** Seed of the sampling; same seed, same plans. */
  seed: number;
  /** Last possible plan date, 'YYYY-MM-DD'. */
  endDate?: string;
  /** Length of the history before endDate. */
  years?: number;
  /** Seed of the hidden world (assessor habits, drift, site practice); defaults to `seed`. */
  worldSeed?: number;
  /** Plans per yielded batch (a batch always holds whole clients, so it may run slightly over). */
  batchSize?: number;
  knowledge: PlanKnowledge;
  directory: ReferralService[];
  agencies: AgencyRef[];
}

export const DEFAULT_END_DATE = '2026-10-31';
export const DEFAULT_YEARS = 4;

export function* generatePlans(options: GeneratePlansOptions): Generator<PlanBatch, void, undefined> {
  const { world, period } = prepare(options);
  const batchSize = options.batchSize ?? 1000;
  let produced = 0;
  let clientIndex = 0;
  let batch: PlanBatch = { clients: [], plans: [] };
  while (produced < options.plans) {
    const { client, plans } = sampleClient(world, period, options.seed, clientIndex, options.plans - produced, produced);
    clientIndex++;
    produced += plans.length;
    batch.clients.push(client);
    for (const plan of plans) batch.plans.push(plan);
    if (batch.plans.length >= batchSize) {
      yield batch;
      batch = { clients: [], plans: [] };
    }
  }
  if (batch.plans.length > 0) yield batch;
}

function prepare(options: GeneratePlansOptions): { world: World; period: Period } {
  if (!Number.isInteger(options.plans) || options.plans < 0) throw new Error(`plans must be a whole number >= 0, got ${options.plans}`);
  if (!Number.isInteger(options.seed)) throw new Error(`seed must be an integer, got ${options.seed}`);
  const years = options.years ?? DEFAULT_YEARS;
  if (!(years > 0 && years <= 50)) throw new Error(`years must be between 0 and 50, got ${years}`);
  const endDate = options.endDate ?? DEFAULT_END_DATE;
  const endDay = parseIsoDay(endDate);
  if (endDay === null) throw new Error(`endDate must be a date YYYY-MM-DD, got "${endDate}"`);
  if (options.agencies.length === 0) throw new Error('no agencies: load sites and agencies before generating plans');
  if (options.knowledge.statements.length === 0 || options.knowledge.actions.length === 0) {
    throw new Error('no statements or actions: import the taxonomy before generating plans');
  }
  if (options.knowledge.latentNeeds.length === 0) throw new Error('no latent needs: content/synthetic/latent-needs.json is empty');
  const spanDays = Math.round(years * 365.25);
  const world = compileWorld({
    knowledge: options.knowledge,
    directory: options.directory,
    agencies: options.agencies,
    worldSeed: options.worldSeed ?? options.seed,
    years,
  });
  return { world, period: { startDay: endDay - spanDays + 1, endDay, spanDays } };
}

function sampleClient(
  w: World,
  period: Period,
  seed: number,
  index: number,
  budget: number,
  plansBefore: number,
): { client: GeneratedClient; plans: GeneratedPlan[] } {
  const rng = new Rng(deriveSeed(seed, 'client', index));
  const { client, firstDay } = sampleProfile(rng, w, period, index);
  const { siteId: site, ageBand, immigrationStatus: status, agencyId } = client;

  // Re-assessments follow three to ten months apart; none falls after the end of the period.
  const wanted = Math.min(budget, Number(rng.weightedKey(PLANS_PER_CLIENT)));
  const days = [firstDay];
  while (days.length < wanted) {
    const next = days[days.length - 1] + 90 + Math.floor(-120 * Math.log(1 - rng.next()));
    if (next > period.endDay) break;
    days.push(next);
  }

  const bi = BAND_INDEX.get(ageBand)!;
  const si = STATUS_INDEX.get(status)!;
  const speaksFrench = client.languages.includes('fr');
  const needWeights = needWeightsFor(w, { site, si, bi, householdSize: client.householdSize, speaksFrench });
  let activeNeeds = rng.weightedSample(needWeights, Number(rng.weightedKey(NEEDS_PER_CLIENT)));
  for (const n of activeNeeds) needWeights[n] = 0;

  const ctx: ClientContext = { w, rng, site, bi, si, ageBand, status, francophone: speaksFrench };
  const staff = w.assessorsByAgency.get(agencyId)!;
  const plans: GeneratedPlan[] = [];
  let assessor: Assessor | undefined;
  let previous: Raised[] = [];

  days.forEach((day, k) => {
    const t = (day - period.startDay) / period.spanDays;
    const isLast = k === days.length - 1;
    const horizon = (isLast ? period.endDay : days[k + 1]) - day;
    if (!assessor || !isActive(assessor, t) || !rng.chance(RATES.sameAssessor)) assessor = pickAssessor(rng, staff, t);

    let raised: Raised[];
    if (k === 0) {
      raised = [];
      for (const n of activeNeeds) emitStatements(ctx, n, raised, 1);
    } else {
      ({ raised, activeNeeds } = revisit(ctx, previous, activeNeeds, needWeights));
    }
    if (rng.chance(RATES.rareStatement)) {
      const s = rng.int(0, w.statementIds.length - 1);
      if (!raised.some((r) => r.statement === s)) raised.push({ statement: s, need: -1 });
    }
    // One session only covers so much: the rest waits for the next plan (revisited statements come first).
    if (raised.length > RATES.maxStatementsPerPlan) raised = raised.slice(0, RATES.maxStatementsPerPlan);

    const planStatus: PlanStatus = !isLast
      ? 'closed'
      : period.endDay - day <= 14 && rng.chance(0.3)
        ? 'draft'
        : period.endDay - day < 365
          ? 'active'
          : 'closed';
    const paraphrased: Record<number, string> = {};
    const statements: GeneratedStatement[] = raised.map((r, i) => {
      const position = i + 1;
      const chosen = chooseActions(ctx, assessor!, r, t);
      const actions: GeneratedAction[] = chosen.map((ai) => ({
        actionId: w.actionIds[ai],
        referralServiceId: rng.chance(assessor!.referralRate) ? pickService(ctx, ai) : null,
        status: planStatus === 'draft' ? 'planned' : sampleActionStatus(rng, horizon),
      }));
      r.history = new Map(chosen.map((ai, j) => [ai, actions[j].status]));
      const freeText = rng.chance(assessor!.freeTextRate) ? paraphraseStatement(w.statementText[r.statement], rng) : null;
      if (freeText) paraphrased[position] = w.statementIds[r.statement];
      return { position, statementId: freeText ? null : w.statementIds[r.statement], freeText, actions };
    });
    previous = raised;

    plans.push({
      id: `syn-p${String(plansBefore + k + 1).padStart(7, '0')}`,
      clientId: client.id,
      agencyId,
      assessorId: assessor.id,
      createdOn: isoFromDay(day),
      status: planStatus,
      statements,
      truth: { needs: activeNeeds.map((n) => w.needs[n].id), paraphrased },
    });
  });
  return { client, plans };
}

/** The hidden structure behind a generation, for researchers checking what a model picked up. */
export function describeWorld(options: Omit<GeneratePlansOptions, 'plans'>) {
  const { world } = prepare({ ...options, plans: 0 });
  const ids = (list: number[]) => list.map((ai) => world.actionIds[ai]);
  const byKind = (kind: string) => ids([...world.drift].filter(([, k]) => k === kind).map(([ai]) => ai));
  const endDay = parseIsoDay(options.endDate ?? DEFAULT_END_DATE)!;
  const spanDays = Math.round((options.years ?? DEFAULT_YEARS) * 365.25);
  return {
    drift: {
      rising: byKind('rising'),
      fading: byKind('fading'),
      launched: byKind('launched'),
      launchedOn: isoFromDay(endDay - spanDays + 1 + Math.round(world.launchAt * spanDays)),
    },
    frenchActions: ids([...world.french.keys()].filter((ai) => world.french[ai] === 1)),
    assessors: [...world.assessorsByAgency.values()].flat().map((a) => ({
      id: a.id,
      propensity: Number(a.propensity.toFixed(3)),
      favourites: ids(a.favourites),
      referralRate: Number(a.referralRate.toFixed(3)),
      freeTextRate: Number(a.freeTextRate.toFixed(4)),
      activeFrom: Number(a.activeFrom.toFixed(3)),
      activeTo: Number(a.activeTo.toFixed(3)),
    })),
  };
}
