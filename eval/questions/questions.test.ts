import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIRST_AUTHOR_LAST, buildQuestionSet, toJsonl } from './build.ts';
import { readContentCatalogue, serviceFitsProfile, type ContentCatalogue } from './content.ts';
import { DEFAULT_QUESTIONS_FILE, QuestionSetError, loadQuestionSet, parseQuestionSet } from './load.ts';
import { CALIBRATION_SHARE, assignSplits } from './split.ts';
import { HANDOFF_REASONS, type LabeledQuestion } from './types.ts';

/** The minimum number of answerable questions per language (issue 4). */
const MIN_ANSWERABLE: Record<string, number> = { en: 110, fr: 60, es: 40, ar: 40, zh: 20, uk: 20, fa: 15, pa: 15 };

let questions: LabeledQuestion[];
let catalogue: ContentCatalogue;

beforeAll(() => {
  questions = loadQuestionSet();
  catalogue = readContentCatalogue();
});

const count = (pred: (q: LabeledQuestion) => boolean) => questions.filter(pred).length;
const languagesOf = (qs: LabeledQuestion[]) => new Set(qs.map((q) => q.language));

describe('the committed question set', () => {
  it('is exactly what the sources in eval/data/source build (run `npx tsx eval/questions/build.ts` after editing them)', () => {
    const committed = readFileSync(DEFAULT_QUESTIONS_FILE, 'utf8').split('\n');
    const built = toJsonl(buildQuestionSet(undefined, catalogue)).split('\n');
    // Report the differing lines' ids rather than a diff of 500 lines.
    const stale = built.flatMap((line, i) => (line === committed[i] ? [] : [`line ${i + 1}: ${line.slice(0, 14) || '(end)'}`]));
    expect(stale).toEqual([]);
    expect(committed.length).toBe(built.length);
  });

  it('points only at article translation groups and services that exist in the content files', () => {
    const missing: string[] = [];
    for (const q of questions) {
      for (const r of q.relevant) {
        const known = r.kind === 'article' ? catalogue.articleGroups.has(r.id) : catalogue.services.has(r.id);
        if (!known) missing.push(`${q.id} → ${r.kind} ${r.id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('labels services only at the question’s site and only when the asker is eligible for them', () => {
    const wrong: string[] = [];
    for (const q of questions) {
      for (const r of q.relevant.filter((x) => x.kind === 'service')) {
        const service = catalogue.services.get(r.id)!;
        if (service.site !== q.profile?.site) wrong.push(`${q.id}: ${r.id} is in ${service.site}, question site ${q.profile?.site}`);
        if (!serviceFitsProfile(service, q.profile ?? {})) wrong.push(`${q.id}: asker is not eligible for ${r.id}`);
        const lang = q.profile?.serviceLanguage;
        if (lang && r.grade === 2 && !service.languages.includes(lang)) wrong.push(`${q.id}: ${r.id} graded 2 but does not offer ${lang}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has at least 320 answerable questions, with the required number per language', () => {
    const answerable = questions.filter((q) => q.expected === 'answer');
    expect(answerable.length).toBeGreaterThanOrEqual(320);
    expect(languagesOf(answerable).size).toBeGreaterThanOrEqual(6);
    for (const [language, min] of Object.entries(MIN_ANSWERABLE)) {
      expect(count((q) => q.expected === 'answer' && q.language === language), `answerable in ${language}`).toBeGreaterThanOrEqual(min);
    }
  });

  it('covers every article translation group with at least one question it answers', () => {
    const answered = new Set(questions.flatMap((q) => q.relevant.filter((r) => r.kind === 'article' && r.grade === 2).map((r) => r.id)));
    expect([...catalogue.articleGroups.keys()].filter((g) => !answered.has(g))).toEqual([]);
  });

  it('has at least 70 handoff messages covering every handoff reason', () => {
    const handoffs = questions.filter((q) => q.expected === 'handoff');
    expect(handoffs.length).toBeGreaterThanOrEqual(70);
    expect(new Set(handoffs.map((q) => q.handoffReason))).toEqual(new Set(HANDOFF_REASONS));
  });

  it('has at least 40 crisis messages in at least 6 languages, each with a kind', () => {
    const crises = questions.filter((q) => q.expected === 'crisis');
    expect(crises.length).toBeGreaterThanOrEqual(40);
    expect(languagesOf(crises).size).toBeGreaterThanOrEqual(6);
    expect(crises.every((q) => q.crisisKind)).toBe(true);
  });

  it('has greetings, thanks and requests for a person', () => {
    expect(count((q) => ['greeting', 'thanks', 'ask_for_person'].includes(q.expected))).toBeGreaterThanOrEqual(20);
    for (const intent of ['greeting', 'thanks', 'ask_for_person']) expect(count((q) => q.expected === intent)).toBeGreaterThan(0);
  });

  it('keeps every later author’s messages in calibration, above the first author’s id range, with no holdout left after the rotation', () => {
    const number = (q: LabeledQuestion) => Number(q.id.slice(1)) % 1000;
    // Every later author has been measured once and moved to calibration; none is held out now.
    expect(questions.filter((q) => number(q) > FIRST_AUTHOR_LAST && q.split !== 'calibration').map((q) => q.id)).toEqual([]);
    expect(questions.filter((q) => q.split === 'holdout').map((q) => q.id)).toEqual([]);
  });

  it('never repeats a question text within a language', () => {
    const seen = new Set<string>();
    const repeated = questions.filter((q) => {
      const key = `${q.language}|${q.text.trim().toLowerCase()}`;
      const dup = seen.has(key);
      seen.add(key);
      return dup;
    });
    expect(repeated.map((q) => q.id)).toEqual([]);
  });

  it('splits each (language, expected) stratum 40/60 up to one question, as assignSplits decides', () => {
    const splittable = questions.filter((q) => Number(q.id.slice(1)) % 1000 <= FIRST_AUTHOR_LAST);
    const expectedSplits = assignSplits(splittable);
    expect(splittable.filter((q) => q.split !== expectedSplits.get(q.id)).map((q) => q.id)).toEqual([]);
    const strata = new Map<string, LabeledQuestion[]>();
    for (const q of splittable) strata.set(`${q.language}|${q.expected}`, [...(strata.get(`${q.language}|${q.expected}`) ?? []), q]);
    for (const [key, group] of strata) {
      const calibration = group.filter((q) => q.split === 'calibration').length;
      // The fractional part of the target is the only allowed deviation.
      expect(Math.abs(calibration - group.length * CALIBRATION_SHARE), key).toBeLessThan(1);
    }
    const calibrationShare = splittable.filter((q) => q.split === 'calibration').length / splittable.length;
    expect(calibrationShare).toBeGreaterThan(0.35);
    expect(calibrationShare).toBeLessThan(0.45);
  });
});

describe('assignSplits', () => {
  const items = Array.from({ length: 50 }, (_, i) => ({ id: `q${1001 + i}`, language: i % 2 ? 'en' : 'fr', expected: 'answer' }));

  it('gives the same split whatever the input order', () => {
    const forward = assignSplits(items);
    const backward = assignSplits([...items].reverse());
    expect([...forward].sort()).toEqual([...backward].sort());
  });

  it('keeps existing assignments when a question is added to another stratum', () => {
    const before = assignSplits(items);
    const after = assignSplits([...items, { id: 'q9001', language: 'uk', expected: 'answer' }]);
    for (const [id, split] of before) expect(after.get(id)).toBe(split);
  });

  it('puts the target share of each stratum in calibration', () => {
    const splits = assignSplits(items);
    for (const language of ['en', 'fr']) {
      const ids = items.filter((i) => i.language === language).map((i) => i.id);
      expect(ids.filter((id) => splits.get(id) === 'calibration')).toHaveLength(10); // 25 × 0.4
    }
  });

  it('rejects a share outside [0, 1]', () => {
    expect(() => assignSplits(items, 1.5)).toThrow(RangeError);
  });
});

describe('loadQuestionSet errors', () => {
  const good = {
    id: 'q1001',
    text: 'how do i get a SIN',
    language: 'en',
    expected: 'answer',
    relevant: [{ kind: 'article', id: 'social-insurance-number', grade: 2 }],
    split: 'test',
  };
  const lines = (...objects: unknown[]) => objects.map((o) => (typeof o === 'string' ? o : JSON.stringify(o))).join('\n');

  function errorOf(text: string): QuestionSetError {
    try {
      parseQuestionSet(text, 'bad.jsonl');
    } catch (err) {
      expect(err).toBeInstanceOf(QuestionSetError);
      return err as QuestionSetError;
    }
    throw new Error('expected the question set to be rejected');
  }

  it('reads a file from disk', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'questions-')), 'q.jsonl');
    writeFileSync(file, lines(good, '', { ...good, id: 'q1002' }) + '\n');
    expect(loadQuestionSet(file).map((q) => q.id)).toEqual(['q1001', 'q1002']);
  });

  it('names the line of invalid JSON', () => {
    const err = errorOf(lines(good, '{"id": "q1002", "text": '));
    expect(err.line).toBe(2);
    expect(err.message).toMatch(/bad\.jsonl, line 2: not valid JSON/);
  });

  it('names the line and field of an unknown language', () => {
    const err = errorOf(lines(good, { ...good, id: 'q1002', language: 'xx' }));
    expect([err.line, err.field]).toEqual([2, 'language']);
    expect(err.message).toContain('unknown language "xx"');
  });

  it('names a missing field', () => {
    const { text: _text, ...withoutText } = good;
    const err = errorOf(lines(withoutText));
    expect([err.line, err.field, err.reason]).toEqual([1, 'text', 'missing']);
  });

  it('names the line of a duplicate id and where it was first used', () => {
    const err = errorOf(lines(good, { ...good, text: 'another' }, { ...good, text: 'third' }));
    expect(err.line).toBe(2);
    expect(err.message).toContain('duplicate id "q1001" (first used on line 1)');
  });

  it('requires a reason for a handoff and a kind for a crisis', () => {
    expect(errorOf(lines({ ...good, expected: 'handoff', relevant: [] })).field).toBe('handoffReason');
    expect(errorOf(lines({ ...good, expected: 'crisis', relevant: [] })).field).toBe('crisisKind');
    expect(errorOf(lines({ ...good, crisisKind: 'self_harm' })).field).toBe('crisisKind');
  });

  it('requires a grade-2 item for an answerable question and valid grades', () => {
    expect(errorOf(lines({ ...good, relevant: [{ kind: 'article', id: 'x', grade: 1 }] })).field).toBe('relevant');
    expect(errorOf(lines({ ...good, relevant: [{ kind: 'article', id: 'x', grade: 3 }] })).field).toBe('relevant.0.grade');
  });

  it('rejects an unknown site and an unknown field', () => {
    expect(errorOf(lines({ ...good, profile: { site: 'toronto' } })).message).toContain('unknown site "toronto"');
    expect(errorOf(lines({ ...good, extra: 1 })).line).toBe(1);
  });
});
