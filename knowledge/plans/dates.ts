/** Dates as whole days since 1970-01-01 (UTC): cheap to add, compare and sample. */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a 'YYYY-MM-DD' date, or null when it is not a real calendar date. */
export function parseIsoDay(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

export function isoFromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Month of the year, 0 = January. */
export function monthOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCMonth();
}

/** Fractional calendar year, e.g. 2024.5 for early July 2024. */
export function yearFraction(day: number): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() + d.getUTCMonth() / 12;
}
