import { beforeAll, describe, expect, it } from 'vitest';
import { eligibilityFilter } from '../data/access.ts';
import type { TrainingData } from '../data/types.ts';
import { tinyContext, tinyData } from '../testing/fixtures.ts';
import { ContentModel } from './content.ts';
import { ContextLiftModel } from './context-lift.ts';
import { HybridModel } from './hybrid.ts';
import { rankActions } from './rank.ts';
import { createModel, deserializeModel, embedQuery, MODEL_NAMES } from './registry.ts';
import { TfidfEmbedder } from './tfidf.ts';
import { isTextAware, type Query, type Recommender } from './types.ts';

const data: TrainingData = tinyData(60);
const { catalog } = data;
const S = (id: string) => catalog.statements.indexOf(id);
const A = (id: string) => catalog.actions.indexOf(id);
const TIED: Record<string, string[]> = { S1: ['A1', 'A2'], S2: ['A3', 'A4'], S3: ['A5', 'A6'] };
const OTHER: Record<string, string> = { S1: 'S2', S2: 'S3', S3: 'S1' };
const context = { ...tinyContext(), planDate: '2023-06-01' };

function query(statement: string, extra: Partial<Query> = {}): Query {
  return { statementIndex: S(statement), otherStatementIndices: [S(OTHER[statement])], context, actionsInPlan: [], ...extra };
}

/** Direct counts from the data, independent of any model. */
function rowsWith(statement: string): number {
  return Array.from(data.rowStatement).filter((s) => s === S(statement)).length;
}
function rowsWithBoth(statement: string, action: string): number {
  let n = 0;
  for (let r = 0; r < data.rowCount; r++) {
    if (data.rowStatement[r] !== S(statement)) continue;
    if (data.rowActions.subarray(data.rowActionStart[r], data.rowActionStart[r + 1]).includes(A(action))) n++;
  }
  return n;
}
function plansWith(...actions: string[]): number {
  let n = 0;
  for (let p = 0; p < data.planCount; p++) {
    const inPlan = new Set<number>();
    for (let r = data.planRowStart[p]; r < data.planRowStart[p + 1]; r++) {
      for (let k = data.rowActionStart[r]; k < data.rowActionStart[r + 1]; k++) inPlan.add(data.rowActions[k]);
    }
    if (actions.every((a) => inPlan.has(A(a)))) n++;
  }
  return n;
}

const library = { statementTexts: catalog.statementTexts, actionTexts: catalog.actionTexts };
const embedder = TfidfEmbedder.fit([...catalog.statementTexts, ...catalog.actionTexts]);

async function fitted(name: string): Promise<Recommender> {
  const model = createModel(name);
  if (isTextAware(model)) await model.prepare(embedder, library);
  model.fit(data);
  return model;
}

const models = new Map<string, Recommender>();
beforeAll(async () => {
  for (const name of MODEL_NAMES) models.set(name, await fitted(name));
});

const top = (model: Recommender, q: Query, k: number) => rankActions(model.score(q), { k }).map((a) => catalog.actions.ids[a]);

describe('every model ranks what the data supports', () => {
  for (const name of ['cooccurrence', 'itemknn', 'ease', 'content', 'hybrid']) {
    it(`${name}: each statement's two tied actions come first`, () => {
      const model = models.get(name)!;
      for (const s of ['S1', 'S2', 'S3']) expect(new Set(top(model, query(s), 2))).toEqual(new Set(TIED[s]));
    });
  }

  it('popularity_category: the category decides (S1 is the only housing statement)', () => {
    const model = models.get('popularity_category')!;
    expect(new Set(top(model, query('S1'), 2))).toEqual(new Set(['A1', 'A2']));
    expect(new Set(top(model, query('S3'), 4))).toEqual(new Set(['A3', 'A4', 'A5', 'A6']));
  });

  it('popularity: every tied action outranks the noise', () => {
    expect(new Set(top(models.get('popularity')!, query('S1'), 6))).toEqual(new Set(['A1', 'A2', 'A3', 'A4', 'A5', 'A6']));
  });

  it('scores one value per action and excludes nothing itself', () => {
    for (const model of models.values()) {
      const scores = model.score(query('S1', { actionsInPlan: [A('A1')] }));
      expect(scores).toHaveLength(catalog.actions.size);
      expect(Array.from(scores).every(Number.isFinite)).toBe(true);
    }
  });
});

