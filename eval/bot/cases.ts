/**
 * What the bot is evaluated on: the labeled question set, or any BEIR-format dataset
 * (corpus.jsonl, queries.jsonl, qrels/<split>.tsv), both as BotCase.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExpectedOutcome, LabeledQuestion, QuestionProfile } from '../questions/index.ts';
import type { ItemKind } from './port.ts';

export interface BotCase {
  id: string;
  text: string;
  language?: string;
  /** What the bot should do; absent for retrieval-only datasets (BEIR). */
  expected?: ExpectedOutcome;
  relevant: { kind: ItemKind; id: string; grade: number }[];
  profile?: QuestionProfile;
  /** calibration (tune), test (report) or holdout (written after tuning, reported apart); absent: test. */
  split?: 'calibration' | 'test' | 'holdout';
}

export function casesFromQuestions(questions: readonly LabeledQuestion[]): BotCase[] {
  return questions.map((q) => ({ id: q.id, text: q.text, language: q.language, expected: q.expected, relevant: q.relevant, profile: q.profile, split: q.split }));
}

/**
 * The cases an evaluation reports: it scores `test` cases and tunes on `calibration` ones, so for a
 * holdout report the holdout cases take the place of `test`; the split not reported is left out.
 * Throws a RangeError when the split asked for has no case.
 */
export function casesReportedOn(cases: readonly BotCase[], split: 'test' | 'holdout'): BotCase[] {
  // Held-out sets rotate into calibration once measured, so there may be none to report.
  if (!cases.some((c) => c.split === split)) {
    throw new RangeError(`the question set has no ${split} split to report${split === 'holdout' ? ' (held-out sets move to calibration once measured)' : ''}`);
  }
  const other = split === 'test' ? 'holdout' : 'test';
  return cases.filter((c) => c.split !== other).map((c) => (c.split === 'holdout' ? { ...c, split: 'test' } : c));
}

export class BeirDatasetError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    reason: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`);
    this.name = 'BeirDatasetError';
  }
}

export interface BeirCases {
  name: string;
  corpus: { id: string; title: string; text: string }[];
  /** Queries with at least one judged document in the split's qrels, in queries.jsonl order. */
  cases: BotCase[];
}

function lines(file: string): string[] {
  if (!existsSync(file)) throw new BeirDatasetError(file, null, 'file not found');
  return readFileSync(file, 'utf8').split('\n');
}

function json(file: string, line: string, n: number): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (err) {
    throw new BeirDatasetError(file, n, `not valid JSON (${(err as Error).message})`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new BeirDatasetError(file, n, 'not a JSON object');
  return v as Record<string, unknown>;
}

function idOf(file: string, v: Record<string, unknown>, n: number): string {
  if (typeof v._id === 'string' && v._id) return v._id;
  if (typeof v._id === 'number') return String(v._id);
  throw new BeirDatasetError(file, n, 'missing "_id"');
}

/**
 * Reads a BEIR folder. A query's language may be given as "language" or "metadata.language"
 * (an extension: plain BEIR has none). Qrels with score 0 are judged non-relevant.
 */
export function loadBeirCases(dir: string, options: { split?: string } = {}): BeirCases {
  const corpusFile = path.join(dir, 'corpus.jsonl');
  const corpus: BeirCases['corpus'] = [];
  const docs = new Set<string>();
  lines(corpusFile).forEach((line, i) => {
    if (!line.trim()) return;
    const v = json(corpusFile, line, i + 1);
    const id = idOf(corpusFile, v, i + 1);
    if (docs.has(id)) throw new BeirDatasetError(corpusFile, i + 1, `duplicate _id "${id}"`);
    if (typeof v.text !== 'string') throw new BeirDatasetError(corpusFile, i + 1, '"text" must be a string');
    docs.add(id);
    corpus.push({ id, title: typeof v.title === 'string' ? v.title : '', text: v.text });
  });

  const queriesFile = path.join(dir, 'queries.jsonl');
  const queries: { id: string; text: string; language?: string }[] = [];
  lines(queriesFile).forEach((line, i) => {
    if (!line.trim()) return;
    const v = json(queriesFile, line, i + 1);
    if (typeof v.text !== 'string') throw new BeirDatasetError(queriesFile, i + 1, '"text" must be a string');
    const meta = v.metadata && typeof v.metadata === 'object' ? (v.metadata as Record<string, unknown>) : {};
    const language = typeof v.language === 'string' ? v.language : typeof meta.language === 'string' ? meta.language : undefined;
    queries.push({ id: idOf(queriesFile, v, i + 1), text: v.text, language });
  });
  const known = new Set(queries.map((q) => q.id));

  const qrelsFile = path.join(dir, 'qrels', `${options.split ?? 'test'}.tsv`);
  const judged = new Map<string, Map<string, number>>();
  lines(qrelsFile).forEach((line, i) => {
    if (!line.trim()) return;
    const cols = line.split('\t').map((c) => c.trim());
    if (i === 0 && /query/i.test(cols[0])) return; // header: query-id, corpus-id, score
    if (cols.length < 3) throw new BeirDatasetError(qrelsFile, i + 1, 'expected query-id, corpus-id and score separated by tabs');
    const grade = Number(cols[2]);
    if (!Number.isFinite(grade)) throw new BeirDatasetError(qrelsFile, i + 1, `score "${cols[2]}" is not a number`);
    if (!known.has(cols[0])) throw new BeirDatasetError(qrelsFile, i + 1, `query "${cols[0]}" is not in queries.jsonl`);
    if (!docs.has(cols[1])) throw new BeirDatasetError(qrelsFile, i + 1, `document "${cols[1]}" is not in corpus.jsonl`);
    if (!judged.has(cols[0])) judged.set(cols[0], new Map());
    judged.get(cols[0])!.set(cols[1], grade);
  });

  const cases: BotCase[] = queries
    .filter((q) => judged.has(q.id))
    .map((q) => ({
      id: q.id,
      text: q.text,
      ...(q.language ? { language: q.language } : {}),
      relevant: [...judged.get(q.id)!].map(([id, grade]) => ({ kind: 'article' as const, id, grade })),
    }));
  return { name: path.basename(path.resolve(dir)), corpus, cases };
}
