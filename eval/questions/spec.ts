/**
 * Authoring helpers for eval/data/source/*.ts: a compact way to write a labeled question.
 * `build.ts` turns these specs into `eval/data/questions.jsonl`, resolving service aliases
 * against the demo directory so service ids never have to be typed by hand.
 */
import type { CrisisKind, HandoffReason, ImmigrationStatus, QuestionLanguage } from './types.ts';

export interface SpecOptions {
  /** Service aliases (see SERVICE_ALIASES) with an optional grade, e.g. `"linc conv assess:1"`; needs `site`. */
  s?: string;
  /** Article translation groups with optional grades, for handoff and crisis specs. */
  a?: string;
  site?: string;
  age?: number;
  status?: ImmigrationStatus;
  /** The asker wants the service in this language: services that do not offer it drop to grade 1. */
  spoken?: string;
  tags?: string[];
  notes?: string;
}

export interface QuestionSpec extends SpecOptions {
  text: string;
  expected: 'answer' | 'handoff' | 'crisis' | 'greeting' | 'thanks' | 'ask_for_person';
  handoffReason?: HandoffReason;
  crisisKind?: CrisisKind;
}

export interface LanguageSpecs {
  language: QuestionLanguage;
  specs: QuestionSpec[];
}

/** An answerable question; `articles` is `"group[:grade] …"` with grade 2 by default. */
export function a(text: string, articles: string, opts: SpecOptions = {}): QuestionSpec {
  return { ...opts, text, expected: 'answer', a: articles };
}

/** A message that must go to a person. */
export function h(text: string, handoffReason: HandoffReason, opts: SpecOptions = {}): QuestionSpec {
  return { ...opts, text, expected: 'handoff', handoffReason };
}

/** A crisis message: the bot must show emergency resources first. */
export function c(text: string, crisisKind: CrisisKind, opts: SpecOptions = {}): QuestionSpec {
  return { ...opts, text, expected: 'crisis', crisisKind };
}

export const greet = (text: string, opts: SpecOptions = {}): QuestionSpec => ({ ...opts, text, expected: 'greeting' });
export const thanks = (text: string, opts: SpecOptions = {}): QuestionSpec => ({ ...opts, text, expected: 'thanks' });
export const human = (text: string, opts: SpecOptions = {}): QuestionSpec => ({ ...opts, text, expected: 'ask_for_person' });

export function language(lang: QuestionLanguage, specs: QuestionSpec[]): LanguageSpecs {
  return { language: lang, specs };
}

/** Short names for the demo directory's service names (every name the generator uses). */
export const SERVICE_ALIASES: Record<string, string> = {
  settle: 'Settlement Counselling',
  needs: 'Needs Assessment and Referral',
  orient: 'Life in Canada Orientation Workshops',
  citprep: 'Citizenship Test Preparation',
  claimant: 'Refugee Claimant Support',
  housing: 'Housing Search Help',
  tenant: 'Tenant Rights Information',
  emhousing: 'Emergency Housing and Shelter Referral',
  transhousing: 'Transitional Housing for Refugees',
  foodbank: 'Food Bank',
  meal: 'Community Meal',
  foodbox: 'Good Food Box',
  primary: 'Primary Care for Newcomers',
  interp: 'Medical Interpretation',
  mh: 'Newcomer Mental Health Counselling',
  dental: 'Community Dental Clinic',
  prenatal: 'Prenatal and New Parent Program',
  nav: 'Health System Navigation',
  legal: 'Community Legal Clinic',
  immlegal: 'Immigration and Refugee Legal Help',
  id: 'ID Clinic',
  rights: 'Know Your Rights Workshops',
  famcoun: 'Family Counselling',
  parenting: 'Newcomer Parenting Program',
  childcare: 'Child Care Navigation',
  playgroup: 'Early Years Drop-in Playgroup',
  shelter: 'Emergency Shelter for Women and Children',
  fv: 'Family Violence Counselling and Safety Planning',
  crisisline: '24-Hour Crisis and Support Line',
  youth: 'Newcomer Youth Program',
  seniors: 'Newcomer Seniors Program',
  women: 'Newcomer Women’s Circle',
  connect: 'Community Connections',
  volunteer: 'Volunteer Matching',
  computers: 'Public Computers and Printing',
  digital: 'Digital Skills for Newcomers',
  laptop: 'Laptop and Internet Hotspot Lending',
  tax: 'Free Tax Clinic',
  benefits: 'Benefits Application Help',
  finlit: 'Financial Literacy Workshops',
  transit: 'Transit Orientation',
  rides: 'Volunteer Driver Program',
  dlprep: 'Driver’s Licence Preparation',
  schoolreg: 'School Registration and Welcome Centre',
  adulths: 'Adult High School Credits',
  homework: 'Homework Club',
  postsec: 'Post-secondary Pathways Advising',
  jobs: 'Employment Counselling and Job Search',
  bridging: 'Bridging Program for Internationally Trained Professionals',
  mentor: 'Professional Mentorship Program',
  youthjobs: 'Youth Employment Skills',
  cred: 'Credential Recognition Guidance',
  farm: 'Migrant Agricultural Worker Support',
  linc: 'LINC English Classes',
  assess: 'Language Assessment and Class Placement',
  conv: 'English Conversation Circle',
  workeng: 'English for the Workplace',
  clic: 'CLIC French Classes',
};
