/**
 * Builds the fictional demo directory: npx tsx knowledge/content/directory/build-demo.ts
 *
 * Writes demo-directory.json next to this file, an HSDS 3.0-style document of clearly fictional
 * organizations across the seven demo sites (see README.md). The output depends only on the
 * seed, so every run produces the same bytes; a test checks the committed file against it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SITES, type Site } from '../../domain/types.ts';
import { seededRandom } from '../../plans/random.ts';
import {
  FRENCH_NAME_WORDS,
  GEOGRAPHY,
  NAME_WORDS,
  NEIGHBOURHOODS,
  ORGANIZATION_KINDS,
  SERVICES,
  STREETS,
  type Hours,
  type OrganizationKind,
  type OrganizationKindKey,
  type ServiceKey,
  type ServiceTemplate,
  type SiteGeography,
} from './demo-catalogue.ts';

export const DEMO_SEED = 20_240_917;
export const DEMO_OUTPUT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo-directory.json');

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    // Seeded, so the output never depends on Math.random.
    this.next = seededRandom(seed);
  }
  float(): number {
    return this.next();
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
  /** `count` distinct items, earlier items more likely (weight 1 / (index + 1)). */
  favourEarly<T>(items: readonly T[], count: number): T[] {
    const pool = items.map((item, i) => ({ item, weight: 1 / (i + 1) }));
    const chosen: T[] = [];
    while (chosen.length < count && pool.length) {
      let r = this.next() * pool.reduce((s, p) => s + p.weight, 0);
      let k = 0;
      while (k < pool.length - 1 && (r -= pool[k].weight) > 0) k++;
      chosen.push(pool[k].item);
      pool.splice(k, 1);
    }
    return chosen;
  }
}

// ---- HSDS shapes written to the file (a subset of HSDS 3.0 plus category_id and site_id) ----

interface HsdsPhone {
  id: string;
  number: string;
  type: string;
  description: string;
}
interface HsdsSchedule {
  id: string;
  freq: 'WEEKLY';
  byday: string;
  opens_at: string;
  closes_at: string;
  description: string;
}
/** HSDS gives a language an id and name too; the code alone is what the directory keeps. */
interface HsdsLanguage {
  code: string;
}
interface HsdsServiceArea {
  id: string;
  name: string;
}
interface HsdsEligibility {
  id: string;
  kind: 'immigration_status';
  value: string;
}
interface HsdsService {
  id: string;
  organization_id: string;
  program_id?: string;
  name: string;
  description: string;
  url: string;
  status: 'active';
  application_process: string;
  fees_description: string;
  eligibility_description: string;
  minimum_age?: number;
  maximum_age?: number;
  category_id: string;
  phones: HsdsPhone[];
  schedules: HsdsSchedule[];
  languages: HsdsLanguage[];
  service_areas: HsdsServiceArea[];
  eligibility: HsdsEligibility[];
  service_at_locations: { id: string; location_id: string }[];
}
interface HsdsLocation {
  id: string;
  location_type: 'physical';
  organization_id: string;
  name: string;
  description: string;
  latitude: number;
  longitude: number;
  site_id: string;
  addresses: {
    id: string;
    address_1: string;
    city: string;
    state_province: string;
    postal_code: string;
    country: string;
    address_type: 'physical';
  }[];
}
interface HsdsOrganization {
  id: string;
  name: string;
  alternate_name?: string;
  description: string;
  email: string;
  website: string;
  phones: HsdsPhone[];
  locations: HsdsLocation[];
  programs: { id: string; organization_id: string; name: string; description: string }[];
  services: HsdsService[];
}
export interface DemoDirectory {
  meta: { demo: true; note: string; generator: string; seed: number; format: string };
  organizations: HsdsOrganization[];
}

// ---- building blocks ----

