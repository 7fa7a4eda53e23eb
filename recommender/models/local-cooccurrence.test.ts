import { describe, expect, it } from 'vitest';
import { buildTrainingData } from '../data/builder.ts';
import { isoFromDay, dayFromIso } from '../data/dates.ts';
import type { PlanRecord } from '../data/types.ts';
import { tinyCatalog, tinyContext } from '../testing/fixtures.ts';
import { deserializeModel } from './registry.ts';
import { LocalCooccurrenceModel } from './local-cooccurrence.ts';
import type { Query } from './types.ts';

/** S1 plans: in Windsor A1 is the habit, in London A2; early on everyone used A2, lately A1. */
function plans(): PlanRecord[] {
  const out: PlanRecord[] = [];
  const start = dayFromIso('2022-01-01');
  for (let i = 0; i < 400; i++) {
    const london = i % 4 === 0;
    const late = i >= 200;
    const action = london ? 'A2' : late ? 'A1' : i % 3 === 0 ? 'A1' : 'A2';
    out.push({
      id: `p${i}`,
      date: isoFromDay(start + i * 3),
      context: tinyContext({ siteId: london ? 'london' : 'windsor' }),
      statements: [{ position: 0, statementId: 'S1', actionIds: [action] }],
    });
  }
  return out;
}

describe('local co-occurrence', () => {
  const catalog = tinyCatalog();
  const data = buildTrainingData(catalog, plans());
  const S1 = catalog.statements.indexOf('S1');
  const A1 = catalog.actions.indexOf('A1');
  const A2 = catalog.actions.indexOf('A2');
  const query = (siteId: string): Query => ({ statementIndex: S1, otherStatementIndices: [], actionsInPlan: [], context: { ...tinyContext({ siteId }), planDate: '2025-06-01' } });

  it('follows each site’s own practice', () => {
    const model = new LocalCooccurrenceModel();
    model.fit(data, { halfLifeDays: 0 });
    const windsor = model.score(query('windsor'));
    const london = model.score(query('london'));
    expect(windsor[A1]).toBeGreaterThan(windsor[A2]);
    expect(london[A2]).toBeGreaterThan(london[A1]);
  });

  it('weighs recent plans more, so drift shows sooner than in plain counts', () => {
    const flat = new LocalCooccurrenceModel();
    flat.fit(data, { halfLifeDays: 0, siteStrength: 1e9 });
    const recent = new LocalCooccurrenceModel();
    recent.fit(data, { halfLifeDays: 90, siteStrength: 1e9 });
    const share = (m: LocalCooccurrenceModel) => {
      const s = m.score(query('windsor'));
      return s[A1] / (s[A1] + s[A2]);
    };
    expect(share(recent)).toBeGreaterThan(share(flat) + 0.1);
  });

  it('explains with the site and round-trips through serialization', () => {
    const model = new LocalCooccurrenceModel();
    model.fit(data);
    const [reason] = model.explain(query('windsor'), A1);
    expect(reason.text).toMatch(/recently chosen in \d+% of plans with this statement for clients in Windsor \(300 plans/);
    const copy = deserializeModel(model.serialize());
    expect(Array.from(copy.score(query('london')))).toEqual(Array.from(model.score(query('london'))));
  });
});
