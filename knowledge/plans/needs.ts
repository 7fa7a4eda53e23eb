/** Latent needs: which a client has, the statements they make the client raise, and what comes back later. */
import type { ClientContext, Raised } from './context.ts';
import { RATES } from './rates.ts';
import type { World } from './world.ts';

/**
 * How likely each latent need is for this client. A client no need fits exactly (say a 65-year-old
 * living alone when every senior need assumes a family) still has needs: the household condition
 * is relaxed first, then age, then everything.
 */
export function needWeightsFor(
  w: World,
  c: { site: string; si: number; bi: number; householdSize: number; speaksFrench: boolean },
): number[] {
  const weigh = (useHousehold: boolean, useAge: boolean) =>
    w.needs.map((n) => {
      if (useHousehold && (c.householdSize < n.householdMin || c.householdSize > n.householdMax)) return 0;
      const local = n.siteWeight ? (n.siteWeight.get(c.site) ?? 0) : 1;
      const language = n.francophone ? (c.speaksFrench ? RATES.francophoneNeedBoost : RATES.francophoneNeedOthers) : 1;
      return n.statusWeight[c.si] * (useAge ? n.ageWeight[c.bi] : 1) * local * language;
    });
  for (const [useHousehold, useAge] of [
    [true, true],
    [false, true],
    [false, false],
  ]) {
    const weights = weigh(useHousehold, useAge);
    if (weights.some((x) => x > 0)) return weights;
  }
  return w.needs.map(() => 1);
}

/** Adds the statements a need makes the client raise; at least its most likely one. */
export function emitStatements(ctx: ClientContext, need: number, raised: Raised[], scale: number): void {
  const n = ctx.w.needs[need];
  let emitted = 0;
  n.statements.forEach((s, j) => {
    if (ctx.rng.chance(n.probabilities[j] * scale) && !raised.some((r) => r.statement === s)) {
      raised.push({ statement: s, need });
      emitted++;
    }
  });
  if (emitted === 0 && scale === 1 && n.statements.length > 0) {
    let best = 0;
    for (let j = 1; j < n.statements.length; j++) if (n.probabilities[j] > n.probabilities[best]) best = j;
    if (!raised.some((r) => r.statement === n.statements[best])) raised.push({ statement: n.statements[best], need });
  }
}

/** A re-assessment: unresolved needs come back with their statements and action history; new needs may appear. */
export function revisit(
  ctx: ClientContext,
  previous: Raised[],
  needs: number[],
  needWeights: number[],
): { raised: Raised[]; activeNeeds: number[] } {
  const { rng } = ctx;
  const carried = needs.filter(() => rng.chance(RATES.needCarriedOver));
  const raised: Raised[] = [];
  for (const r of previous) {
    if (r.need >= 0 && carried.includes(r.need) && rng.chance(RATES.statementRevisited)) {
      raised.push({ statement: r.statement, need: r.need, history: r.history });
    }
  }
  for (const n of carried) emitStatements(ctx, n, raised, 0.3);
  const activeNeeds = [...carried];
  if (rng.chance(RATES.newNeed) || raised.length === 0) {
    const n = rng.weightedIndex(needWeights);
    if (n >= 0) {
      needWeights[n] = 0;
      activeNeeds.push(n);
      emitStatements(ctx, n, raised, 1);
    }
  }
  if (raised.length === 0) {
    // Every need was resolved and no new one fits: the client comes back about the last open item.
    const last = previous[previous.length - 1];
    raised.push({ statement: last.statement, need: last.need, history: last.history });
    if (last.need >= 0 && !activeNeeds.includes(last.need)) activeNeeds.push(last.need);
  }
  return { raised, activeNeeds };
}
