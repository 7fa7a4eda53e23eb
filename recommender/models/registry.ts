import { ContentModel } from './content.ts';
import { ContextLiftModel } from './context-lift.ts';
import { CooccurrenceModel } from './cooccurrence.ts';
import { EaseModel } from './ease.ts';
import { FeedbackAdjustedModel } from './feedback.ts';
import { HybridModel } from './hybrid.ts';
import { ItemKnnModel } from './itemknn.ts';
import { LocalCooccurrenceModel } from './local-cooccurrence.ts';
import { CategoryPopularityModel, PopularityModel } from './popularity.ts';
import { unpackModel } from './serialization.ts';
import { isTextAware, type Query, type Recommender } from './types.ts';

export const MODEL_NAMES = ['popularity', 'popularity_category', 'cooccurrence', 'local_cooccurrence', 'itemknn', 'ease', 'content', 'hybrid'] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

const FACTORIES: Record<ModelName, () => Recommender> = {
  popularity: () => new PopularityModel(),
  popularity_category: () => new CategoryPopularityModel(),
  cooccurrence: () => new CooccurrenceModel(),
  local_cooccurrence: () => new LocalCooccurrenceModel(),
  itemknn: () => new ItemKnnModel(),
  ease: () => new EaseModel(),
  content: () => new ContentModel(),
  hybrid: () => new HybridModel(),
};

const RESTORERS: Record<string, (bytes: Uint8Array) => Recommender> = {
  popularity: PopularityModel.deserialize,
  popularity_category: CategoryPopularityModel.deserialize,
  cooccurrence: CooccurrenceModel.deserialize,
  local_cooccurrence: LocalCooccurrenceModel.deserialize,
  itemknn: ItemKnnModel.deserialize,
  ease: EaseModel.deserialize,
  content: ContentModel.deserialize,
  hybrid: HybridModel.deserialize,
  context_lift: ContextLiftModel.deserialize,
  feedback_adjusted: (bytes) => FeedbackAdjustedModel.deserialize(bytes, deserializeModel),
};

export function isModelName(name: string): name is ModelName {
  return (MODEL_NAMES as readonly string[]).includes(name);
}

/** A new, unfitted model. Text-aware ones (content, hybrid) also need prepare(embedder, texts). */
export function createModel(name: string): Recommender {
  if (!isModelName(name)) throw new Error(`unknown model ${name}; known: ${MODEL_NAMES.join(', ')}`);
  return FACTORIES[name]();
}

/** Restores any model from serialize()'s bytes, choosing the class from the header. */
export function deserializeModel(bytes: Uint8Array): Recommender {
  const { name } = unpackModel(bytes);
  const restore = RESTORERS[name];
  if (!restore) throw new Error(`cannot restore a model named ${name}`);
  return restore(bytes);
}

/**
 * Adds the statement's embedding to a query carrying free text (or an unseen statement's text),
 * when the model uses text; other queries are returned unchanged.
 */
export async function embedQuery(model: Recommender, query: Query): Promise<Query> {
  if (!isTextAware(model) || query.statementVector || !query.statementText) return query;
  return { ...query, statementVector: await model.embedText(query.statementText) };
}
