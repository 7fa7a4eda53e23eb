import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { casesReportedOn, loadBeirCases, BeirDatasetError, type BotCase } from './cases.ts';
import { compareConfigurations, evaluateClassifier, evaluateRetrieval } from './evaluate.ts';
import type { BotDecision, IntentClassifierUnderTest } from './port.ts';
import { loadRunFile, parseRunFile, runFileRetriever, RunFileError } from './run-file.ts';
import { evaluateBot } from './run.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const boot = { samples: 200, seed: 7 };
const log2 = Math.log2;

// Ideal DCG of q1 (grades 2, 1) and q3 (grades 2, 1): 2/log2(2) + 1/log2(3).
const IDEAL = 2 + 1 / log2(3);
// Run A — q1: d2 (grade 1) at 1, d1 (grade 2) at 3. q2: nothing relevant (d4 is judged 0).
// q3: d5 and d6 tie at 0.5; the tie goes to the lower id, so d5 (grade 1) is 1st and d6 (grade 2) 2nd.
const A = { q1: (1 + 2 / log2(4)) / IDEAL, q2: 0, q3: (1 + 2 / log2(3)) / IDEAL };
// Run B — q1: d1, d2 (ideal order); q2: d3 at 1 (ideal); q3: d6 (grade 2) at rank 5 only.
const B = { q1: 1, q2: 1, q3: 2 / log2(6) / IDEAL };

function clockFrom(times: number[]): () => number {
  let i = 0;
  return () => times[i++];
}

async function tinyRuns() {
  const beir = loadBeirCases(fixture('tiny-beir'));
  const ids = new Map(beir.cases.map((c) => [c.text, c.id]));
  const a = runFileRetriever('system A', loadRunFile(fixture('run-a.trec')), ids);
  const b = runFileRetriever('system B', loadRunFile(fixture('run-b.trec')), ids);
  return { beir, a, b };
}

describe('which split a question-set evaluation reports', () => {
  const cases: BotCase[] = (['calibration', 'test', 'holdout'] as const).map((split) => ({ id: split, text: split, relevant: [], split }));

  it('test: calibration and test, holdout left out', () => {
    expect(casesReportedOn(cases, 'test').map((c) => [c.id, c.split])).toEqual([['calibration', 'calibration'], ['test', 'test']]);
  });

  it('holdout: the holdout cases stand in for test, the test split is left out', () => {
    expect(casesReportedOn(cases, 'holdout').map((c) => [c.id, c.split])).toEqual([['calibration', 'calibration'], ['holdout', 'test']]);
  });

  it('says so when the split asked for is empty (a measured holdout has moved to calibration)', () => {
    expect(() => casesReportedOn(cases.filter((c) => c.split !== 'holdout'), 'holdout')).toThrow(/no holdout split to report/);
  });
});

describe('BEIR loading', () => {
  it('keeps judged queries only, with graded relevance and languages from either field', () => {
    const { cases, corpus, name } = loadBeirCases(fixture('tiny-beir'));
    expect(name).toBe('tiny-beir');
    expect(corpus).toHaveLength(6);
    expect(cases.map((c) => c.id)).toEqual(['q1', 'q2', 'q3']);
    expect(cases.map((c) => c.language)).toEqual(['en', 'en', 'fr']);
    expect(cases[1].relevant).toEqual([
      { kind: 'article', id: 'd3', grade: 2 },
      { kind: 'article', id: 'd4', grade: 0 },
    ]);
  });

  it('names the file and line of a bad dataset', () => {
    expect(() => loadBeirCases(fixture('nowhere'))).toThrow(BeirDatasetError);
    expect(() => loadBeirCases(fixture('nowhere'))).toThrow(/corpus\.jsonl: file not found/);
  });

  it('parses TREC run files and rejects malformed lines', () => {
    const run = parseRunFile('q1 Q0 d1 1 0.5 x\nq1 Q0 d2 2 0.25 x\n');
    expect(run.get('q1')).toEqual([
      { id: 'd1', kind: 'article', score: 0.5 },
      { id: 'd2', kind: 'article', score: 0.25 },
    ]);
    expect(() => parseRunFile('q1 Q0 d1 1 high x', 'r.trec')).toThrow(RunFileError);
    expect(() => parseRunFile('q1 d1 0.5', 'r.trec')).toThrow(/r\.trec:1/);
  });
});

