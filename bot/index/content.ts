/**
 * Reads the content to index from the system of record: articles (chunked) and active directory
 * services (one document each). Returns documents grouped by source, so an update can replace one
 * article or one service as a whole.
 */
import type { Queryable } from '../../knowledge/db/types.ts';
import { SITES } from '../../knowledge/domain/types.ts';
import { chunkArticle, type ChunkOptions } from './chunk-article.ts';
import { serviceDocument, type ServiceRecord } from './service-document.ts';
import type { SourceDocs } from './search-index.ts';
import { articleSourceId, type OpeningHours, type Weekday } from './types.ts';

interface ArticleRow {
  slug: string;
  language: string;
  translation_group: string;
  title: string;
  category_id: string | null;
  body: string;
  sources: { title: string; url: string }[] | string;
}

/** Article chunks; with `only`, just that article (an empty list when it no longer exists). */
export async function readArticleSources(
  db: Queryable,
  only?: { slug: string; language: string },
  chunking: Partial<ChunkOptions> = {},
): Promise<SourceDocs[]> {
  const { rows } = await db.query<ArticleRow>(
    `SELECT slug, language, translation_group, title, category_id, body, sources
       FROM article
      WHERE ($1::text IS NULL OR (slug = $1 AND language = $2))
      ORDER BY language, slug`,
    [only?.slug ?? null, only?.language ?? null],
  );
  const out: SourceDocs[] = [];
  for (const r of rows) {
    const sources = typeof r.sources === 'string' ? JSON.parse(r.sources) : r.sources;
    const docs = await chunkArticle(
      { slug: r.slug, language: r.language, translationGroup: r.translation_group, title: r.title, category: r.category_id, body: r.body, sources },
      chunking,
    );
    out.push({ kind: 'article', sourceId: articleSourceId(r.language, r.slug), docs });
  }
  return out;
}

interface ServiceRow {
  id: string;
  name: string;
  description: string;
  url: string | null;
  fees_description: string | null;
  application_process: string | null;
  eligibility_description: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  category_id: string | null;
  organization_id: string;
  organization_name: string;
  organization_url: string | null;
}

const SITE_BY_CITY = new Map(SITES.flatMap((s) => [[s.name.toLowerCase(), s.id], [s.id, s.id]] as [string, string][]));
SITE_BY_CITY.set('chatham', 'chatham');

function group<T extends { key: string }>(rows: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    if (!m.has(r.key)) m.set(r.key, []);
    m.get(r.key)!.push(r);
  }
  return m;
}

/**
 * One document per active service; with `ids`, only those (inactive or missing ones are left out,
 * so the caller removes them from the index).
 */
