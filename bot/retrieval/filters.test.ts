import { describe, expect, it } from 'vitest';
import type { SearchDoc, ServiceFacets } from '../index/types.ts';
import { SearchError } from './errors.ts';
import { documentFilter, hasFilters } from './filters.ts';

function service(id: string, facets: Partial<ServiceFacets>): SearchDoc {
  return {
    id: `service:${id}`,
    kind: 'service',
    sourceId: id,
    language: 'en',
    title: id,
    heading: 'Org',
    text: '',
    citations: [],
    service: {
      serviceId: id,
      organizationId: 'org',
      organizationName: 'Org',
      categoryId: null,
      sites: ['windsor'],
      cities: ['Windsor'],
      languages: ['en'],
      minAge: null,
      maxAge: null,
      immigrationStatuses: [],
      schedule: [],
      phones: [],
      addresses: [],
      ...facets,
    },
  };
}

const article = (language: string): SearchDoc => ({ id: `article:${language}/a#0`, kind: 'article', sourceId: `${language}/a`, language, title: 'A', heading: 'A', text: '', citations: [] });

describe('documentFilter', () => {
  it('is absent when nothing is asked', () => {
    expect(documentFilter(undefined)).toBeUndefined();
    expect(documentFilter({ openNow: false, kinds: [] })).toBeUndefined();
    expect(hasFilters({ site: 'windsor' })).toBe(true);
  });

  it('lets articles through service filters, but not past article languages or kinds', () => {
    expect(documentFilter({ site: 'ottawa', serviceLanguage: 'ar', age: 70, openNow: true })!(article('en'))).toBe(true);
    expect(documentFilter({ articleLanguages: ['fr', 'ar'] })!(article('en'))).toBe(false);
    expect(documentFilter({ articleLanguages: ['fr-CA'] })!(article('fr'))).toBe(true);
    expect(documentFilter({ kinds: ['service'] })!(article('en'))).toBe(false);
  });

  it('treats Filipino/Tagalog and Persian/Dari codes as the same language', () => {
    expect(documentFilter({ serviceLanguage: 'tl' })!(service('s', { languages: ['en', 'fil'] }))).toBe(true);
    expect(documentFilter({ serviceLanguage: 'fa' })!(service('s', { languages: ['prs'] }))).toBe(true);
    expect(documentFilter({ serviceLanguage: 'ar' })!(service('s', { languages: ['en'] }))).toBe(false);
  });

  it('checks eligibility: statuses listed or open to all, age ranges by overlap', () => {
    const restricted = service('r', { immigrationStatuses: ['permanent_resident'] });
    expect(documentFilter({ immigrationStatus: 'refugee_claimant' })!(restricted)).toBe(false);
    expect(documentFilter({ immigrationStatus: 'permanent_resident' })!(restricted)).toBe(true);
    expect(documentFilter({ immigrationStatus: 'refugee_claimant' })!(service('open', {}))).toBe(true);
    const youth = service('y', { minAge: 12, maxAge: 24 });
    expect(documentFilter({ age: 30 })!(youth)).toBe(false);
    expect(documentFilter({ age: 12 })!(youth)).toBe(true);
    expect(documentFilter({ age: '25-34' })!(youth)).toBe(false);
    expect(documentFilter({ age: '18-24' })!(youth)).toBe(true);
  });

  it('leaves out services without opening hours when asked for open now', () => {
    const clock = () => new Date('2026-01-05T15:00:00Z'); // Monday 10:00 in Toronto
    expect(documentFilter({ openNow: true }, { clock })!(service('none', { schedule: [] }))).toBe(false);
    expect(documentFilter({ openNow: true }, { clock })!(service('mon', { schedule: [{ day: 'MO', opens: '09:00', closes: '17:00' }] }))).toBe(true);
  });

  it('refuses filters that cannot be right', () => {
    expect(() => documentFilter({ age: -1 })).toThrow(SearchError);
    expect(() => documentFilter({ age: '30-40' as never })).toThrow(/age band/);
    expect(() => documentFilter({ serviceLanguage: 'Arabic!' })).toThrow(/language code/);
    expect(() => documentFilter({ site: 'toronto' })).toThrow(/unknown site "toronto"/);
  });
});