describe('retrieval on the tiny BEIR dataset (hand-computed)', () => {
  it('gives the hand-computed recall, hit, MRR and nDCG for run A, overall and per language', async () => {
    const { beir, a } = await tinyRuns();
    const { result, perQuery } = await evaluateRetrieval(a, beir.cases, { boot });
    expect(result.queries).toBe(3);
    expect(perQuery['ndcg@10'][0]).toBeCloseTo(A.q1, 10);
    expect(perQuery['ndcg@10'][1]).toBe(0);
    expect(perQuery['ndcg@10'][2]).toBeCloseTo(A.q3, 10);
    expect(A.q1).toBeCloseTo(0.760188, 5);
    expect(A.q3).toBeCloseTo(0.859719, 5);
    const m = result.metrics;
    expect(m['ndcg@10'].mean).toBeCloseTo((A.q1 + A.q2 + A.q3) / 3, 10);
    expect(m['ndcg@10'].mean).toBeCloseTo(0.539969, 5);
    // q1: 1 of 2 relevant at rank 1, both by rank 3; q2: none; q3: d5 at 1, d6 at 2.
    expect(m['recall@1'].mean).toBeCloseTo((0.5 + 0 + 0.5) / 3, 10);
    expect(m['recall@3'].mean).toBeCloseTo(2 / 3, 10);
    expect(m['recall@10'].mean).toBeCloseTo(2 / 3, 10);
    expect(m['hit@1'].mean).toBeCloseTo(2 / 3, 10);
    expect(m['hit@3'].mean).toBeCloseTo(2 / 3, 10);
    expect(m['mrr@10'].mean).toBeCloseTo(2 / 3, 10);
    expect(result.perLanguage.en.queries).toBe(2);
    expect(result.perLanguage.en.metrics['ndcg@10'].mean).toBeCloseTo(A.q1 / 2, 10);
    expect(result.perLanguage.fr.metrics['ndcg@10'].mean).toBeCloseTo(A.q3, 10);
    expect(result.errors.count).toBe(0);
  });

  it('compares configurations side by side, paired by query', async () => {
    const { beir, a, b } = await tinyRuns();
    const runA = await evaluateRetrieval(a, beir.cases, { boot });
    const runB = await evaluateRetrieval(b, beir.cases, { boot });
    expect(runB.result.metrics['ndcg@10'].mean).toBeCloseTo((B.q1 + B.q2 + B.q3) / 3, 10);
    expect(runB.result.metrics['mrr@10'].mean).toBeCloseTo((1 + 1 + 1 / 5) / 3, 10);
    expect(runB.result.metrics['recall@10'].mean).toBeCloseTo((1 + 1 + 0.5) / 3, 10);
    expect(runB.result.metrics['recall@3'].mean).toBeCloseTo((1 + 1 + 0) / 3, 10);
    const cmp = compareConfigurations([runA, runB], boot)!;
    expect(cmp.reference).toBe('system A');
    const d = cmp.versus['system B']['ndcg@10'];
    expect(d.meanDifference).toBeCloseTo((B.q1 - A.q1 + B.q2 - A.q2 + B.q3 - A.q3) / 3, 10);
    expect(d.n).toBe(3);
  });

  it('measures latency per search with the injected clock', async () => {
    const { beir, a } = await tinyRuns();
    // Searches take 1, 3 and 10 ms.
    const { result } = await evaluateRetrieval(a, beir.cases, { boot, clock: clockFrom([0, 1, 1, 4, 4, 14]) });
    expect(result.latency.n).toBe(3);
    expect(result.latency.p50Ms).toBe(3);
    expect(result.latency.maxMs).toBe(10);
    expect(result.latency.meanMs).toBeCloseTo(14 / 3, 10);
    expect(result.latency.p90Ms).toBeCloseTo(3 + 0.8 * 7, 10);
    // Buckets [1,2), [2,5), [10,20).
    expect(result.latency.histogram.counts.slice(0, 6)).toEqual([0, 1, 1, 0, 1, 0]);
  });

  it('counts a failing search as an empty ranking and reports it', async () => {
    const { beir } = await tinyRuns();
    const flaky = {
      name: 'flaky',
      async search(query: string) {
        if (query.includes('sin')) throw new Error('index offline');
        return [{ kind: 'article' as const, id: 'd1', score: 1 }];
      },
    };
    const { result, perQuery } = await evaluateRetrieval(flaky, beir.cases, { boot });
    expect(result.errors).toEqual({ count: 1, first: 'q2: index offline' });
    expect(perQuery['hit@1']).toEqual([1, 0, 0]);
  });
});

const decisions: Record<string, BotDecision> = {
  // The bot's own threshold is 0.35: t3 (0.2) and t4 (0.3) are handed off.
  t1: { outcome: 'answer', answerConfidence: 0.9 },
  t2: { outcome: 'answer', answerConfidence: 0.4 },
  t3: { outcome: 'handoff', ruleOutcome: 'answer', answerConfidence: 0.2 },
  t4: { outcome: 'handoff', ruleOutcome: 'answer', answerConfidence: 0.3 },
  t5: { outcome: 'handoff', answerConfidence: NaN },
  t6: { outcome: 'ask_for_person', answerConfidence: NaN },
  t7: { outcome: 'crisis', answerConfidence: NaN },
  t8: { outcome: 'answer', answerConfidence: 0.8 },
  t9: { outcome: 'greeting', answerConfidence: NaN },
  c1: { outcome: 'answer', answerConfidence: 0.7 },
  c2: { outcome: 'answer', answerConfidence: 0.5 },
  c3: { outcome: 'answer', answerConfidence: 0.45 },
  c4: { outcome: 'answer', answerConfidence: 0.6 },
};

