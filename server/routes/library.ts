import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Db, Queryable } from '../../knowledge/db/index.ts';
import { AGE_BANDS, IMMIGRATION_STATUSES, SITES, ageBandRange, isEligible, type AgeBand, type ImmigrationStatus } from '../../knowledge/domain/types.ts';
import { requireRole } from '../auth/plugin.ts';

/**
 * What an assessor searches while building a plan: the driving-statement and action libraries
 * (GET /api/library/statements, /api/library/actions) and the service directory for referrals
 * (GET /api/directory/services). Read-only, assessor role.
 */

export const LIBRARY_LANGUAGES = ['en', 'fr'] as const;
export type LibraryLanguage = (typeof LIBRARY_LANGUAGES)[number];

/** Query strings arrive as text (the app does not coerce types), so numbers are checked by pattern. */
const limitParam = { type: 'string', pattern: '^[0-9]{1,3}$' } as const;
const qParam = { type: 'string', maxLength: 200 } as const;
const languageParam = { type: 'string', enum: [...LIBRARY_LANGUAGES] } as const;

export function sendError(reply: FastifyReply, status: number, error: string, message: string) {
  return reply.code(status).send({ error, message });
}

export function parseLimit(value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  return Math.max(1, Math.min(max, Number(value)));
}

/** The words of a search, each of which must appear; LIKE wildcards in them are taken literally. */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  return q
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 8)
    .map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/** `(expr ILIKE $n AND …)` for each term, with its parameters appended to `params`. */
function allTermsMatch(expr: string, terms: string[], params: unknown[]): string {
  if (terms.length === 0) return 'TRUE';
  return terms
    .map((t) => {
      params.push(t);
      return `${expr} ILIKE $${params.length}`;
    })
    .join(' AND ');
}

/** A translated jsonb label in the language asked for, English when that translation is missing. */
export function inLanguage(label: Record<string, string> | null | undefined, language: string): string {
  if (!label) return '';
  return label[language] ?? label.en ?? '';
}

export interface ServiceEligibility {
  minAge: number | null;
  maxAge: number | null;
  /** Only these statuses; null means everyone. */
  immigrationStatuses: string[] | null;
}

export interface ServiceSummary {
  id: string;
  name: string;
  organization: string;
  description: string;
  eligibilityDescription: string | null;
  eligibility: ServiceEligibility;
  /** For the client described by the search (status, age), null when neither was given. */
  eligible: boolean | null;
  languages: string[];
  hours: { day: string; opens: string; closes: string }[];
  phones: string[];
  addresses: { line: string; city: string | null; site: string | null }[];
  url: string | null;
}

export interface ClientFilter {
  immigrationStatus?: ImmigrationStatus;
  /** Exact age, or a band that must overlap the service's range. */
  age?: number;
  ageBand?: AgeBand;
}

/** Is a client eligible for a service with this eligibility? Age bands need only overlap the range. */
export function serviceEligible(e: ServiceEligibility, client: ClientFilter): boolean {
  if (client.immigrationStatus && e.immigrationStatuses && !e.immigrationStatuses.includes(client.immigrationStatus)) return false;
  const [lo, hi] = client.age !== undefined ? [client.age, client.age] : client.ageBand ? ageBandRange(client.ageBand) : [undefined, undefined];
  if (lo !== undefined && hi !== undefined) {
    if (e.minAge !== null && hi < e.minAge) return false;
    if (e.maxAge !== null && lo > e.maxAge) return false;
  }
  return true;
}

