/**
 * The real Bot behind the evaluation ports: the same language detection, intent rules, filters,
 * calibrated confidence and handoff decision the chat serves, over an index built in memory from
 * the database (nothing is written to search_chunk). To evaluate it, plug.ts becomes
 *   export const plugBot = (db) => wayfinderBot(db);
 */
import type { Queryable } from '../../knowledge/db/index.ts';
import type { Embedder } from '../../knowledge/text/index.ts';
import { Bot, questionRoute, type BotContent } from '../../bot/bot.ts';
import { SearchIndex, filtersFor, search, type SearchMode } from '../../bot/index.ts';
import type { Intent } from '../../bot/understand/index.ts';
import type { ExpectedOutcome } from '../questions/index.ts';
import type { BotUnderTest, IntentClassifierUnderTest, RetrievedItem, RetrieverUnderTest } from './port.ts';
import { inMemoryIndex, resolveEmbedder } from './real-bot.ts';

/** Article chunks count as their translation group (any language version answers), services by id; 1/rank keeps the bot's order. */
function items(hits: { doc: { kind: string; sourceId: string; article?: { translationGroup: string } }; rank: number }[]): RetrievedItem[] {
  return hits.map((h) =>
    h.doc.kind === 'article' && h.doc.article
      ? { kind: 'article' as const, id: h.doc.article.translationGroup, score: 1 / h.rank }
      : { kind: 'service' as const, id: h.doc.sourceId, score: 1 / h.rank },
  );
}

function retriever(index: SearchIndex, name: string, mode: SearchMode, withFilters: boolean): RetrieverUnderTest {
  return {
    name,
    async search(query, options) {
      const filters = withFilters ? filtersFor(query, options.profile ?? {}) : undefined;
      // Chunks collapse to articles in the evaluator: ask for more so k distinct items remain.
      const result = await search(index, query, { mode, language: options.language, limit: Math.min(1000, options.k * 4), filters });
      return items(result.hits);
    },
  };
}

/** The bot's routes as the question set names outcomes. */
const ROUTES: Record<Intent, ExpectedOutcome> = {
  crisis: 'crisis',
  ask_for_person: 'ask_for_person',
  referral_request: 'handoff',
  out_of_scope: 'handoff',
  greeting: 'greeting',
  thanks: 'thanks',
  question: 'answer',
};

function classifier(bot: Bot, name: string): IntentClassifierUnderTest {
  return {
    name,
    detectsIntents: true,
    async classify(text, options) {
      // The question's language stands for the conversation's language the widget would send.
      const d = await bot.decide({ text, language: options.language, profile: options.profile });
      const ruleOutcome = ROUTES[d.intent.intent];
      const answerConfidence = d.confidence ? d.confidence.probability : NaN;
      // The route Bot.reply takes (questionRoute), so the figures are the served policy's.
      const outcome = ruleOutcome === 'answer' && d.confidence && questionRoute(d) !== 'answer' ? 'handoff' : ruleOutcome;
      return { outcome, ruleOutcome, answerConfidence };
    },
  };
}

export interface WayfinderBotOptions {
  /** Embedding model; undefined loads the default one, null runs lexical only. */
  embedder?: Embedder | null;
}

export async function wayfinderBot(db: Queryable, options: WayfinderBotOptions = {}): Promise<BotUnderTest> {
  const { embedder, description } = await resolveEmbedder(options.embedder);
  const index = await inMemoryIndex(db, embedder);
  const content: BotContent = { index, status: () => index.status() };
  const mode: SearchMode = index.hasDense ? 'hybrid' : 'lexical';
  const bot = await Bot.open(db, { content, searchMode: mode, llm: null });
  const retrievers: RetrieverUnderTest[] = [];
  if (index.hasDense) retrievers.push(retriever(index, 'hybrid + filters', 'hybrid', true), retriever(index, 'hybrid', 'hybrid', false), retriever(index, 'dense', 'dense', false));
  retrievers.push(retriever(index, 'lexical + filters', 'lexical', true), retriever(index, 'lexical', 'lexical', false));
  const status = bot.status();
  return {
    retrievers,
    classifier: classifier(bot, `Wayfinder bot (${mode}, threshold ${status.confidence.threshold?.toFixed(3) ?? 'none'})`),
    notes: [
      `Embedding model: ${description}.`,
      `Handoff: intent rules, then the handoff decision (the calibrated answer confidence weighed against the learned handoff reading of the message, bot/confidence/coefficients.json, ${mode} model; fitted on the calibration split) and the uncovered-topic list; the threshold curve varies the answer threshold alone.`,
      ...(status.confidence.note ? [`Confidence: ${status.confidence.note}.`] : []),
    ],
  };
}
