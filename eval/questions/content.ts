/** What the question set may point at: article translation groups and directory services. */
import { readFileSync } from 'node:fs';
import { DEFAULT_ARTICLES_DIR, DEMO_DIRECTORY_FILE, readArticleFolder } from '../../knowledge/index.ts';

export interface DirectoryService {
  id: string;
  name: string;
  site: string;
  /** Immigration statuses the service is limited to; empty means open to everyone. */
  statuses: string[];
  minAge?: number;
  maxAge?: number;
  languages: string[];
}

export interface ContentCatalogue {
  /** translation group → languages it is written in */
  articleGroups: Map<string, string[]>;
  services: Map<string, DirectoryService>;
}

interface HsdsDocument {
  organizations: {
    locations: { id: string; site_id?: string }[];
    services: {
      id: string;
      name: string;
      minimum_age?: number;
      maximum_age?: number;
      languages?: { code: string }[];
      eligibility?: { kind: string; value: string }[];
      service_at_locations?: { location_id: string }[];
    }[];
  }[];
}

export function readContentCatalogue(articlesDir = DEFAULT_ARTICLES_DIR, directoryFile = DEMO_DIRECTORY_FILE): ContentCatalogue {
  const articleGroups = new Map<string, string[]>();
  for (const article of readArticleFolder(articlesDir)) {
    const group = article.translationGroup;
    articleGroups.set(group, [...(articleGroups.get(group) ?? []), article.language]);
  }
  const doc = JSON.parse(readFileSync(directoryFile, 'utf8')) as HsdsDocument;
  const services = new Map<string, DirectoryService>();
  for (const org of doc.organizations) {
    const siteOfLocation = new Map(org.locations.map((l) => [l.id, l.site_id]));
    for (const s of org.services) {
      const sites = new Set((s.service_at_locations ?? []).map((sal) => siteOfLocation.get(sal.location_id)).filter(Boolean));
      // A question's site picks services by location; a service offered in two sites would need both.
      if (sites.size !== 1) throw new Error(`service ${s.id} is at ${sites.size} sites; the question set expects exactly one`);
      services.set(s.id, {
        id: s.id,
        name: s.name,
        site: [...sites][0] as string,
        statuses: (s.eligibility ?? []).filter((e) => e.kind === 'immigration_status').map((e) => e.value),
        minAge: s.minimum_age,
        maxAge: s.maximum_age,
        languages: (s.languages ?? []).map((l) => l.code),
      });
    }
  }
  return { articleGroups, services };
}

/** Can someone with this profile use the service? Unknown age or status never excludes. */
export function serviceFitsProfile(service: DirectoryService, profile: { age?: number; immigrationStatus?: string }): boolean {
  if (profile.immigrationStatus && service.statuses.length > 0 && !service.statuses.includes(profile.immigrationStatus)) return false;
  if (profile.age !== undefined) {
    if (service.minAge !== undefined && profile.age < service.minAge) return false;
    if (service.maxAge !== undefined && profile.age > service.maxAge) return false;
  }
  return true;
}
