/**
 * A directory service → one searchable document: what it is, who runs it, who may use it, in which
 * languages, when, where and how to reach it, plus the structured fields the filters use.
 */
import type { Citation, OpeningHours, SearchDoc, Weekday } from './types.ts';

/** A service as read from the directory tables, already joined. */
export interface ServiceRecord {
  id: string;
  name: string;
  description: string;
  url: string | null;
  feesDescription: string | null;
  applicationProcess: string | null;
  eligibilityDescription: string | null;
  minAge: number | null;
  maxAge: number | null;
  categoryId: string | null;
  organization: { id: string; name: string; url: string | null };
  locations: { address: string | null; city: string | null; province: string | null; postalCode: string | null; siteId: string | null }[];
  languages: string[];
  immigrationStatuses: string[];
  schedule: OpeningHours[];
  phones: string[];
  areas: string[];
  /** Language the directory entry is written in (default English). */
  textLanguage?: string;
}

export const WEEK: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const DAY_NAMES: Record<Weekday, string> = { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' };

const englishNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

const labels = new Map<string, string>();

/** "Spanish (español)": the English name helps English questions, the language's own name helps the others. */
export function languageLabel(code: string): string {
  let label = labels.get(code);
  if (label === undefined) labels.set(code, (label = computeLanguageLabel(code)));
  return label;
}

function computeLanguageLabel(code: string): string {
  let english = code;
  let own = code;
  try {
    english = englishNames.of(code) ?? code;
    own = new Intl.DisplayNames([code], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    // Not a valid BCP 47 tag: show the code as given.
  }
  return own && own !== english && own !== code ? `${english} (${own})` : english;
}

/** Opening hours grouped by identical times: "Mon–Fri 08:30–16:30; Thu 17:00–20:00". */
export function formatHours(rows: readonly OpeningHours[]): string {
  const byTimes = new Map<string, Set<Weekday>>();
  for (const r of rows) {
    const key = `${r.opens}–${r.closes}`;
    if (!byTimes.has(key)) byTimes.set(key, new Set());
    byTimes.get(key)!.add(r.day);
  }
  const parts: string[] = [];
  for (const [times, days] of byTimes) {
    const idx = WEEK.map((d, i) => (days.has(d) ? i : -1)).filter((i) => i >= 0);
    const runs: string[] = [];
    for (let i = 0; i < idx.length; ) {
      let j = i;
      while (j + 1 < idx.length && idx[j + 1] === idx[j] + 1) j++;
      runs.push(j - i >= 2 ? `${DAY_NAMES[WEEK[idx[i]]]}–${DAY_NAMES[WEEK[idx[j]]]}` : idx.slice(i, j + 1).map((k) => DAY_NAMES[WEEK[k]]).join(', '));
      i = j + 1;
    }
    parts.push(`${runs.join(', ')} ${times === '00:00–23:59' ? '24 hours' : times}`);
  }
  return parts.join('; ');
}

function ageLine(min: number | null, max: number | null): string | null {
  if (min !== null && max !== null) return `Ages ${min} to ${max}`;
  if (min !== null) return `Ages ${min} and over`;
  if (max !== null) return `Ages up to ${max}`;
  return null;
}

function addressLine(l: ServiceRecord['locations'][number]): string | null {
  const cityLine = [l.city, [l.province, l.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const full = [l.address, cityLine].filter(Boolean).join(', ');
  return full || null;
}

export function serviceDocument(s: ServiceRecord): SearchDoc {
  const addresses = [...new Set(s.locations.map(addressLine).filter((a): a is string => a !== null))];
  const languages = [...new Set(s.languages.map((l) => l.toLowerCase()))];
  const lines = [
    `Organization: ${s.organization.name}`,
    s.description,
    s.eligibilityDescription ? `Who can use it: ${s.eligibilityDescription}` : null,
    ageLine(s.minAge, s.maxAge),
    s.feesDescription ? `Fees: ${s.feesDescription}` : null,
    s.applicationProcess ? `How to apply: ${s.applicationProcess}` : null,
    languages.length ? `Languages: ${languages.map(languageLabel).join(', ')}` : null,
    s.schedule.length ? `Hours: ${formatHours(s.schedule)}` : null,
    addresses.length ? `Address: ${addresses.join('; ')}` : null,
    s.areas.length ? `Area served: ${s.areas.join('; ')}` : null,
    s.phones.length ? `Phone: ${s.phones.join(', ')}` : null,
  ].filter((l): l is string => !!l && l.trim().length > 0);
  const citations: Citation[] = [];
  if (s.url) citations.push({ title: s.name, url: s.url });
  if (s.organization.url) citations.push({ title: s.organization.name, url: s.organization.url });
  return {
    id: `service:${s.id}`,
    kind: 'service',
    sourceId: s.id,
    // The language the entry is written in; the languages a service is *offered* in are a facet.
    language: s.textLanguage ?? 'en',
    title: s.name,
    heading: s.organization.name,
    text: lines.join('\n'),
    citations,
    service: {
      serviceId: s.id,
      organizationId: s.organization.id,
      organizationName: s.organization.name,
      categoryId: s.categoryId,
      sites: [...new Set(s.locations.map((l) => l.siteId).filter((x): x is string => !!x))],
      cities: [...new Set(s.locations.map((l) => l.city).filter((x): x is string => !!x))],
      languages,
      minAge: s.minAge,
      maxAge: s.maxAge,
      immigrationStatuses: [...new Set(s.immigrationStatuses)],
      schedule: s.schedule.map((r) => ({ ...r })),
      phones: s.phones,
      addresses,
    },
  };
}
