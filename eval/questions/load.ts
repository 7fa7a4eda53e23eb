/** Reads and validates the labeled question set (JSONL, one question per line). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  CRISIS_KINDS,
  EXPECTED_OUTCOMES,
  HANDOFF_REASONS,
  IMMIGRATION_STATUSES,
  QUESTION_LANGUAGES,
  SITE_IDS,
  SPLITS,
  type LabeledQuestion,
} from './types.ts';

export const DEFAULT_QUESTIONS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'data', 'questions.jsonl');

/** A bad question file, naming the file, the 1-based line and, when known, the field. */
export class QuestionSetError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
    readonly field?: string,
  ) {
    super(`${file}, line ${line}${field ? `, field "${field}"` : ''}: ${reason}`);
    this.name = 'QuestionSetError';
  }
}

/** Zod error text for an enum field: "missing" when absent, otherwise which value is unknown. */
function unknownValue(what: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'missing' : `unknown ${what} ${JSON.stringify(issue.input)}`);
}

const relevantItem = z.strictObject({
  kind: z.enum(['article', 'service']),
  id: z.string().min(1, 'must not be empty'),
  grade: z.union([z.literal(1), z.literal(2)], { error: 'must be 1 or 2' }),
});

const questionSchema = z
  .strictObject({
    id: z.string().regex(/^q\d{4}$/, 'must look like q0001'),
    text: z.string().trim().min(1, 'must not be empty'),
    language: z.enum(QUESTION_LANGUAGES, { error: unknownValue('language') }),
    expected: z.enum(EXPECTED_OUTCOMES, { error: unknownValue('expected outcome') }),
    relevant: z.array(relevantItem),
    profile: z
      .strictObject({
        site: z.enum(SITE_IDS as [string, ...string[]], { error: unknownValue('site') }).optional(),
        age: z.number().int().min(0).max(120).optional(),
        immigrationStatus: z.enum(IMMIGRATION_STATUSES, { error: unknownValue('immigration status') }).optional(),
        serviceLanguage: z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 code such as "pa"').optional(),
      })
      .optional(),
    handoffReason: z.enum(HANDOFF_REASONS, { error: unknownValue('handoff reason') }).optional(),
    crisisKind: z.enum(CRISIS_KINDS, { error: unknownValue('crisis kind') }).optional(),
    split: z.enum(SPLITS, { error: unknownValue('split') }),
    tags: z.array(z.string().min(1)).optional(),
    notes: z.string().optional(),
  })
  .superRefine((q, ctx) => {
    const issue = (pathName: string, message: string) => ctx.addIssue({ code: 'custom', path: [pathName], message });
    if (q.expected === 'handoff' && !q.handoffReason) issue('handoffReason', 'required when expected is "handoff"');
    if (q.expected !== 'handoff' && q.handoffReason) issue('handoffReason', 'only allowed when expected is "handoff"');
    if (q.expected === 'crisis' && !q.crisisKind) issue('crisisKind', 'required when expected is "crisis"');
    if (q.expected !== 'crisis' && q.crisisKind) issue('crisisKind', 'only allowed when expected is "crisis"');
    if (q.expected === 'answer' && !q.relevant.some((r) => r.grade === 2)) {
      issue('relevant', 'an answerable question needs at least one grade-2 item');
    }
    const keys = q.relevant.map((r) => `${r.kind}:${r.id}`);
    const repeated = keys.find((k, i) => keys.indexOf(k) !== i);
    if (repeated) issue('relevant', `"${repeated}" is listed twice`);
  });

/** Parses JSONL text; `file` is only used in error messages. Blank lines are allowed. */
export function parseQuestionSet(text: string, file = '<questions>'): LabeledQuestion[] {
  const questions: LabeledQuestion[] = [];
  const lineOfId = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      throw new QuestionSetError(file, line, `not valid JSON (${(err as Error).message})`);
    }
    const result = questionSchema.safeParse(value);
    if (!result.success) {
      const first = result.error.issues[0];
      const field = first.path.join('.') || undefined;
      const reason = first.code === 'invalid_type' && first.input === undefined ? 'missing' : first.message;
      throw new QuestionSetError(file, line, reason, field);
    }
    const q = result.data as LabeledQuestion;
    const earlier = lineOfId.get(q.id);
    if (earlier !== undefined) throw new QuestionSetError(file, line, `duplicate id "${q.id}" (first used on line ${earlier})`, 'id');
    lineOfId.set(q.id, line);
    questions.push(q);
  });
  return questions;
}

/** Loads the question set (by default eval/data/questions.jsonl) as a typed array. */
export function loadQuestionSet(file: string = DEFAULT_QUESTIONS_FILE): LabeledQuestion[] {
  return parseQuestionSet(readFileSync(file, 'utf8'), file);
}
