/**
 * The real bot behind the evaluation ports: Wayfinder's search index built in memory from the
 * database's articles and directory (read only: nothing is written to search_chunk), searched
 * with the bot's own `search` in each configuration the issue compares.
 */
import type { Queryable } from '../../knowledge/db/index.ts';
import { loadDefaultEmbedder, type Embedder } from '../../knowledge/text/index.ts';
import { MemoryChunkStore, SearchIndex, classifyIntent, filtersFor, indexBeir, loadBeir, readArticleSources, readServiceSources, search, type SearchHit, type SearchMode } from '../../bot/index.ts';
import type { ExpectedOutcome } from '../questions/index.ts';
import type { BotUnderTest, IntentClassifierUnderTest, RetrievedItem, RetrieverUnderTest } from './port.ts';

/** Article chunks count as their translation group (any language version answers), services by id. */
export function itemOfHit(hit: SearchHit): RetrievedItem {
  const doc = hit.doc;
  if (doc.kind === 'service') return { kind: 'service', id: doc.service?.serviceId ?? doc.sourceId, score: hit.score };
  return { kind: 'article', id: doc.article?.translationGroup ?? doc.sourceId, score: hit.score };
}

function configuration(index: SearchIndex, name: string, mode: SearchMode, withFilters: boolean): RetrieverUnderTest {
  return {
    name,
    async search(query, options) {
      const filters = withFilters ? filtersFor(query, options.profile ?? {}) : undefined;
      // Several chunks of one article collapse into one item in the evaluator: ask for more so k distinct items remain.
      const result = await search(index, query, { mode, language: options.language, limit: Math.min(1000, options.k * 4), filters });
      return result.hits.map(itemOfHit);
    },
  };
}

/**
 * Hands off when the best hit is weak: the bot's handoff threshold applied to the top dense
 * cosine (BM25 score without an embedder). It decides answer vs person only, so intents and
 * crisis are not measured with it.
 */
function retrievalConfidenceClassifier(index: SearchIndex, mode: SearchMode): IntentClassifierUnderTest {
  return {
    name: `top-hit score (${mode})`,
    detectsIntents: false,
    async classify(text, options) {
      const result = await search(index, text, { mode, language: options.language, limit: 1, filters: filtersFor(text, options.profile ?? {}) });
      const top = result.hits[0];
      const confidence = top ? (top.dense?.score ?? top.lexical?.score ?? top.score) : NaN;
      return { outcome: 'answer', answerConfidence: confidence };
    },
  };
}

/** An intent rule set's labels mapped onto the question set's outcomes. */
const INTENT_OUTCOMES: Record<string, ExpectedOutcome> = {
  crisis: 'crisis',
  ask_for_person: 'ask_for_person',
  out_of_scope: 'handoff',
  greeting: 'greeting',
  thanks: 'thanks',
  referral_request: 'answer',
  question: 'answer',
};

export type IntentFunction = (text: string, options: { language?: string }) => { intent: string };

/**
 * A full classifier from an intent function (e.g. bot/understand's classifyIntent, once bot/index.ts
 * exports it) and the retrieval confidence for questions: plug it in plug.ts to measure crisis
 * recall and intents as well.
 */
export function intentClassifier(name: string, classify: IntentFunction, confidence: IntentClassifierUnderTest): IntentClassifierUnderTest {
  return {
    name,
    detectsIntents: true,
    async classify(text, options) {
      const outcome = INTENT_OUTCOMES[classify(text, { language: options.language }).intent] ?? 'answer';
      const answerConfidence = outcome === 'answer' ? (await confidence.classify(text, options)).answerConfidence : NaN;
      return { outcome, ruleOutcome: outcome, answerConfidence };
    },
  };
}

/** The embedder given, or the default model when none is (null: lexical only), and how the report names it. */
export async function resolveEmbedder(given: Embedder | null | undefined): Promise<{ embedder: Embedder | null; description: string }> {
  if (given !== undefined) return { embedder: given, description: given ? given.id : 'none given: lexical only' };
  return loadDefaultEmbedder();
}

/** The database's articles and directory in a search index held in memory: nothing is written to search_chunk. */
export async function inMemoryIndex(db: Queryable, embedder: Embedder | null): Promise<SearchIndex> {
  const index = await SearchIndex.create({ store: new MemoryChunkStore(), embedder, indexDir: null });
  await index.sync([...(await readArticleSources(db)), ...(await readServiceSources(db))], { completeKinds: ['article', 'service'] });
  return index;
}

export async function realBot(db: Queryable, options: { embedder?: Embedder | null } = {}): Promise<BotUnderTest> {
  const { embedder, description } = await resolveEmbedder(options.embedder);
  const index = await inMemoryIndex(db, embedder);
  const retrievers: RetrieverUnderTest[] = [];
  if (index.hasDense) retrievers.push(configuration(index, 'hybrid + filters', 'hybrid', true), configuration(index, 'hybrid', 'hybrid', false));
  retrievers.push(configuration(index, 'lexical + filters', 'lexical', true), configuration(index, 'lexical', 'lexical', false));
  if (index.hasDense) retrievers.push(configuration(index, 'dense + filters', 'dense', true), configuration(index, 'dense', 'dense', false));
  return {
    retrievers,
    classifier: intentClassifier('intent rules + top-hit score', classifyIntent, retrievalConfidenceClassifier(index, index.hasDense ? 'hybrid' : 'lexical')),
    notes: [
      `Embedding model: ${description}.`,
      'Routing: the bot\'s intent rules (classifyIntent; out_of_scope counts as a handoff, referral requests as questions), then for questions the top hit\'s score (dense cosine when there is one) against a threshold chosen on the calibration split.',
    ],
  };
}

/** The bot's search over a BEIR corpus (indexed in memory with the production index code), lexical, dense and hybrid. */
export async function realBotOnBeir(dir: string, options: { embedder?: Embedder | null; split?: string } = {}): Promise<BotUnderTest> {
  const { embedder, description } = await resolveEmbedder(options.embedder);
  const dataset = await loadBeir(dir, { split: options.split });
  const index = await indexBeir(dataset, { embedder });
  const modes: SearchMode[] = index.hasDense ? ['hybrid', 'lexical', 'dense'] : ['lexical'];
  return {
    retrievers: modes.map((mode) => ({
      name: mode,
      async search(query, o) {
        const result = await search(index, query, { mode, language: o.language ?? 'en', limit: o.k });
        return result.hits.map((h) => ({ kind: 'article' as const, id: h.doc.sourceId, score: h.score }));
      },
    })),
    classifier: null,
    notes: [`Embedding model: ${description}.`, 'BEIR has no intents or handoff labels: only retrieval is measured.'],
  };
}
