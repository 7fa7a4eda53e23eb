/** The labeled question set's vocabulary: what a question may be expected to trigger, and why. */
import { IMMIGRATION_STATUSES, SITES, type ImmigrationStatus } from '../../knowledge/domain/types.ts';

/**
 * Languages a question may be written in. Content exists in en/fr/ar/es only; the others
 * (zh, uk, fa, pa) test cross-lingual retrieval. Extend this list before adding a new language.
 */
export const QUESTION_LANGUAGES = ['en', 'fr', 'es', 'ar', 'zh', 'uk', 'fa', 'pa'] as const;
export type QuestionLanguage = (typeof QUESTION_LANGUAGES)[number];

/** What the bot should do with the message. */
export const EXPECTED_OUTCOMES = ['answer', 'handoff', 'crisis', 'greeting', 'thanks', 'ask_for_person'] as const;
export type ExpectedOutcome = (typeof EXPECTED_OUTCOMES)[number];

/** Why a message must go to a person rather than be answered from content. */
export const HANDOFF_REASONS = ['personal_case', 'out_of_scope', 'no_answer', 'asked_for_person'] as const;
export type HandoffReason = (typeof HANDOFF_REASONS)[number];

/** The kind of emergency a crisis message signals; decides which resources to show first. */
export const CRISIS_KINDS = ['self_harm', 'domestic_violence', 'medical_emergency', 'immediate_danger'] as const;
export type CrisisKind = (typeof CRISIS_KINDS)[number];

/** Calibration tunes the bot's confidence threshold; test measures it. Never report calibration figures as results. */
export const SPLITS = ['calibration', 'test', 'holdout'] as const;
export type Split = (typeof SPLITS)[number];

export const SITE_IDS = SITES.map((s) => s.id);
export { IMMIGRATION_STATUSES, type ImmigrationStatus };

/** 2 = answers the question; 1 = answers part of it or is a useful next step. */
export type RelevanceGrade = 1 | 2;

export interface RelevantItem {
  /** `article`: an article translation group (any language version counts). `service`: a directory service id. */
  kind: 'article' | 'service';
  id: string;
  grade: RelevanceGrade;
}

/** What the question itself implies about the asker (never guessed beyond the text). */
export interface QuestionProfile {
  site?: string;
  age?: number;
  immigrationStatus?: ImmigrationStatus;
  /** The asker wants a service in this language (ISO 639 code); services without it are graded 1 at most. */
  serviceLanguage?: string;
}

export interface LabeledQuestion {
  /** `q` + 4 digits; the first digit is the language block (see eval/data/README.md). */
  id: string;
  text: string;
  language: QuestionLanguage;
  expected: ExpectedOutcome;
  /** Graded relevant content. Required (with a grade-2 item) for `answer`; optional elsewhere. */
  relevant: RelevantItem[];
  profile?: QuestionProfile;
  handoffReason?: HandoffReason;
  crisisKind?: CrisisKind;
  split: Split;
  /** Writing traits worth slicing results by, e.g. `romanized`, `code_switch`. */
  tags?: string[];
  notes?: string;
}