export async function readServiceSources(db: Queryable, ids?: string[]): Promise<SourceDocs[]> {
  const filter = ids ?? null;
  const services = (
    await db.query<ServiceRow>(
      `SELECT s.id, s.name, s.description, s.url, s.fees_description, s.application_process, s.eligibility_description,
              s.minimum_age, s.maximum_age, s.category_id,
              o.id AS organization_id, o.name AS organization_name, o.website AS organization_url
         FROM service s JOIN organization o ON o.id = s.organization_id
        WHERE s.status = 'active' AND ($1::text[] IS NULL OR s.id = ANY($1::text[]))
        ORDER BY s.id`,
      [filter],
    )
  ).rows;
  if (services.length === 0) return [];
  const serviceIds = services.map((s) => s.id);
  const orgIds = [...new Set(services.map((s) => s.organization_id))];

  type LocRow = { key: string; address_1: string | null; city: string | null; state_province: string | null; postal_code: string | null; site_id: string | null };
  const locations = group(
    (
      await db.query<LocRow>(
        `SELECT sal.service_id AS key, l.address_1, l.city, l.state_province, l.postal_code, l.site_id
           FROM service_at_location sal JOIN location l ON l.id = sal.location_id
          WHERE sal.service_id = ANY($1::text[]) ORDER BY l.id`,
        [serviceIds],
      )
    ).rows,
  );
  // A service listed without its own locations is delivered at its organization's.
  const orgLocations = group(
    (
      await db.query<LocRow>(
        `SELECT organization_id AS key, address_1, city, state_province, postal_code, site_id
           FROM location WHERE organization_id = ANY($1::text[]) ORDER BY id`,
        [orgIds],
      )
    ).rows,
  );
  const languages = group(
    (await db.query<{ key: string; language: string }>(`SELECT service_id AS key, language FROM service_language WHERE service_id = ANY($1::text[]) ORDER BY language`, [serviceIds])).rows,
  );
  const statuses = group(
    (
      await db.query<{ key: string; value: string }>(
        `SELECT service_id AS key, value FROM eligibility WHERE kind = 'immigration_status' AND service_id = ANY($1::text[]) ORDER BY value`,
        [serviceIds],
      )
    ).rows,
  );
  const schedules = group(
    (
      await db.query<{ key: string; byday: Weekday; opens: string; closes: string }>(
        `SELECT service_id AS key, byday, substr(opens_at::text, 1, 5) AS opens, substr(closes_at::text, 1, 5) AS closes
           FROM schedule WHERE service_id = ANY($1::text[])
          ORDER BY array_position(ARRAY['MO','TU','WE','TH','FR','SA','SU'], byday), opens_at`,
        [serviceIds],
      )
    ).rows,
  );
  type PhoneRow = { key: string; service_id: string | null; location_id: string | null; number: string; extension: string | null };
  const phoneRows = (
    await db.query<PhoneRow>(
      `SELECT coalesce(service_id, organization_id) AS key, service_id, location_id, number, extension
         FROM phone WHERE service_id = ANY($1::text[]) OR (service_id IS NULL AND organization_id = ANY($2::text[]))
        ORDER BY id`,
      [serviceIds, orgIds],
    )
  ).rows;
  const servicePhones = group(phoneRows.filter((p) => p.service_id !== null));
  const orgPhones = group(phoneRows.filter((p) => p.service_id === null));
  const areas = group(
    (await db.query<{ key: string; name: string }>(`SELECT service_id AS key, name FROM service_area WHERE service_id = ANY($1::text[]) ORDER BY id`, [serviceIds])).rows,
  );

  return services.map((s) => {
    const locs = locations.get(s.id) ?? orgLocations.get(s.organization_id) ?? [];
    const phones = servicePhones.get(s.id) ?? orgPhones.get(s.organization_id) ?? [];
    const record: ServiceRecord = {
      id: s.id,
      name: s.name,
      description: s.description,
      url: s.url,
      feesDescription: s.fees_description,
      applicationProcess: s.application_process,
      eligibilityDescription: s.eligibility_description,
      minAge: s.minimum_age,
      maxAge: s.maximum_age,
      categoryId: s.category_id,
      organization: { id: s.organization_id, name: s.organization_name, url: s.organization_url },
      locations: locs.map((l) => ({
        address: l.address_1,
        city: l.city,
        province: l.state_province,
        postalCode: l.postal_code,
        siteId: l.site_id ?? (l.city ? SITE_BY_CITY.get(l.city.toLowerCase()) ?? null : null),
      })),
      languages: (languages.get(s.id) ?? []).map((l) => l.language),
      immigrationStatuses: (statuses.get(s.id) ?? []).map((e) => e.value),
      schedule: (schedules.get(s.id) ?? []).map((r): OpeningHours => ({ day: r.byday, opens: r.opens, closes: r.closes })),
      phones: phones.map((p) => (p.extension ? `${p.number} ext. ${p.extension}` : p.number)),
      areas: (areas.get(s.id) ?? []).map((a) => a.name),
    };
    return { kind: 'service' as const, sourceId: s.id, docs: [serviceDocument(record)] };
  });
}
