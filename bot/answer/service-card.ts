/** A service search document → the card shown under an answer, hours in the newcomer's language. */
import { intlLocale, uiLanguageOrDefault } from '../i18n/index.ts';
import type { OpeningHours, SearchDoc, Weekday } from '../index/types.ts';
import { DIRECTORY_TIME_ZONE, isOpenAt, type Clock } from '../retrieval/open-now.ts';
import type { ServiceCard } from './types.ts';

const WEEK: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
// 2024-01-01 was a Monday: day i of the week is January 1 + i (noon UTC keeps it the same day in Canada).
const REFERENCE_DAY = (i: number) => new Date(Date.UTC(2024, 0, 1 + i, 12));

const dayNames = new Map<string, string[]>();
function shortDayNames(language: string): string[] {
  const locale = intlLocale(uiLanguageOrDefault(language));
  let names = dayNames.get(locale);
  if (!names) {
    const f = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    names = WEEK.map((_, i) => f.format(REFERENCE_DAY(i)));
    dayNames.set(locale, names);
  }
  return names;
}

/** Opening hours grouped by identical times, day names localized: "Mon–Fri 08:30–16:30; Thu 17:00–20:00". */
export function localizedHours(rows: readonly OpeningHours[], language: string): string {
  const names = shortDayNames(language);
  const byTimes = new Map<string, Set<number>>();
  for (const r of rows) {
    const key = `${r.opens}–${r.closes}`;
    if (!byTimes.has(key)) byTimes.set(key, new Set());
    byTimes.get(key)!.add(WEEK.indexOf(r.day));
  }
  const parts: string[] = [];
  for (const [times, days] of byTimes) {
    const idx = [...days].filter((i) => i >= 0).sort((a, b) => a - b);
    const runs: string[] = [];
    for (let i = 0; i < idx.length; ) {
      let j = i;
      while (j + 1 < idx.length && idx[j + 1] === idx[j] + 1) j++;
      runs.push(j - i >= 2 ? `${names[idx[i]]}–${names[idx[j]]}` : idx.slice(i, j + 1).map((k) => names[k]).join(', '));
      i = j + 1;
    }
    parts.push(`${runs.join(', ')} ${times === '00:00–23:59' ? '24/7' : times}`);
  }
  return parts.join('; ');
}

/** The "Who can use it" and age lines of a service document (written by bot/index/service-document.ts). */
function eligibilityLines(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const who = /^Who can use it: (.+)$/.exec(line);
    if (who) out.push(who[1].trim());
    else if (/^Ages (\d+ to \d+|\d+ and over|up to \d+)$/.test(line)) out.push(line.trim());
  }
  return out;
}

export class NotAServiceError extends TypeError {
  constructor(id: string) {
    super(`document ${id} is not a directory service`);
    this.name = 'NotAServiceError';
  }
}

export function serviceCard(doc: SearchDoc, options: { language: string; clock: Clock; timeZone?: string }): ServiceCard {
  const s = doc.service;
  if (doc.kind !== 'service' || !s) throw new NotAServiceError(doc.id);
  const url = doc.citations[0]?.url;
  return {
    serviceId: s.serviceId,
    name: doc.title,
    organization: s.organizationName,
    ...(url ? { url } : {}),
    phones: [...s.phones],
    addresses: [...s.addresses],
    ...(s.schedule.length ? { hours: localizedHours(s.schedule, options.language) } : {}),
    languages: [...s.languages],
    eligibility: eligibilityLines(doc.text),
    openNow: s.schedule.length ? isOpenAt(s.schedule, options.clock(), options.timeZone ?? DIRECTORY_TIME_ZONE) : null,
  };
}
