import type { Queryable } from '../db/types.ts';

export interface ContentCounts {
  categories: number;
  indicators: number;
  statements: number;
  actions: number;
  articles: number;
  articlesByLanguage: Record<string, number>;
  organizations: number;
  services: number;
  locations: number;
  sites: number;
  agencies: number;
  clients: number;
  plans: number;
}

/** How much content the database holds, for /health and the CLIs' summaries. One round trip. */
export async function contentCounts(db: Queryable): Promise<ContentCounts> {
  const { rows } = await db.query<Omit<ContentCounts, 'articlesByLanguage'> & { by_language: Record<string, number> | null }>(`
    SELECT
      (SELECT count(*) FROM category)::int AS categories,
      (SELECT count(*) FROM indicator)::int AS indicators,
      (SELECT count(*) FROM driving_statement)::int AS statements,
      (SELECT count(*) FROM action)::int AS actions,
      (SELECT count(*) FROM article)::int AS articles,
      (SELECT jsonb_object_agg(language, n) FROM (SELECT language, count(*)::int AS n FROM article GROUP BY language) l) AS by_language,
      (SELECT count(*) FROM organization)::int AS organizations,
      (SELECT count(*) FROM service)::int AS services,
      (SELECT count(*) FROM location)::int AS locations,
      (SELECT count(*) FROM site)::int AS sites,
      (SELECT count(*) FROM agency)::int AS agencies,
      (SELECT count(*) FROM client)::int AS clients,
      (SELECT count(*) FROM plan)::int AS plans`);
  const { by_language, ...counts } = rows[0];
  return { ...counts, articlesByLanguage: by_language ?? {} };
}
