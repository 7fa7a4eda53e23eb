/** What an assessor does with a statement: which actions, which referrals, and what became of them. */
import type { ClientContext, Raised } from './context.ts';
import { RATES } from './rates.ts';
import type { Rng } from './random.ts';
import type { ActionStatus } from './types.ts';
import { driftFactor, type Assessor } from './world.ts';

export function isActive(a: Assessor, t: number): boolean {
  return t >= a.activeFrom && t <= a.activeTo;
}

export function pickAssessor(rng: Rng, staff: Assessor[], t: number): Assessor {
  const active = staff.filter((a) => isActive(a, t));
  return rng.pick(active.length ? active : staff);
}

/** Weight of re-attaching an action given what became of it last time. */
const HISTORY_FACTOR: Record<ActionStatus, number> = { done: 0.15, dropped: 0.3, in_progress: 1.5, planned: 1.2 };

export function chooseActions(ctx: ClientContext, assessor: Assessor, r: Raised, t: number): number[] {
  const { w, rng, site, bi, si, francophone } = ctx;
  const { actions, weights } = w.candidates[r.statement];
  const siteFactor = w.siteFactor.get(site)!;
  const available = (ai: number) => w.eligible[ai * 49 + bi * 7 + si] === 1 && driftFactor(w.drift.get(ai), t, w.launchAt) > 0;

  const now = new Array<number>(actions.length);
  for (let j = 0; j < actions.length; j++) {
    const ai = actions[j];
    if (w.eligible[ai * 49 + bi * 7 + si] === 0) {
      now[j] = 0;
      continue;
    }
    const past = r.history?.get(ai);
    now[j] =
      weights[j] *
      w.prominence[ai] *
      siteFactor[ai] *
      driftFactor(w.drift.get(ai), t, w.launchAt) *
      (assessor.favourites.includes(ai) ? RATES.favouriteBoost : 1) *
      (francophone && w.french[ai] ? RATES.francophoneBoost : 1) *
      (past ? HISTORY_FACTOR[past] : 1);
  }
  // The assessor reaches for an action `draws` times, each time in proportion to the weights; picking
  // the same one twice adds nothing. Unlike drawing without replacement, a short list does not force
  // its weakest actions in, so rarely chosen actions stay rare.
  const draws = Math.min(RATES.maxActionsPerStatement, 1 + rng.poisson(RATES.extraActions * assessor.propensity));
  const chosen: number[] = [];
  for (let d = 0; d < draws; d++) {
    const j = rng.weightedIndex(now);
    if (j < 0) break;
    if (!chosen.includes(actions[j])) chosen.push(actions[j]);
  }

  const category = w.statementCategory[r.statement];
  if (rng.chance(RATES.habit)) {
    const habits = assessor.favourites.filter((ai) => w.actionCategory[ai] === category && available(ai) && !chosen.includes(ai));
    if (habits.length) chosen.push(rng.pick(habits));
  }
  let pool: number[] | undefined;
  const samePool = () => (pool ??= (w.actionsByCategory.get(category) ?? []).filter(available));
  const noisePick = (options: number[]) => options[rng.weightedIndex(options.map((ai) => w.noiseWeight[ai]))];
  for (let i = 0; i < chosen.length; i++) {
    if (!rng.chance(RATES.noise)) continue;
    const options = samePool().filter((ai) => !chosen.includes(ai));
    if (options.length) chosen[i] = noisePick(options);
  }
  // A statement the library has no eligible suggestion for still gets something half the time.
  if (chosen.length === 0 && samePool().length && rng.chance(0.5)) chosen.push(noisePick(samePool()));
  if (rng.chance(RATES.strayAction)) {
    const ai = rng.weightedIndex(w.noiseWeight);
    if (available(ai) && !chosen.includes(ai)) chosen.push(ai);
  }
  return chosen;
}

/** A referral to an active service of the action's category at the client's site that admits the client. */
export function pickService(ctx: ClientContext, action: number): string | null {
  const { ids, weights } = ctx.w.services.eligibleFor(ctx.site, ctx.w.actionCategory[action], ctx.ageBand, ctx.status);
  const i = ctx.rng.weightedIndex(weights);
  return i < 0 ? null : ids[i];
}

/** What became of an action by the next plan (or the end of the period), `horizon` days later. */
export function sampleActionStatus(rng: Rng, horizon: number): ActionStatus {
  const u = rng.next();
  if (horizon < 30) return u < 0.75 ? 'planned' : 'in_progress';
  if (horizon < 120) return u < 0.25 ? 'planned' : u < 0.7 ? 'in_progress' : u < 0.95 ? 'done' : 'dropped';
  if (horizon < 365) return u < 0.08 ? 'planned' : u < 0.33 ? 'in_progress' : u < 0.88 ? 'done' : 'dropped';
  return u < 0.02 ? 'planned' : u < 0.1 ? 'in_progress' : u < 0.82 ? 'done' : 'dropped';
}
