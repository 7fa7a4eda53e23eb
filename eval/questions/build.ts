/**
 * Builds eval/data/questions.jsonl from the authored specs in eval/data/source/.
 * Run: npx tsx eval/questions/build.ts   (deterministic; the test fails when the file is stale)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ar from '../data/source/ar.ts';
import en from '../data/source/en.ts';
import es from '../data/source/es.ts';
import fa from '../data/source/fa.ts';
import fr from '../data/source/fr.ts';
import pa from '../data/source/pa.ts';
import uk from '../data/source/uk.ts';
import zh from '../data/source/zh.ts';
import FOURTH_AUTHOR_SOURCES from '../data/source/fourth-author/index.ts';
import FIFTH_AUTHOR_SOURCES from '../data/source/fifth-author/index.ts';
import SIXTH_AUTHOR_SOURCES from '../data/source/sixth-author/index.ts';
import SECOND_AUTHOR_SOURCES from '../data/source/second-author/index.ts';
import THIRD_AUTHOR_SOURCES from '../data/source/third-author/index.ts';
import { readContentCatalogue, serviceFitsProfile, type ContentCatalogue } from './content.ts';
import { DEFAULT_QUESTIONS_FILE } from './load.ts';
import { SERVICE_ALIASES, type LanguageSpecs, type QuestionSpec } from './spec.ts';
import { assignSplits } from './split.ts';
import type { LabeledQuestion, QuestionLanguage, QuestionProfile, RelevanceGrade, RelevantItem } from './types.ts';

export const SOURCES: LanguageSpecs[] = [en, fr, es, ar, zh, uk, fa, pa];

/** Each language owns a block of 999 ids, so adding a question to one file never renumbers another. */
export const ID_BLOCKS: Record<QuestionLanguage, number> = { en: 1000, fr: 2000, es: 3000, ar: 4000, zh: 5000, uk: 6000, fa: 7000, pa: 8000 };

const NATIVE_SCRIPT: Partial<Record<QuestionLanguage, RegExp>> = {
  ar: /[\u0600-\u06FF]/,
  fa: /[\u0600-\u06FF]/,
  zh: /[\u4E00-\u9FFF]/,
  uk: /[\u0400-\u04FF]/,
  pa: /[\u0A00-\u0A7F]/,
};

export class QuestionSpecError extends Error {
  constructor(where: string, reason: string) {
    super(`${where}: ${reason}`);
    this.name = 'QuestionSpecError';
  }
}

/**
 * Authors after the first, each with their own id range inside every language block (q…001–199
 * is the first author's, split by assignSplits): a held-out set is measured once, then moves to
 * calibration and the next author's messages become the holdout.
 */
export interface AuthorSources {
  label: string;
  sources: LanguageSpecs[];
  /** Ids run from block + offset + 1 to block + last. */
  offset: number;
  last: number;
  split: 'calibration' | 'holdout';
}

export const LATER_AUTHORS: AuthorSources[] = [
  { label: 'second-author', sources: SECOND_AUTHOR_SOURCES, offset: 500, last: 749, split: 'calibration' },
  { label: 'third-author', sources: THIRD_AUTHOR_SOURCES, offset: 750, last: 875, split: 'calibration' },
  { label: 'fourth-author', sources: FOURTH_AUTHOR_SOURCES, offset: 875, last: 999, split: 'calibration' },
  // The first author never used more than 195 ids per language, so the fifth author took 301–499
  // and the sixth 201–299. The four-digit id space is now full: a seventh author (the next holdout)
  // needs longer ids (e.g. q + 5 digits, a block of 9,999 per language).
  { label: 'fifth-author', sources: FIFTH_AUTHOR_SOURCES, offset: 300, last: 499, split: 'calibration' },
  { label: 'sixth-author', sources: SIXTH_AUTHOR_SOURCES, offset: 200, last: 299, split: 'calibration' },
];

/** The first author's ids run q…001 to q…199 in each language block; the later authors' follow. */
export const FIRST_AUTHOR_LAST = 199;

export function buildQuestionSet(
  sources: LanguageSpecs[] = SOURCES,
  catalogue: ContentCatalogue = readContentCatalogue(),
  laterAuthors: AuthorSources[] = LATER_AUTHORS,
): LabeledQuestion[] {
  const drafts = draftsOf(sources, 0, FIRST_AUTHOR_LAST, catalogue, '');
  const splits = assignSplits(drafts);
  return [
    ...drafts.map((q) => orderFields({ ...q, split: splits.get(q.id)! })),
    ...laterAuthors.flatMap((a) => draftsOf(a.sources, a.offset, a.last - a.offset, catalogue, `${a.label} `).map((q) => orderFields({ ...q, split: a.split }))),
  ];
}