function labeledCases(): BotCase[] {
  return readFileSync(fixture('labeled.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

const scripted: IntentClassifierUnderTest = {
  name: 'scripted',
  detectsIntents: true,
  async classify(text) {
    const c = labeledCases().find((x) => x.text === text)!;
    return decisions[c.id];
  },
};

describe('handoff and crisis (hand-computed)', () => {
  it('scores handoff at the bot decision: 3 of 4 handed off should have been, all 3 caught', async () => {
    const r = await evaluateClassifier(scripted, labeledCases());
    const h = r.handoff!;
    // Test messages judged: t1–t6 (answer, handoff, ask_for_person); t4, t5, t6 need a person.
    expect(h.messages).toBe(6);
    expect(h.shouldHandOff).toBe(3);
    expect(h.atDecision.point).toMatchObject({ tp: 3, fp: 1, fn: 0, tn: 2 });
    expect(h.atDecision.precision.mean).toBe(3 / 4);
    expect(h.atDecision.recall.mean).toBe(1);
    expect(h.atDecision.point.f1).toBeCloseTo((2 * 0.75) / 1.75, 10);
    expect(h.atDecision.point.handoffRate).toBeCloseTo(4 / 6, 10);
    expect(h.perLanguage.fr).toMatchObject({ messages: 1 });
    expect(h.perLanguage.fr.recall.mean).toBe(1);
  });

  it('draws the threshold curve on test and picks the threshold on calibration', async () => {
    const h = (await evaluateClassifier(scripted, labeledCases())).handoff!;
    // Thresholds at each answer confidence of the test split (0.2, 0.3, 0.4, 0.9) and above the last.
    expect(h.curve.map((p) => [p.tp, p.fp, p.fn])).toEqual([
      [2, 0, 1],
      [2, 1, 1],
      [3, 1, 0],
      [3, 2, 0],
      [3, 3, 0],
    ]);
    expect(h.curve.map((p) => p.threshold).slice(0, 4)).toEqual([0.2, 0.3, 0.4, 0.9]);
    expect(h.curve[0].precision).toBe(1);
    expect(h.curve[0].recall).toBeCloseTo(2 / 3, 10);
    // Calibration: F1 is 0, 2/3, 1/2, 4/5, 2/3 at 0.45, 0.5, 0.6, 0.7, above; 0.7 wins.
    expect(h.chosen!.threshold).toBe(0.7);
    expect(h.chosen!.calibration.f1).toBeCloseTo(0.8, 10);
    // On test at 0.7: t2, t3, t4 below it plus t5, t6 → 3 right, 2 wrong.
    expect(h.chosen!.test).toMatchObject({ tp: 3, fp: 2, fn: 0 });
    expect(h.chosen!.test.precision).toBeCloseTo(3 / 5, 10);
  });

  it('measures crisis recall per language and lists the missed message', async () => {
    const r = await evaluateClassifier(scripted, labeledCases());
    expect(r.crisis!.messages).toBe(2);
    expect(r.crisis!.recall.mean).toBe(1 / 2);
    expect(r.crisis!.precision.mean).toBe(1);
    expect(r.crisis!.perLanguage.en.mean).toBe(1);
    expect(r.crisis!.perLanguage.fr.mean).toBe(0);
    expect(r.crisis!.missed).toEqual(['t8']);
    expect(r.confusion).toEqual({
      answer: { answer: 2, handoff: 1 },
      handoff: { handoff: 2 },
      ask_for_person: { ask_for_person: 1 },
      crisis: { crisis: 1, answer: 1 },
      greeting: { greeting: 1 },
    });
  });

  it('does not claim crisis figures for a classifier that only decides answer versus handoff', async () => {
    const r = await evaluateClassifier({ ...scripted, detectsIntents: false }, labeledCases());
    expect(r.crisis).toBeNull();
    expect(r.confusion).toBeNull();
    expect(r.handoff).not.toBeNull();
  });
});

describe('evaluateBot', () => {
  it('runs every configuration on the same test queries and the classifier on all messages', async () => {
    const { beir, a, b } = await tinyRuns();
    const report = await evaluateBot({ retrievers: [a, b], classifier: null }, beir.cases, { dataset: { name: beir.name, kind: 'beir' }, boot });
    expect(report.dataset).toEqual({ name: 'tiny-beir', kind: 'beir', cases: 3, retrievalQueries: 3 });
    expect(report.configurations.map((c) => c.name)).toEqual(['system A', 'system B']);
    expect(report.configurations[0].metrics['ndcg@10'].mean).toBeCloseTo(0.539969, 5);
    expect(report.comparison!.versus['system B']['ndcg@10'].meanDifference).toBeGreaterThan(0);
    expect(report.classifier).toBeNull();
  });
});
