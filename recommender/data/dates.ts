/**
 * Dates as whole days since 1970-01-01 (UTC), so plan dates fit an Int32Array and compare and
 * subtract as integers. NO_DAY marks a missing date (e.g. an unknown arrival date).
 */

const DAY_MS = 86_400_000;

/** The "no date" sentinel: the smallest int32, far outside any real day number. */
export const NO_DAY = -2_147_483_648;

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Day number of a calendar date 'YYYY-MM-DD' (a longer ISO timestamp is cut to its date);
 * NO_DAY for null, undefined or ''. Throws on anything that is not a real date.
 */
export function dayFromIso(iso: string | null | undefined): number {
  if (iso === null || iso === undefined || iso === '') return NO_DAY;
  if (iso.length >= 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const y = digits(iso, 0, 4);
    const m = digits(iso, 5, 7);
    const d = digits(iso, 8, 10);
    if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
      const back = new Date(0);
      back.setUTCFullYear(y, m - 1, d); // unlike Date.UTC, keeps years 0–99 as they are
      const ms = back.getTime();
      // 2023-02-30 rolls over to March: such a date is not real.
      if (back.getUTCDate() === d && back.getUTCMonth() === m - 1) return ms / DAY_MS;
    }
  }
  throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
}

/** 'YYYY-MM-DD' of a day number. NO_DAY has no date and throws. */
export function isoFromDay(day: number): string {
  if (day === NO_DAY || !Number.isInteger(day)) throw new RangeError(`not a day number: ${day}`);
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
