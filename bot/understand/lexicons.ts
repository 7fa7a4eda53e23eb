/**
 * The intent lexicons: one JSON file per language in ./lexicons/, validated on load so a typo in
 * a lexicon is a clear error naming the file and field, not a silent miss. Phrase syntax is
 * described in phrases.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';
import { compilePhrase, PhraseError, type Phrase } from './phrases.ts';

export const CRISIS_KINDS = ['self_harm', 'violence', 'medical', 'danger'] as const;
export type CrisisKind = (typeof CRISIS_KINDS)[number];

const phrases = z.array(z.string().trim().min(1));

export const LexiconFileSchema = z
  .object({
    language: z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639-1 code such as "fr"'),
    /** Hello in its many forms. */
    greeting: phrases,
    /** Thank you in its many forms. */
    thanks: phrases,
    /** Words that may sit beside a greeting or thanks without making the message a question. */
    fillers: phrases,
    /** Asking for a human: advisor, agent, real person, call me. */
    ask_for_person: phrases,
    /** Asking to be referred or connected; the service named follows, or fills a {name} slot. */
    referral_request: phrases,
    /** Words that end a named service ("please", "because"). */
    referral_stop: phrases,
    /** Words dropped from the start of a named service ("the", "à", "ਮੈਨੂੰ"). */
    articles: phrases,
    /** A question word before a referral phrase makes it a question ("how do I get a referral to…"). */
    question_words: phrases,
    /** Jokes, weather, sports, homework… */
    out_of_scope: phrases,
    /** Settlement topics: any of these vetoes out_of_scope ("what clothes for Winnipeg weather"). */
    in_scope: phrases,
    /** Negation just before a phrase ("I don't want to talk to a person"). */
    negations: phrases,
    /**
     * A personal case only an advisor can handle: a refusal to appeal, the status of "my file", a
     * named worker, a complaint. Optional; such messages are handed to a person like ask_for_person.
     */
    personal_case: phrases.optional(),
    /**
     * Looking for a service rather than asking for this chat's advisor ("is there someone I could
     * talk to, a counsellor that doesn't cost a lot"): vetoes ask_for_person. Optional.
     */
    service_search: phrases.optional(),
    /**
     * The asker's own file, case or hearing named in passing ("can I work while waiting for my
     * hearing"). Optional. Not a handoff by itself: the bot answers only when retrieval is sure
     * (high band, with an offer of a person) and otherwise hands the message to a person.
     */
    personal_context: phrases.optional(),
    /**
     * Requests for a task that is not settlement help whatever its topic: do my homework, write my
     * essay or code, ignore your instructions, show your prompt. Optional; never vetoed by in_scope
     * words ("write my essay about immigration" is still not the bot's job).
     */
    off_task: phrases.optional(),
    crisis: z
      .object({
        self_harm: phrases.min(1),
        violence: phrases.min(1),
        medical: phrases.min(1),
        danger: phrases.min(1),
      })
      .strict(),
  })
  .strict();
export type LexiconFile = z.infer<typeof LexiconFileSchema>;

/** A lexicon file that cannot be used; names the file and what is wrong. */
export class LexiconError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`Lexicon ${file}: ${detail}`);
    this.name = 'LexiconError';
  }
}

/** A lexicon ready for matching. */
export interface Lexicon {
  language: string;
  greeting: Phrase[];
  thanks: Phrase[];
  fillers: Phrase[];
  askForPerson: Phrase[];
  referralRequest: Phrase[];
  referralStop: Phrase[];
  articles: Phrase[];
  questionWords: Phrase[];
  outOfScope: Phrase[];
  inScope: Phrase[];
  negations: Phrase[];
  personalCase: Phrase[];
  personalContext: Phrase[];
  serviceSearch: Phrase[];
  offTask: Phrase[];
  crisis: Record<CrisisKind, Phrase[]>;
}

function compileAll(file: string, field: string, list: readonly string[]): Phrase[] {
  return list.map((source, i) => {
    try {
      return compilePhrase(source);
    } catch (err) {
      if (err instanceof PhraseError) throw new LexiconError(file, `${field}[${i}]: ${err.message}`);
      throw err;
    }
  });
}

/** Validates and compiles one parsed lexicon file. */
export function compileLexicon(file: string, data: unknown): Lexicon {
  const parsed = LexiconFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LexiconError(file, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const d = parsed.data;
  const c = (field: string, list: readonly string[]) => compileAll(file, field, list);
  return {
    language: d.language,
    greeting: c('greeting', d.greeting),
    thanks: c('thanks', d.thanks),
    fillers: c('fillers', d.fillers),
    askForPerson: c('ask_for_person', d.ask_for_person),
    referralRequest: c('referral_request', d.referral_request),
    referralStop: c('referral_stop', d.referral_stop),
    articles: c('articles', d.articles),
    questionWords: c('question_words', d.question_words),
    outOfScope: c('out_of_scope', d.out_of_scope),
    inScope: c('in_scope', d.in_scope),
    negations: c('negations', d.negations),
    personalCase: c('personal_case', d.personal_case ?? []),
    personalContext: c('personal_context', d.personal_context ?? []),
    serviceSearch: c('service_search', d.service_search ?? []),
    offTask: c('off_task', d.off_task ?? []),
    crisis: {
      self_harm: c('crisis.self_harm', d.crisis.self_harm),
      violence: c('crisis.violence', d.crisis.violence),
      medical: c('crisis.medical', d.crisis.medical),
      danger: c('crisis.danger', d.crisis.danger),
    },
  };
}

export const LEXICON_DIR = fileURLToPath(new URL('./lexicons/', import.meta.url));

/** Every `<language>.json` in `dir`; the file name must match its "language" field. */
export function loadLexicons(dir: string = LEXICON_DIR): Lexicon[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new LexiconError(dir, 'no lexicon files');
  return files.map((f) => {
    const full = path.join(dir, f);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(full, 'utf8'));
    } catch (err) {
      throw new LexiconError(f, `not valid JSON (${(err as Error).message})`);
    }
    const lexicon = compileLexicon(f, data);
    if (`${lexicon.language}.json` !== f) throw new LexiconError(f, `says language "${lexicon.language}"`);
    return lexicon;
  });
}

let cached: Lexicon[] | undefined;

/** The shipped lexicons, loaded once. */
export function defaultLexicons(): Lexicon[] {
  cached ??= loadLexicons();
  return cached;
}
