/**
 * What the bot evaluation needs from a bot: a retriever and an intent/handoff classifier. Any
 * implementation plugs in — the real bot (see real-bot.ts and plug.ts), a TREC run file, a
 * scripted fake in tests — so the metrics never depend on how the bot is built.
 */
import type { ExpectedOutcome, QuestionProfile } from '../questions/index.ts';

export type ItemKind = 'article' | 'service';

/** One retrieved item. Articles are identified by translation group (any language version counts), services by service id. */
export interface RetrievedItem {
  id: string;
  kind: ItemKind;
  score: number;
}

export interface RetrieveOptions {
  /** Items wanted (the evaluator asks for at least 10). */
  k: number;
  /** The question's language, when known. */
  language?: string;
  /** What the question says about the asker (site, age, status, service language): a retriever with filters uses it. */
  profile?: QuestionProfile;
}

export interface RetrieverUnderTest {
  /** Shown in the report, e.g. "hybrid + filters". */
  name: string;
  /** Best first. Duplicates (several chunks of one article) are collapsed by the evaluator, first one kept. */
  search(query: string, options: RetrieveOptions): Promise<RetrievedItem[]>;
}

/** What the bot would do with a message. */
export interface BotDecision {
  /** The route taken: answer from content, hand off, crisis, small talk, or a plain request for a person. */
  outcome: ExpectedOutcome;
  /**
   * The route by rules alone, before the confidence threshold ('answer' for a question the bot
   * would answer if confident enough). The threshold curve re-decides these answers at other
   * thresholds; default: `outcome`.
   */
  ruleOutcome?: ExpectedOutcome;
  /**
   * How sure the bot is that it can answer from content (any monotone score; higher = surer).
   * The threshold curve hands off every `answer` below a threshold t, so it should be set for
   * answers; NaN when the bot has none.
   */
  answerConfidence: number;
}

export interface IntentClassifierUnderTest {
  name: string;
  /** False when the classifier only decides answer vs hand off (e.g. by retrieval score): crisis and intents are then not measured. */
  detectsIntents: boolean;
  classify(text: string, options: { language?: string; profile?: QuestionProfile }): Promise<BotDecision>;
}

/** A bot under test: configurations compared side by side (the first one is the reference) and an optional classifier. */
export interface BotUnderTest {
  retrievers: RetrieverUnderTest[];
  classifier: IntentClassifierUnderTest | null;
  /** Anything the report should say about the setup (embedding model, fallbacks). */
  notes?: string[];
}