describe('serialize → deserialize gives identical scores', () => {
  for (const name of MODEL_NAMES) {
    it(name, async () => {
      const model = models.get(name)!;
      const bytes = model.serialize();
      expect(bytes).toBeInstanceOf(Uint8Array);
      const restored = deserializeModel(bytes);
      expect(restored.name).toBe(name);
      expect(restored.vocabulary.actionIds).toEqual(catalog.actions.ids);
      const free = await embedQuery(model, { statementText: 'my kids need a dentist', otherStatementIndices: [S('S1')], context, actionsInPlan: [] });
      for (const q of [query('S1'), query('S2', { actionsInPlan: [A('A1')], actionsOnStatement: [A('A3')] }), free]) {
        expect(restored.score(q)).toEqual(model.score(q));
        expect(restored.explain(q, A('A3'))).toEqual(model.explain(q, A('A3')));
      }
    });
  }

  it('refuses bytes that are not a model or of another model', () => {
    expect(() => deserializeModel(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(/not a serialized/);
    expect(() => ContentModel.deserialize(models.get('ease')!.serialize())).toThrow(/expected a serialized content/);
  });
});

describe('explanations quote the right numbers', () => {
  const plans = rowsWith('S1');
  const count = rowsWithBoth('S1', 'A1');
  const share = count / plans;
  const sentence = `chosen in ${Math.round(share * 100)}% of ${plans} past plans with this statement`;

  for (const name of ['cooccurrence', 'itemknn', 'ease', 'hybrid']) {
    it(`${name}: "chosen in X% of N past plans with this statement"`, () => {
      const reasons = models.get(name)!.explain(query('S1'), A('A1'));
      const reason = reasons.find((r) => r.kind === 'cooccurrence' && r.data.plans !== undefined)!;
      expect(reason.text).toBe(sentence);
      expect(reason.data.plans).toBe(plans);
      expect(reason.data.count).toBe(count);
      expect(reason.data.share).toBeCloseTo(share, 6);
    });
  }

  it('popularity: share of all past statements', () => {
    let withA1 = 0;
    for (let k = 0; k < data.rowActions.length; k++) if (data.rowActions[k] === A('A1')) withA1++;
    const [reason] = models.get('popularity')!.explain(query('S1'), A('A1'));
    expect(reason).toMatchObject({ kind: 'popular', data: { count: withA1, total: data.rowCount } });
    expect(reason.text).toBe(`attached to ${Math.round((withA1 / data.rowCount) * 100)}% of ${data.rowCount} past driving statements`);
  });

  it('popularity_category: share within the category', () => {
    const [reason] = models.get('popularity_category')!.explain(query('S1'), A('A1'));
    expect(reason.kind).toBe('popular');
    expect(reason.data).toMatchObject({ count, total: plans, category: 'housing' });
    expect(reason.text).toContain('past statements about Housing');
  });

  it('itemknn: "often added together with" counts plans holding both actions', () => {
    const reasons = models.get('itemknn')!.explain(query('S2', { actionsInPlan: [A('A1')] }), A('A3'));
    const together = reasons.find((r) => r.kind === 'together_with')!;
    expect(together.data).toMatchObject({ count: plansWith('A1', 'A3'), plans: plansWith('A1'), actionId: 'A1' });
    expect(together.text).toMatch(/^often added together with “Search affordable housing/);
  });

  it('ease: an action already on the statement is quoted as evidence', () => {
    const reasons = models.get('ease')!.explain(query('S2', { actionsOnStatement: [A('A3')] }), A('A4'));
    const together = reasons.find((r) => r.kind === 'together_with');
    expect(together?.data.actionId).toBe('A3');
  });

  it('content: the wording and the similar statement are the reasons', () => {
    const reasons = models.get('content')!.explain(query('S3'), A('A5'));
    expect(reasons[0].kind).toBe('similar_text');
    expect(reasons[0].data.similarity).toBeGreaterThan(0.3);
  });
});

describe('context term', () => {
  it('learns that refugee claimants never get A8 and explains the lift for others', () => {
    const model = new ContextLiftModel();
    model.fit(data);
    const claimant = { ...context, immigrationStatus: 'refugee_claimant' };
    expect(model.score(query('S1', { context: claimant }))[A('A8')]).toBeLessThan(0);
    const [reason] = model.explain(query('S1'), A('A8'));
    expect(reason.kind).toBe('context');
    expect(reason.data.feature).toBe('status:permanent_resident');
    expect(reason.data.lift as number).toBeGreaterThan(1.2);
    const prRows = data.planStatus.reduce((n, s, p) => n + (data.statuses.ids[s] === 'permanent_resident' ? data.planRowStart[p + 1] - data.planRowStart[p] : 0), 0);
    expect(reason.data.total).toBe(prRows);
  });
});

describe('cold start and serving helpers', () => {
  it('content and hybrid suggest dental actions for unseen free text', async () => {
    for (const name of ['content', 'hybrid']) {
      const model = models.get(name)!;
      const q = await embedQuery(model, { statementText: 'Our children need to see a dentist for dental care', otherStatementIndices: [], context, actionsInPlan: [] });
      expect(q.statementVector).toBeInstanceOf(Float32Array);
      expect(new Set(top(model, q, 2))).toEqual(new Set(['A5', 'A6']));
    }
    expect((models.get('hybrid') as HybridModel).isCold({ statementText: 'x', otherStatementIndices: [], context, actionsInPlan: [] })).toBe(true);
  });

  it('a restored content model keeps its TF-IDF embedder and rejects a different one', async () => {
    const restored = ContentModel.deserialize(models.get('content')!.serialize());
    const v = await restored.embedText('family doctor');
    expect(v).toEqual(await (models.get('content') as ContentModel).embedText('family doctor'));
    expect(() => restored.attachEmbedder(TfidfEmbedder.fit(['something else']))).toThrow(/vectors were made by/);
  });

  it('rankActions with eligibility and exclusions hides what the caller must not suggest', () => {
    const teen = eligibilityFilter(catalog.actionEligibility, { ageBand: '15-17', immigrationStatus: 'refugee_claimant' });
    const scores = models.get('popularity')!.score(query('S1'));
    const ranked = rankActions(scores, { k: 10, eligible: teen, exclude: new Set([A('A1')]) });
    expect(ranked).not.toContain(A('A1'));
    expect(ranked).not.toContain(A('A7')); // 18+
    expect(ranked).not.toContain(A('A8')); // permanent residents and protected persons
    expect(ranked).toHaveLength(5);
  });

  it('the registry knows the eight models and refuses others', () => {
    expect(MODEL_NAMES).toEqual(['popularity', 'popularity_category', 'cooccurrence', 'local_cooccurrence', 'itemknn', 'ease', 'content', 'hybrid']);
    expect(() => createModel('svd')).toThrow(/unknown model svd/);
  });

  it('content refuses to score before prepare', () => {
    const model = new ContentModel();
    model.fit(data);
    expect(() => model.score(query('S1'))).toThrow(/prepare/);
  });
});
