/**
 * A tiny hand-made plan history for unit tests: three statements, each strongly tied to two
 * actions, plus two noise actions. Deterministic.
 */
import { buildTrainingData } from '../data/builder.ts';
import { buildCatalog } from '../data/catalog.ts';
import type { ClientContext } from '../data/context.ts';
import { isoFromDay, dayFromIso } from '../data/dates.ts';
import type { Catalog, PlanRecord, TrainingData } from '../data/types.ts';
import { seededRandom } from '../metrics/random.ts';

export function tinyCatalog(): Catalog {
  return buildCatalog({
    categories: [
      { id: 'housing', label: 'Housing' },
      { id: 'health', label: 'Health' },
      { id: 'finance', label: 'Finance' },
    ],
    indicators: [
      { id: 'housing.search', categoryId: 'housing' },
      { id: 'health.primary', categoryId: 'health' },
      { id: 'health.dental', categoryId: 'health' },
      { id: 'finance.banking', categoryId: 'finance' },
    ],
    statements: [
      { id: 'S1', indicatorId: 'housing.search', text: 'I need to find affordable housing' },
      { id: 'S2', indicatorId: 'health.primary', text: 'I need a family doctor' },
      { id: 'S3', indicatorId: 'health.dental', text: 'My children need dental care' },
    ],
    actions: [
      { id: 'A1', indicatorId: 'housing.search', text: 'Search affordable housing listings with a housing worker' },
      { id: 'A2', indicatorId: 'housing.search', text: 'Apply for a housing subsidy' },
      { id: 'A3', indicatorId: 'health.primary', text: 'Register with Health Care Connect for a family doctor' },
      { id: 'A4', indicatorId: 'health.primary', text: 'Visit a walk-in clinic while waiting for a family doctor' },
      { id: 'A5', indicatorId: 'health.dental', text: 'Apply for the children dental care program' },
      { id: 'A6', indicatorId: 'health.dental', text: 'Book dental care for children with a dentist' },
      { id: 'A7', indicatorId: 'finance.banking', text: 'Open a bank account', eligibility: { minAge: 18 } },
      { id: 'A8', indicatorId: 'finance.banking', text: 'Learn about the child benefit', eligibility: { immigrationStatuses: ['permanent_resident', 'protected_person'] } },
    ],
  });
}

const TIES: Record<string, string[]> = { S1: ['A1', 'A2'], S2: ['A3', 'A4'], S3: ['A5', 'A6'] };
const NOISE = ['A7', 'A8'];

export function tinyContext(overrides: Partial<ClientContext> = {}): Omit<ClientContext, 'planDate'> {
  return {
    siteId: 'windsor',
    ageBand: '25-34',
    immigrationStatus: 'permanent_resident',
    householdSize: 3,
    children: 1,
    languages: ['ar', 'en'],
    arrivalDate: '2023-01-10',
    ...overrides,
  };
}

/**
 * `plans` plans dated one per day from 2023-03-01; each has two of the three statements. A tied
 * action is attached with probability 0.9, a noise action with 0.1. Refugee claimants (every
 * fourth plan) never get A8, which is not open to them.
 */
export function tinyPlans(plans = 60, seed = 7): PlanRecord[] {
  const random = seededRandom(seed);
  const start = dayFromIso('2023-03-01');
  const out: PlanRecord[] = [];
  const pairs = [
    ['S1', 'S2'],
    ['S2', 'S3'],
    ['S1', 'S3'],
  ];
  for (let i = 0; i < plans; i++) {
    const claimant = i % 4 === 3;
    const context = tinyContext({
      siteId: i % 5 === 0 ? 'london' : 'windsor',
      ...(claimant ? { immigrationStatus: 'refugee_claimant' } : {}),
    });
    const statements = pairs[i % 3].map((statementId, position) => {
      const actionIds = TIES[statementId].filter(() => random() < 0.9);
      for (const noise of NOISE) if (random() < 0.1 && !(claimant && noise === 'A8')) actionIds.push(noise);
      return { position, statementId, actionIds };
    });
    out.push({ id: `plan-${String(i).padStart(4, '0')}`, date: isoFromDay(start + i), context, statements });
  }
  return out;
}

export function tinyData(plans = 60, seed = 7): TrainingData {
  return buildTrainingData(tinyCatalog(), tinyPlans(plans, seed));
}