function fill(text: string, geo: SiteGeography): string {
  return text.replaceAll('{city}', geo.city).replaceAll('{region}', geo.region);
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Numbers in the 555-01xx range, which North American numbering reserves for fiction. */
class PhoneBook {
  private readonly free = new Map<string, string[]>();
  constructor(private readonly rng: Random) {}
  take(areaCodes: string[]): string {
    const key = areaCodes.join('/');
    if (!this.free.has(key)) {
      const all = areaCodes.flatMap((area) => Array.from({ length: 100 }, (_, i) => `${area}-555-01${String(i).padStart(2, '0')}`));
      this.free.set(key, this.rng.shuffle(all));
    }
    const number = this.free.get(key)!.pop();
    if (!number) throw new Error(`out of fictional phone numbers for ${key}`);
    return number;
  }
}

/** A point on land near the site centre: bearing within the site's range, distance up to maxKm. */
function nearby(rng: Random, site: Site, geo: SiteGeography): { latitude: number; longitude: number } {
  const [from, to] = geo.bearings;
  const bearing = ((from + rng.float() * (to - from)) * Math.PI) / 180;
  const km = 0.3 + Math.sqrt(rng.float()) * (geo.maxKm - 0.3);
  const latitude = site.latitude + (km * Math.cos(bearing)) / 111.32;
  const longitude = site.longitude + (km * Math.sin(bearing)) / (111.32 * Math.cos((site.latitude * Math.PI) / 180));
  return { latitude: Number(latitude.toFixed(5)), longitude: Number(longitude.toFixed(5)) };
}

/** A postal code with the site's real prefix but a D in the last three characters: no real code has one. */
function fakePostalCode(rng: Random, geo: SiteGeography): string {
  return `${rng.pick(geo.fsas)} ${rng.int(1, 9)}D${rng.int(0, 9)}`;
}

const WEEKDAYS = 'MO,TU,WE,TH,FR';

function schedules(rng: Random, hours: Hours, serviceId: string): HsdsSchedule[] {
  const rows: Omit<HsdsSchedule, 'id' | 'freq'>[] = [];
  const add = (byday: string, opens_at: string, closes_at: string, description: string) => rows.push({ byday, opens_at, closes_at, description });
  switch (hours) {
    case 'office': {
      const [open, close] = rng.pick([['09:00', '17:00'], ['08:30', '16:30'], ['09:00', '16:30']] as const);
      add(WEEKDAYS, open, close, 'Weekday office hours');
      if (rng.chance(0.35)) add(rng.pick(['TU', 'WE', 'TH']), '17:00', '20:00', 'Evening appointments');
      if (rng.chance(0.2)) add('SA', '10:00', '14:00', 'Saturday hours');
      break;
    }
    case 'classes':
      add('MO,TU,WE,TH', '09:00', '15:00', 'Daytime classes');
      if (rng.chance(0.5)) add('TU,TH', '18:00', '21:00', 'Evening classes');
      if (rng.chance(0.3)) add('SA', '09:30', '12:30', 'Saturday morning classes');
      break;
    case 'clinic':
      add(WEEKDAYS, '08:30', '17:00', 'Clinic hours');
      if (rng.chance(0.5)) add(rng.pick(['TU', 'WE', 'TH']), '17:00', '20:00', 'Evening clinic');
      if (rng.chance(0.15)) add('SA', '09:00', '13:00', 'Saturday clinic');
      break;
    case 'food': {
      const days = rng.shuffle(['TU', 'WE', 'TH', 'FR']).slice(0, 2);
      const order = ['TU', 'WE', 'TH', 'FR'];
      add(days.sort((a, b) => order.indexOf(a) - order.indexOf(b)).join(','), '10:00', '15:00', 'Grocery pick-up');
      if (rng.chance(0.3)) add('TH', '17:00', '19:30', 'Evening pick-up for people who work days');
      if (rng.chance(0.5)) add('SA', '09:30', '12:30', 'Saturday pick-up');
      break;
    }
    case 'youth':
      add(WEEKDAYS, '15:00', '20:00', 'After school');
      if (rng.chance(0.5)) add('SA', '12:00', '17:00', 'Saturday afternoon');
      break;
    case 'seniors':
      add(rng.pick(['TU,TH', 'MO,WE', 'TU,WE,TH']), '10:00', '14:00', 'Daytime program');
      break;
    case 'always':
      add('MO,TU,WE,TH,FR,SA,SU', '00:00', '23:59', 'Open 24 hours a day, every day');
      break;
    case 'workshop':
      add(rng.pick(['MO', 'TU', 'WE', 'TH']), '13:00', '15:30', 'Afternoon session');
      if (rng.chance(0.6)) add(rng.pick(['TU', 'WE', 'TH']), '18:00', '20:30', 'Evening session');
      if (rng.chance(0.35)) add('SA', '10:00', '12:30', 'Saturday session');
      break;
    case 'dropin':
      add(rng.pick(['MO,WE,FR', 'TU,TH', 'MO,TU,WE,TH,FR']), rng.pick(['10:00', '11:00', '13:00']), rng.pick(['15:00', '16:00']), 'Drop-in hours');
      if (rng.chance(0.3)) add('SA', '10:00', '13:00', 'Saturday drop-in');
      break;
  }
  return rows.map((r, i) => ({ id: `${serviceId}-h${i + 1}`, freq: 'WEEKLY', ...r }));
}

function languages(rng: Random, template: ServiceTemplate, siteId: string, geo: SiteGeography, francophone: boolean): HsdsLanguage[] {
  const codes = francophone ? ['fr', 'en'] : ['en'];
  const frenchChance = siteId === 'ottawa' ? 0.6 : siteId === 'pembroke' ? 0.4 : 0.1;
  if (!francophone && rng.chance(frenchChance)) codes.push('fr');
  const [lo, hi] = template.languages;
  codes.push(...rng.favourEarly(geo.languages, rng.int(lo, hi)));
  return codes.map((code) => ({ code }));
}

function eligibility(rng: Random, template: ServiceTemplate, geo: SiteGeography, serviceId: string): { rows: HsdsEligibility[]; text: string } {
  const statuses: string[] = [];
  const sentences: string[] = [];
  switch (template.funding) {
    case 'ircc': {
      statuses.push('permanent_resident', 'protected_person');
      const cuaet = rng.chance(0.75);
      if (cuaet) statuses.push('cuaet');
      sentences.push(
        template.eligibility ? fill(template.eligibility, geo) : 'Permanent residents and protected persons, including resettled refugees.',
        ...(cuaet ? ['Ukrainians who came to Canada under CUAET are also eligible.'] : []),
        'Funded by Immigration, Refugees and Citizenship Canada; Canadian citizens are not eligible.',
      );
      break;
    }
    case 'claimant':
      statuses.push('refugee_claimant');
      sentences.push(fill(template.eligibility ?? 'Refugee claimants.', geo));
      break;
    case 'worker':
      statuses.push('temporary_worker');
      sentences.push(fill(template.eligibility ?? 'Temporary foreign workers.', geo));
      break;
    case 'open':
      sentences.push(template.eligibility ? fill(template.eligibility, geo) : `Open to everyone in ${geo.region}, whatever their immigration status.`);
      break;
  }
  const { minAge, maxAge } = template as { minAge?: number; maxAge?: number };
  if (minAge !== undefined && maxAge !== undefined) sentences.push(`Ages ${minAge} to ${maxAge}.`);
  else if (minAge !== undefined) sentences.push(`Ages ${minAge} and over.`);
  else if (maxAge !== undefined) sentences.push(`Up to age ${maxAge}.`);
  return {
    rows: statuses.map((value, i) => ({ id: `${serviceId}-e${i + 1}`, kind: 'immigration_status', value })),
    text: sentences.join(' '),
  };
}

interface NameState {
  used: Set<string>;
  words: string[];
  frenchWords: string[];
}

function organizationName(rng: Random, kind: OrganizationKind, names: NameState): string {
  for (;;) {
    const noun = rng.pick(kind.nouns);
    const name = kind.francophone
      ? `${noun} ${names.frenchWords.pop() ?? rng.pick(FRENCH_NAME_WORDS)}`
      : `${names.words.pop() ?? rng.pick(NAME_WORDS)} ${noun}`;
    if (!names.used.has(name)) {
      names.used.add(name);
      return `${name} (demo)`;
    }
  }
}

function initials(name: string): string | undefined {
  const words = name.replace(' (demo)', '').split(/\s+/).filter((w) => /^[A-Z]/.test(w));
  return words.length >= 3 ? words.map((w) => w[0]).join('') : undefined;
}

function buildOrganization(
  rng: Random,
  site: Site,
  geo: SiteGeography,
  kindKey: OrganizationKindKey,
  index: number,
  phones: PhoneBook,
  names: NameState,
): HsdsOrganization {
  const kind: OrganizationKind = ORGANIZATION_KINDS[kindKey];
  const id = `demo-${site.id}-${String(index).padStart(2, '0')}`;
  const name = organizationName(rng, kind, names);
  const domain = `${slug(name.replace(' (demo)', ''))}.example.org`;
  const website = `https://${domain}`;
  const shortName = name.replace(' (demo)', '');

  const locations: HsdsLocation[] = [];
  const locationCount = rng.chance(0.3) ? 2 : 1;
  for (let l = 1; l <= locationCount; l++) {
    const locationId = `${id}-l${l}`;
    const neighbourhood = rng.pick(NEIGHBOURHOODS);
    locations.push({
      id: locationId,
      location_type: 'physical',
      organization_id: id,
      name: l === 1 ? `${shortName} — main office` : `${shortName} — ${neighbourhood} site`,
      description: l === 1 ? `Main office in ${geo.city}.` : `Satellite site serving the ${neighbourhood.toLowerCase()} of ${geo.city}.`,
      ...nearby(rng, site, geo),
      site_id: site.id,
      addresses: [
        {
          id: `${locationId}-addr`,
          address_1: `${rng.int(12, 2980)} ${rng.pick(STREETS)}`,
          city: geo.city,
          state_province: 'ON',
          postal_code: fakePostalCode(rng, geo),
          country: 'CA',
          address_type: 'physical',
        },
      ],
    });
  }

  const serviceKeys: ServiceKey[] = [...kind.core, ...kind.optional.filter(() => rng.chance(kind.optionalChance))];
  const programId = `${id}-prog1`;
  const services: HsdsService[] = serviceKeys.map((key, s) => {
    const template: ServiceTemplate = SERVICES[key];
    const serviceId = `${id}-s${s + 1}`;
    const { rows, text } = eligibility(rng, template, geo, serviceId);
    const servicePhones: HsdsPhone[] = [];
    if (template.ownPhone) {
      servicePhones.push({ id: `${serviceId}-p1`, number: phones.take(geo.areaCodes), type: 'voice', description: 'Answered 24 hours a day, 7 days a week.' });
    } else if (rng.chance(0.25)) {
      servicePhones.push({ id: `${serviceId}-p1`, number: phones.take(geo.areaCodes), type: 'voice', description: `Direct line for ${template.name}.` });
    }
    const atLocations = locations.filter((_, l) => l === 0 || rng.chance(0.5));
    const { minAge, maxAge, fees } = template as { minAge?: number; maxAge?: number; fees?: string };
    return {
      id: serviceId,
      organization_id: id,
      ...(kind.program && template.funding === 'ircc' ? { program_id: programId } : {}),
      name: template.name,
      description: fill(template.description, geo),
      url: `${website}/${slug(template.name)}`,
      status: 'active',
      application_process: template.application,
      fees_description: fees ?? 'Free',
      eligibility_description: text,
      ...(minAge !== undefined ? { minimum_age: minAge } : {}),
      ...(maxAge !== undefined ? { maximum_age: maxAge } : {}),
      category_id: template.category,
      phones: servicePhones,
      schedules: schedules(rng, template.hours, serviceId),
      languages: languages(rng, template, site.id, geo, kind.francophone === true),
      service_areas: [{ id: `${serviceId}-area`, name: geo.region }],
      eligibility: rows,
      service_at_locations: atLocations.map((loc) => ({ id: `${serviceId}-at-${loc.id.slice(id.length + 1)}`, location_id: loc.id })),
    };
  });

  const alternate = rng.chance(0.4) ? initials(name) : undefined;
  return {
    id,
    name,
    ...(alternate ? { alternate_name: alternate } : {}),
    description: fill(kind.description, geo),
    email: `info@${domain}`,
    website,
    phones: [{ id: `${id}-p1`, number: phones.take(geo.areaCodes), type: 'voice', description: 'Main reception.' }],
    locations,
    programs: services.some((s) => s.program_id) && kind.program ? [{ id: programId, organization_id: id, ...kind.program }] : [],
    services,
  };
}

/** The whole demo directory for a seed. Pure: the same seed always gives the same document. */
export function buildDemoDirectory(seed: number = DEMO_SEED): DemoDirectory {
  const rng = new Random(seed);
  const phones = new PhoneBook(rng);
  const names: NameState = { used: new Set(), words: rng.shuffle(NAME_WORDS), frenchWords: rng.shuffle(FRENCH_NAME_WORDS) };
  const organizations: HsdsOrganization[] = [];
  for (const site of SITES) {
    const geo = GEOGRAPHY[site.id];
    const kinds: OrganizationKindKey[] = [];
    for (const [kind, count] of Object.entries(geo.kinds) as [OrganizationKindKey, number][]) for (let i = 0; i < count; i++) kinds.push(kind);
    kinds.push(...rng.shuffle(geo.extras).slice(0, geo.extraCount));
    kinds.forEach((kind, i) => organizations.push(buildOrganization(rng, site, geo, kind, i + 1, phones, names)));
  }
  return {
    meta: {
      demo: true,
      note:
        'Fictional organizations for demonstration only. Every name, address, postal code (the letter D never occurs in real Canadian postal codes), phone number (555-01xx, reserved for fiction) and email or website (example.org) is invented. Do not contact them or refer clients to them.',
      generator: 'knowledge/content/directory/build-demo.ts',
      seed,
      format: 'HSDS 3.0 (subset) with the extension fields category_id (service), site_id (location) and eligibility (service); see README.md',
    },
    organizations,
  };
}

/** The file's exact text: pretty-printed JSON with a final newline. */
export function renderDemoDirectory(seed: number = DEMO_SEED): string {
  return `${JSON.stringify(buildDemoDirectory(seed), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = renderDemoDirectory();
  writeFileSync(DEMO_OUTPUT, text);
  const doc = JSON.parse(text) as DemoDirectory;
  const services = doc.organizations.reduce((n, o) => n + o.services.length, 0);
  console.log(`wrote ${path.relative(process.cwd(), DEMO_OUTPUT)}: ${doc.organizations.length} organizations, ${services} services`);
}
