/** What the search index holds: article chunks and directory services as one kind of searchable document. */

export type DocKind = 'article' | 'service';

export const DOC_KINDS: readonly DocKind[] = ['article', 'service'];

/** A link the answer can cite. */
export interface Citation {
  title: string;
  url: string;
}

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

/** One opening-hours row, times as "HH:MM" local time. `closes` ≤ `opens` means it runs past midnight. */
export interface OpeningHours {
  day: Weekday;
  opens: string;
  closes: string;
}

/** The structured service fields the filters need (city, language offered, eligibility, open now). */
export interface ServiceFacets {
  serviceId: string;
  organizationId: string;
  organizationName: string;
  categoryId: string | null;
  /** Demo-region site ids of the service's locations (windsor, ottawa, …). */
  sites: string[];
  cities: string[];
  /** Languages the service is offered in (ISO 639 codes, lower case). */
  languages: string[];
  minAge: number | null;
  maxAge: number | null;
  /** Immigration statuses the service is limited to; empty means no restriction. */
  immigrationStatuses: string[];
  schedule: OpeningHours[];
  phones: string[];
  addresses: string[];
}

export interface ArticleFacets {
  slug: string;
  translationGroup: string;
  category: string | null;
  /** Position of the chunk in the article, from 0. */
  chunkIndex: number;
  /** Every heading the chunk covers (several when short sections were merged). */
  headings: string[];
}

/** One searchable unit: an article chunk or a whole service. */
export interface SearchDoc {
  /** Unique and stable: "article:en/health-card-ohip#2", "service:demo-windsor-01-s1". */
  id: string;
  kind: DocKind;
  /** The thing it comes from: "en/health-card-ohip" (language/slug) or the service id. */
  sourceId: string;
  /** Language the text is written in (ISO 639-1). */
  language: string;
  title: string;
  /** The section the chunk belongs to (article), or the organization (service). */
  heading: string;
  text: string;
  citations: Citation[];
  article?: ArticleFacets;
  service?: ServiceFacets;
}

/**
 * The text that is analysed and embedded. The title makes every chunk say what it is about; the
 * chunk text already starts with its section heading(s), and a service's text names its organization.
 */
export function searchableText(doc: Pick<SearchDoc, 'title' | 'text'>): string {
  return `${doc.title}\n${doc.text}`;
}

export function sourceKey(kind: DocKind, sourceId: string): string {
  return `${kind}:${sourceId}`;
}

export function articleSourceId(language: string, slug: string): string {
  return `${language}/${slug}`;
}
