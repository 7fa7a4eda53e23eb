/** Deterministic, stratified calibration/test split of the labeled question set. */
import { createHash } from 'node:crypto';
import type { Split } from './types.ts';

export const CALIBRATION_SHARE = 0.4;

interface Splittable {
  id: string;
  language: string;
  expected: string;
}

/**
 * Within each (language, expected) stratum, orders questions by a hash of their id and puts the
 * first n × share of them into `calibration`. The fractional part of n × share becomes one more
 * calibration question with that probability, decided by a hash of the stratum's name: plain
 * rounding would send every 1-question stratum (a language's only "thanks") to `test` and skew
 * the small intents. Hashing (not file order) keeps a question's split unchanged when others are
 * added, except in its own stratum.
 */
export function assignSplits(items: Splittable[], share = CALIBRATION_SHARE): Map<string, Split> {
  if (!(share >= 0 && share <= 1)) throw new RangeError(`calibration share must be in [0, 1], got ${share}`);
  const strata = new Map<string, Splittable[]>();
  for (const item of items) {
    const key = `${item.language}|${item.expected}`;
    const group = strata.get(key) ?? [];
    group.push(item);
    strata.set(key, group);
  }
  const splits = new Map<string, Split>();
  for (const group of strata.values()) {
    const ordered = [...group].sort((x, y) => compare(hashId(x.id), hashId(y.id)) || compare(x.id, y.id));
    const target = ordered.length * share;
    const calibrationCount = Math.floor(target) + (unitInterval(`${group[0].language}|${group[0].expected}`) < target - Math.floor(target) ? 1 : 0);
    ordered.forEach((item, i) => splits.set(item.id, i < calibrationCount ? 'calibration' : 'test'));
  }
  return splits;
}

function hashId(id: string): string {
  return createHash('sha256').update(`wayfinder-questions:${id}`).digest('hex');
}

/** A deterministic number in [0, 1) from a string. */
function unitInterval(key: string): number {
  return parseInt(hashId(key).slice(0, 8), 16) / 2 ** 32;
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
