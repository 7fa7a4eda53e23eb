import { describe, expect, it } from 'vitest';
import {
  arrivalBucket,
  childrenBucket,
  CONTEXT_KINDS,
  contextFeatureNames,
  describeFeature,
  featureKind,
  householdBucket,
  type ClientContext,
} from './context.ts';
import { dayFromIso, isoFromDay, NO_DAY } from './dates.ts';

const client: ClientContext = {
  siteId: 'windsor',
  ageBand: '25-34',
  immigrationStatus: 'refugee_claimant',
  householdSize: 4,
  children: 2,
  languages: ['ar', 'en', 'ar'],
  arrivalDate: '2023-01-10',
  planDate: '2023-03-01',
};

describe('dates', () => {
  it('counts days since 1970-01-01 and back', () => {
    expect(dayFromIso('1970-01-01')).toBe(0);
    expect(dayFromIso('1970-01-02')).toBe(1);
    expect(dayFromIso('2024-03-01') - dayFromIso('2024-02-28')).toBe(2); // leap year
    for (const iso of ['1999-12-31', '2024-02-29', '2031-07-04', '1969-12-31']) expect(isoFromDay(dayFromIso(iso))).toBe(iso);
    expect(dayFromIso('2024-02-29T13:00:00Z')).toBe(dayFromIso('2024-02-29'));
  });

  it('marks a missing date NO_DAY and refuses dates that do not exist', () => {
    expect(dayFromIso(null)).toBe(NO_DAY);
    expect(dayFromIso(undefined)).toBe(NO_DAY);
    expect(dayFromIso('')).toBe(NO_DAY);
    for (const bad of ['2023-02-29', '2023-13-01', '2023-1-01', 'yesterday']) expect(() => dayFromIso(bad)).toThrow(RangeError);
    expect(() => isoFromDay(NO_DAY)).toThrow(RangeError);
  });
});

describe('context features', () => {
  it('buckets household, children and time since arrival', () => {
    expect([1, 2, 3, 4, 5, 12].map(householdBucket)).toEqual(['1', '2', '3-4', '3-4', '5+', '5+']);
    expect([0, 1, 2, 3, 7].map(childrenBucket)).toEqual(['0', '1', '2', '3+', '3+']);
    expect(arrivalBucket('2023-01-10', '2023-03-01')).toBe('0-6m');
    expect(arrivalBucket('2022-01-10', '2023-03-01')).toBe('1-2y');
    expect(arrivalBucket('2015-01-10', '2023-03-01')).toBe('5y+');
    expect(arrivalBucket('2023-05-01', '2023-03-01')).toBe('pre');
    expect(arrivalBucket(null, '2023-03-01')).toBeNull();
    expect(arrivalBucket('2023-02-30', '2023-03-01')).toBeNull(); // not a real date: unknown
    expect(contextFeatureNames({ ...client, arrivalDate: '2023-02-30' }).some((f) => f.startsWith('arrival:'))).toBe(false);
    expect(arrivalBucket(dayFromIso('2022-12-01'), dayFromIso('2023-03-01'))).toBe('0-6m');
  });

  it('names one feature per kind, one per distinct language, none for an unknown arrival', () => {
    expect(contextFeatureNames(client)).toEqual([
      'site:windsor',
      'status:refugee_claimant',
      'age:25-34',
      'household:3-4',
      'children:2',
      'language:ar',
      'language:en',
      'arrival:0-6m',
    ]);
    expect(contextFeatureNames({ ...client, arrivalDate: null, languages: [] }).some((f) => f.startsWith('arrival:') || f.startsWith('language:'))).toBe(false);
    for (const f of contextFeatureNames(client)) expect(CONTEXT_KINDS).toContain(featureKind(f));
    expect(() => featureKind('colour:blue')).toThrow(/not a context feature/);
  });

  it('describes features in plain English for explanations', () => {
    expect(describeFeature('site:windsor')).toBe('clients in Windsor');
    expect(describeFeature('site:chatham')).toBe('clients in Chatham-Kent');
    expect(describeFeature('status:refugee_claimant')).toBe('refugee claimants');
    expect(describeFeature('age:25-34')).toBe('clients aged 25–34');
    expect(describeFeature('age:65+')).toBe('clients aged 65 and over');
    expect(describeFeature('household:1')).toBe('clients living alone');
    expect(describeFeature('household:5+')).toBe('households of 5 or more people');
    expect(describeFeature('children:0')).toBe('clients without children');
    expect(describeFeature('children:3+')).toBe('clients with 3 or more children');
    expect(describeFeature('language:fr')).toBe('French speakers');
    expect(describeFeature('arrival:pre')).toBe('clients not yet arrived in Canada');
    // Every feature a real context yields has a description.
    for (const f of contextFeatureNames(client)) expect(describeFeature(f)).not.toMatch(/undefined/);
  });
});
