import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Queryable } from '../db/types.ts';
import { SITES } from '../domain/types.ts';

export interface Agency {
  id: string;
  name: string;
  siteId: string;
}

export const DEMO_AGENCIES_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'content', 'agencies.json');

export function readDemoAgencies(): Agency[] {
  return JSON.parse(readFileSync(DEMO_AGENCIES_FILE, 'utf8')) as Agency[];
}

/** Upserts the seven demo sites and the demo agencies that serve them. */
export async function upsertSitesAndAgencies(db: Queryable, agencies: Agency[] = readDemoAgencies()): Promise<void> {
  await db.query(
    `INSERT INTO site (id, name, province, latitude, longitude)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[])
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, province = EXCLUDED.province,
       latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude`,
    [SITES.map((s) => s.id), SITES.map((s) => s.name), SITES.map((s) => s.province), SITES.map((s) => s.latitude), SITES.map((s) => s.longitude)],
  );
  await db.query(
    `INSERT INTO agency (id, name, site_id)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, site_id = EXCLUDED.site_id`,
    [agencies.map((a) => a.id), agencies.map((a) => a.name), agencies.map((a) => a.siteId)],
  );
}
