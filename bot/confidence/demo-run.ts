/**
 * Runs the bot over the labeled question set on the demo content, for fitting the confidence model
 * (fit.ts) and for the figures (bot/bench/questions.ts). Opens a fresh database (PGlite in memory, or
 * a throw-away database when DATABASE_URL is set), loads the demo content and indexes it twice:
 * with the default embedding model (when there is one) and lexical only.
 */
import { createTestDb, type TestDb } from '../../knowledge/db/testing.ts';
import { loadDemoContent } from '../../knowledge/demo/index.ts';
import type { LabeledQuestion } from '../../eval/questions/index.ts';
import { Bot, type BotOptions, type Decision } from '../bot.ts';
import { ContentIndex } from '../index/content-index.ts';
import type { SearchMode } from '../retrieval/search.ts';
import { relevantInTop } from './labels.ts';

export interface DemoIndexes {
  t: TestDb;
  /** With the default embedding model; null when none is available. */
  dense: ContentIndex | null;
  lexical: ContentIndex;
}

export async function openDemoIndexes(): Promise<DemoIndexes> {
  const t = await createTestDb();
  await loadDemoContent(t.db, { plans: 0 });
  const dense = await ContentIndex.open(t.db, { indexDir: null });
  // Both indexes share the search_chunk table; the lexical one keeps vectors it does not use.
  const lexical = await ContentIndex.open(t.db, { indexDir: null, embedder: null });
  return { t, dense: dense.index.hasDense ? dense : null, lexical };
}

/** The bot for one retrieval mode over the demo indexes. */
export function demoBot(d: DemoIndexes, mode: SearchMode, options: BotOptions = {}): Promise<Bot> {
  const content = mode === 'lexical' ? d.lexical : d.dense;
  if (!content) throw new Error(`${mode} retrieval needs an embedding model; none was found`);
  return Bot.open(d.t.db, { ...options, content, searchMode: mode });
}

export interface QuestionRun {
  question: LabeledQuestion;
  decision: Decision;
  /** For answer/handoff questions: 1 when a top-3 item is relevant (handoff questions are always 0). */
  label: 0 | 1 | null;
}

/** Decides every question (with the question's language as the conversation's language, as the widget would set it). */
export async function runQuestions(bot: Bot, questions: readonly LabeledQuestion[], options: { searchAlways?: boolean } = {}): Promise<QuestionRun[]> {
  const out: QuestionRun[] = [];
  for (const q of questions) {
    const searchAlways = options.searchAlways && (q.expected === 'answer' || q.expected === 'handoff');
    const decision = await bot.decide({ text: q.text, language: q.language, profile: q.profile }, { searchAlways });
    const label = q.expected === 'handoff' ? 0 : q.expected === 'answer' && decision.search ? relevantInTop(decision.search.hits, q.relevant) : null;
    out.push({ question: q, decision, label });
  }
  return out;
}