function draftsOf(sources: LanguageSpecs[], offset: number, max: number, catalogue: ContentCatalogue, label: string): Omit<LabeledQuestion, 'split'>[] {
  const seenLanguages = new Set<QuestionLanguage>();
  const drafts: Omit<LabeledQuestion, 'split'>[] = [];
  for (const { language, specs } of sources) {
    if (seenLanguages.has(language)) throw new QuestionSpecError(language, `language listed twice in the ${label}sources`);
    seenLanguages.add(language);
    if (specs.length > max) throw new QuestionSpecError(language, `more than ${max} ${label}questions do not fit the id block`);
    specs.forEach((spec, i) => {
      const where = `${label}${language} #${i + 1} "${spec.text.slice(0, 40)}"`;
      drafts.push({ id: `q${ID_BLOCKS[language] + offset + i + 1}`, ...toQuestion(spec, language, catalogue, where) });
    });
  }
  return drafts;
}

function toQuestion(spec: QuestionSpec, language: QuestionLanguage, catalogue: ContentCatalogue, where: string): Omit<LabeledQuestion, 'id' | 'split'> {
  const profile: QuestionProfile = {};
  if (spec.site) profile.site = spec.site;
  if (spec.age !== undefined) profile.age = spec.age;
  if (spec.status) profile.immigrationStatus = spec.status;
  if (spec.spoken) profile.serviceLanguage = spec.spoken;

  const relevant = [...resolveArticles(spec.a ?? '', catalogue, where), ...resolveServices(spec, profile, catalogue, where)];
  if (spec.expected === 'answer' && !relevant.some((r) => r.grade === 2)) {
    throw new QuestionSpecError(where, 'an answerable question needs at least one grade-2 item');
  }
  const tags = [...(spec.tags ?? [])];
  const script = NATIVE_SCRIPT[language];
  if (script && !script.test(spec.text) && !tags.includes('romanized')) tags.push('romanized');

  return {
    text: spec.text,
    language,
    expected: spec.expected,
    relevant,
    ...(Object.keys(profile).length ? { profile } : {}),
    ...(spec.handoffReason ? { handoffReason: spec.handoffReason } : {}),
    ...(spec.crisisKind ? { crisisKind: spec.crisisKind } : {}),
    ...(tags.length ? { tags } : {}),
    ...(spec.notes ? { notes: spec.notes } : {}),
  };
}

function parseGraded(list: string, where: string): { key: string; grade: RelevanceGrade }[] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      const [key, gradeText = '2', extra] = token.split(':');
      if (extra !== undefined || (gradeText !== '1' && gradeText !== '2')) {
        throw new QuestionSpecError(where, `"${token}" must be name or name:1 or name:2`);
      }
      return { key, grade: Number(gradeText) as RelevanceGrade };
    });
}

function resolveArticles(list: string, catalogue: ContentCatalogue, where: string): RelevantItem[] {
  return parseGraded(list, where).map(({ key, grade }) => {
    if (!catalogue.articleGroups.has(key)) throw new QuestionSpecError(where, `unknown article translation group "${key}"`);
    return { kind: 'article', id: key, grade };
  });
}

/** Every service with the alias's name at the question's site that the asker is eligible for. */
function resolveServices(spec: QuestionSpec, profile: QuestionProfile, catalogue: ContentCatalogue, where: string): RelevantItem[] {
  const wanted = parseGraded(spec.s ?? '', where);
  if (wanted.length === 0) return [];
  if (!spec.site) throw new QuestionSpecError(where, 'service relevance needs a site');
  const best = new Map<string, RelevanceGrade>();
  for (const { key, grade } of wanted) {
    const name = SERVICE_ALIASES[key];
    if (!name) throw new QuestionSpecError(where, `unknown service alias "${key}"`);
    const atSite = [...catalogue.services.values()].filter((s) => s.name === name && s.site === spec.site);
    if (atSite.length === 0) throw new QuestionSpecError(where, `no "${name}" service in ${spec.site}`);
    for (const service of atSite) {
      if (!serviceFitsProfile(service, profile)) continue;
      const g: RelevanceGrade = profile.serviceLanguage && !service.languages.includes(profile.serviceLanguage) ? 1 : grade;
      best.set(service.id, Math.max(best.get(service.id) ?? 0, g) as RelevanceGrade);
    }
  }
  return [...best]
    .sort(([idA, gA], [idB, gB]) => gB - gA || (idA < idB ? -1 : 1))
    .map(([id, grade]) => ({ kind: 'service', id, grade }));
}

function orderFields(q: LabeledQuestion): LabeledQuestion {
  const { id, text, language, expected, relevant, profile, handoffReason, crisisKind, split, tags, notes } = q;
  return JSON.parse(JSON.stringify({ id, text, language, expected, relevant, profile, handoffReason, crisisKind, split, tags, notes }));
}

export function toJsonl(questions: LabeledQuestion[]): string {
  return questions.map((q) => JSON.stringify(q)).join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const questions = buildQuestionSet();
  writeFileSync(DEFAULT_QUESTIONS_FILE, toJsonl(questions));
  console.log(`wrote ${questions.length} questions to ${DEFAULT_QUESTIONS_FILE}`);
}