const DAY_ORDER = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Directory services with the facts a referral needs, for the given ids, in the order given. */
export async function loadServices(db: Queryable, ids: string[], client: ClientFilter): Promise<ServiceSummary[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<{
    id: string;
    name: string;
    organization: string;
    description: string;
    eligibility_description: string | null;
    minimum_age: number | null;
    maximum_age: number | null;
    url: string | null;
    statuses: string[] | null;
    languages: string[] | null;
    hours: { day: string; opens: string; closes: string }[] | null;
    phones: string[] | null;
    addresses: { line: string; city: string | null; site: string | null }[] | null;
  }>(
    `SELECT s.id, s.name, o.name AS organization, s.description, s.eligibility_description, s.minimum_age, s.maximum_age,
            coalesce(s.url, o.website) AS url,
            (SELECT array_agg(e.value ORDER BY e.value) FROM eligibility e WHERE e.service_id = s.id AND e.kind = 'immigration_status') AS statuses,
            (SELECT array_agg(l.language ORDER BY l.language) FROM service_language l WHERE l.service_id = s.id) AS languages,
            (SELECT json_agg(json_build_object('day', h.byday, 'opens', to_char(h.opens_at, 'HH24:MI'), 'closes', to_char(h.closes_at, 'HH24:MI')))
               FROM schedule h WHERE h.service_id = s.id) AS hours,
            (SELECT array_agg(p.number ORDER BY p.id) FROM phone p WHERE p.service_id = s.id OR (p.service_id IS NULL AND p.organization_id = s.organization_id)) AS phones,
            (SELECT json_agg(json_build_object('line', loc.address_1, 'city', loc.city, 'site', loc.site_id))
               FROM service_at_location sal JOIN location loc ON loc.id = sal.location_id WHERE sal.service_id = s.id) AS addresses
       FROM service s JOIN organization o ON o.id = s.organization_id
      WHERE s.id = ANY($1::text[])`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const described = client.immigrationStatus !== undefined || client.age !== undefined || client.ageBand !== undefined;
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const eligibility: ServiceEligibility = { minAge: r.minimum_age, maxAge: r.maximum_age, immigrationStatuses: r.statuses };
    const hours = (r.hours ?? []).sort((a, b) => DAY_ORDER.indexOf(a.day) - DAY_ORDER.indexOf(b.day) || a.opens.localeCompare(b.opens));
    return [
      {
        id: r.id,
        name: r.name,
        organization: r.organization,
        description: r.description,
        eligibilityDescription: r.eligibility_description,
        eligibility,
        eligible: described ? serviceEligible(eligibility, client) : null,
        languages: r.languages ?? [],
        hours,
        phones: [...new Set(r.phones ?? [])],
        addresses: (r.addresses ?? []).filter((a) => a.line),
        url: r.url,
      },
    ];
  });
}

export interface ServiceSearch extends ClientFilter {
  q?: string;
  site?: string;
  /** A language the service is offered in. */
  language?: string;
  limit: number;
}

/** Active services matching every word of q, at the site, in the language, open to the client. */
export async function searchServices(db: Queryable, search: ServiceSearch): Promise<ServiceSummary[]> {
  const params: unknown[] = [];
  const where = [`s.status = 'active'`, allTermsMatch(`(s.name || ' ' || s.description || ' ' || o.name)`, searchTerms(search.q), params)];
  if (search.site) {
    params.push(search.site);
    where.push(`EXISTS (SELECT 1 FROM service_at_location sal JOIN location l ON l.id = sal.location_id WHERE sal.service_id = s.id AND l.site_id = $${params.length})`);
  }
  if (search.language) {
    params.push(search.language);
    where.push(`EXISTS (SELECT 1 FROM service_language sl WHERE sl.service_id = s.id AND sl.language = $${params.length})`);
  }
  if (search.immigrationStatus) {
    params.push(search.immigrationStatus);
    where.push(
      `(NOT EXISTS (SELECT 1 FROM eligibility e WHERE e.service_id = s.id AND e.kind = 'immigration_status')
        OR EXISTS (SELECT 1 FROM eligibility e WHERE e.service_id = s.id AND e.kind = 'immigration_status' AND e.value = $${params.length}))`,
    );
  }
  const [lo, hi] = search.age !== undefined ? [search.age, search.age] : search.ageBand ? ageBandRange(search.ageBand) : [undefined, undefined];
  if (lo !== undefined && hi !== undefined) {
    params.push(hi, lo);
    where.push(`(s.minimum_age IS NULL OR s.minimum_age <= $${params.length - 1}) AND (s.maximum_age IS NULL OR s.maximum_age >= $${params.length})`);
  }
  params.push(search.limit);
  const { rows } = await db.query<{ id: string }>(
    `SELECT s.id FROM service s JOIN organization o ON o.id = s.organization_id
      WHERE ${where.join(' AND ')}
      ORDER BY s.name, s.id LIMIT $${params.length}`,
    params,
  );
  return loadServices(
    db,
    rows.map((r) => r.id),
    search,
  );
}

export interface ActionEligibility {
  minAge: number | null;
  maxAge: number | null;
  immigrationStatuses: string[] | null;
}

/** Does a client (age band, status) fit an action's eligibility? */
export function actionEligible(e: ActionEligibility, ageBand: AgeBand, status: ImmigrationStatus): boolean {
  return isEligible(
    {
      minAge: e.minAge ?? undefined,
      maxAge: e.maxAge ?? undefined,
      immigrationStatuses: (e.immigrationStatuses as ImmigrationStatus[] | null) ?? undefined,
    },
    ageBand,
    status,
  );
}

