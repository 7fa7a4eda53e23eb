/** Pieces of an answer that need no database: localized hours, service cards, referral matching. */
import { describe, expect, it } from 'vitest';
import { serviceDocument, type ServiceRecord } from '../index/service-document.ts';
import { localizedHours, serviceCard, NotAServiceError } from './service-card.ts';
import { matchService } from './match-service.ts';

const record = (over: Partial<ServiceRecord> = {}): ServiceRecord => ({
  id: 'svc-1',
  name: 'Employment Counselling',
  description: 'Help finding work.',
  url: 'https://example.org/jobs',
  feesDescription: null,
  applicationProcess: null,
  eligibilityDescription: 'Permanent residents and protected persons',
  minAge: 18,
  maxAge: null,
  categoryId: 'employment',
  organization: { id: 'org-1', name: 'Millbrook Employment Centre (demo)', url: null },
  locations: [{ address: '1 Main St', city: 'Sarnia', province: 'ON', postalCode: 'N7T 1A1', siteId: 'sarnia' }],
  languages: ['en', 'ar'],
  immigrationStatuses: ['permanent_resident'],
  schedule: [
    { day: 'MO', opens: '09:00', closes: '17:00' },
    { day: 'TU', opens: '09:00', closes: '17:00' },
    { day: 'WE', opens: '09:00', closes: '17:00' },
    { day: 'SA', opens: '10:00', closes: '14:00' },
  ],
  phones: ['519-555-0100'],
  areas: [],
  ...over,
});

describe('service cards', () => {
  it('carry the directory fields, eligibility lines and open-now at the given instant', () => {
    const doc = serviceDocument(record());
    // Monday 9 March 2026 10:00 in Toronto, then 20:00.
    const day = serviceCard(doc, { language: 'en', clock: () => new Date('2026-03-09T14:00:00Z') });
    expect(day).toMatchObject({
      serviceId: 'svc-1',
      name: 'Employment Counselling',
      organization: 'Millbrook Employment Centre (demo)',
      url: 'https://example.org/jobs',
      phones: ['519-555-0100'],
      languages: ['en', 'ar'],
      eligibility: ['Permanent residents and protected persons', 'Ages 18 and over'],
      openNow: true,
    });
    expect(day.addresses[0]).toContain('Sarnia');
    expect(serviceCard(doc, { language: 'en', clock: () => new Date('2026-03-10T00:00:00Z') }).openNow).toBe(false);
    const noHours = serviceCard(serviceDocument(record({ schedule: [] })), { language: 'en', clock: () => new Date() });
    expect(noHours.openNow).toBeNull();
    expect(noHours.hours).toBeUndefined();
  });

  it('write hours with the day names of the newcomer language', () => {
    const rows = record().schedule;
    expect(localizedHours(rows, 'en')).toBe('Mon–Wed 09:00–17:00; Sat 10:00–14:00');
    expect(localizedHours(rows, 'fr')).toBe('lun.–mer. 09:00–17:00; sam. 10:00–14:00');
    expect(localizedHours(rows, 'ar')).not.toMatch(/Mon|Sat/);
  });

  it('refuse an article document', () => {
    const doc = { ...serviceDocument(record()), kind: 'article' as const, service: undefined };
    expect(() => serviceCard(doc, { language: 'en', clock: () => new Date() })).toThrow(NotAServiceError);
  });
});

describe('matchService', () => {
  const docs = [
    serviceDocument(record()),
    serviceDocument(record({ id: 'svc-2', name: 'Job Search Workshop', locations: [{ address: '2 King St', city: 'Windsor', province: 'ON', postalCode: null, siteId: 'windsor' }] })),
    serviceDocument(record({ id: 'svc-3', name: 'LINC classes', organization: { id: 'org-2', name: 'Kestrel Language Learning Centre (demo)', url: null } })),
  ];
  it('finds the service by its name or its organization, preferring the newcomer site', () => {
    expect(matchService('LINC classes', docs)?.doc.sourceId).toBe('svc-3');
    expect(matchService('the Kestrel Language Learning Centre', docs)?.doc.sourceId).toBe('svc-3');
    expect(matchService('Millbrook Employment Centre', docs, { site: 'windsor' })?.doc.sourceId).toBe('svc-2');
    expect(matchService('Millbrook job search workshop', docs)?.doc.sourceId).toBe('svc-2');
  });
  it('returns null for a weak match rather than guess', () => {
    expect(matchService('COSTI Immigration Services', docs)).toBeNull();
    expect(matchService('the', docs)).toBeNull();
  });
});