export async function libraryRoutes(app: FastifyInstance, opts: { db: Db }) {
  const assessor = requireRole(opts.db, 'assessor');

  app.get(
    '/api/library/statements',
    {
      preHandler: assessor,
      schema: { querystring: { type: 'object', additionalProperties: false, properties: { q: qParam, language: languageParam, limit: limitParam } } },
    },
    async (request) => {
      const query = request.query as { q?: string; language?: LibraryLanguage; limit?: string };
      const language = query.language ?? 'en';
      const params: unknown[] = [];
      // `language` is one of LIBRARY_LANGUAGES (checked by the schema), so it can be written into the SQL.
      const match = allTermsMatch(`coalesce(d.text->>'${language}', d.text->>'en')`, searchTerms(query.q), params);
      params.push(parseLimit(query.limit, 20, 100));
      const { rows } = await opts.db.query<{ id: string; text: Record<string, string>; indicator: Record<string, string>; category: Record<string, string> }>(
        `SELECT d.id, d.text, i.label AS indicator, c.label AS category
           FROM driving_statement d JOIN indicator i ON i.id = d.indicator_id JOIN category c ON c.id = i.category_id
          WHERE ${match}
          ORDER BY c.position, i.position, d.id LIMIT $${params.length}`,
        params,
      );
      return {
        statements: rows.map((r) => ({ id: r.id, text: inLanguage(r.text, language), indicator: inLanguage(r.indicator, language), category: inLanguage(r.category, language) })),
      };
    },
  );

  app.get(
    '/api/library/actions',
    {
      preHandler: assessor,
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            q: qParam,
            language: languageParam,
            limit: limitParam,
            ageBand: { type: 'string', enum: [...AGE_BANDS] },
            immigrationStatus: { type: 'string', enum: [...IMMIGRATION_STATUSES] },
          },
        },
      },
    },
    async (request) => {
      const query = request.query as { q?: string; language?: LibraryLanguage; limit?: string; ageBand?: AgeBand; immigrationStatus?: ImmigrationStatus };
      const language = query.language ?? 'en';
      const params: unknown[] = [];
      const match = allTermsMatch(`coalesce(a.text->>'${language}', a.text->>'en')`, searchTerms(query.q), params);
      params.push(parseLimit(query.limit, 20, 100));
      const { rows } = await opts.db.query<{
        id: string;
        text: Record<string, string>;
        indicator: Record<string, string>;
        min_age: number | null;
        max_age: number | null;
        immigration_statuses: string[] | null;
      }>(
        `SELECT a.id, a.text, i.label AS indicator, a.min_age, a.max_age, a.immigration_statuses
           FROM action a JOIN indicator i ON i.id = a.indicator_id JOIN category c ON c.id = i.category_id
          WHERE ${match}
          ORDER BY c.position, i.position, a.id LIMIT $${params.length}`,
        params,
      );
      const client = query.ageBand && query.immigrationStatus ? { ageBand: query.ageBand, status: query.immigrationStatus } : null;
      return {
        actions: rows.map((r) => {
          const eligibility = { minAge: r.min_age, maxAge: r.max_age, immigrationStatuses: r.immigration_statuses };
          return {
            id: r.id,
            title: inLanguage(r.text, language),
            indicator: inLanguage(r.indicator, language),
            eligibility,
            eligible: client ? actionEligible(eligibility, client.ageBand, client.status) : null,
          };
        }),
      };
    },
  );

  app.get(
    '/api/directory/services',
    {
      preHandler: assessor,
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            q: qParam,
            site: { type: 'string', enum: SITES.map((s) => s.id) },
            language: { type: 'string', pattern: '^[a-z]{2,3}$' },
            immigrationStatus: { type: 'string', enum: [...IMMIGRATION_STATUSES] },
            age: { type: 'string', pattern: '^[0-9]{1,3}$' },
            ageBand: { type: 'string', enum: [...AGE_BANDS] },
            limit: limitParam,
          },
        },
      },
    },
    async (request, reply) => {
      const query = request.query as { q?: string; site?: string; language?: string; immigrationStatus?: ImmigrationStatus; age?: string; ageBand?: AgeBand; limit?: string };
      if (query.age !== undefined && query.ageBand !== undefined) return sendError(reply, 400, 'invalid_request', 'give age or ageBand, not both');
      const services = await searchServices(opts.db, {
        q: query.q,
        site: query.site,
        language: query.language,
        immigrationStatus: query.immigrationStatus,
        age: query.age === undefined ? undefined : Number(query.age),
        ageBand: query.ageBand,
        limit: parseLimit(query.limit, 20, 100),
      });
      return { services };
    },
  );
}
