import type { Eligibility } from '../../knowledge/domain/types.ts';
import type { ClientContext } from '../data/context.ts';
import type { TrainingData } from '../data/types.ts';

/** What a model is asked: suggest actions for one driving statement of a plan. */
export interface Query {
  /** The library statement, when it is one (index in the model's vocabulary). */
  statementIndex?: number;
  /** Free text the assessor wrote, or the text of a library statement the model has not seen. */
  statementText?: string;
  /** The statement text embedded by the content model's embedder (see embedQuery). */
  statementVector?: Float32Array;
  /** The plan's other library statements. */
  otherStatementIndices: number[];
  context: ClientContext;
  /** Actions already anywhere in the plan; the caller excludes them from the suggestions. */
  actionsInPlan: number[];
  /** The subset of actionsInPlan already attached to this very statement. */
  actionsOnStatement?: number[];
}

export type ReasonKind = 'cooccurrence' | 'together_with' | 'similar_text' | 'popular' | 'context' | 'feedback';

/** One plain-language reason for a suggestion, with the numbers behind it for the interface. */
export interface Reason {
  kind: ReasonKind;
  text: string;
  data: Record<string, string | number | boolean | null>;
}

export interface Recommender {
  readonly name: string;
  /** The ids and labels the indices refer to; available after fit or deserialize. */
  readonly vocabulary: Vocabulary;
  /** Learns from the plans in `data` (synchronous, CPU only). */
  fit(data: TrainingData, params?: object): void;
  /** One score per action index; higher is better. Nothing is excluded here (see rankActions). */
  score(query: Query): Float32Array;
  explain(query: Query, actionIndex: number): Reason[];
  /** Everything needed to restore the fitted model without the training data. */
  serialize(): Uint8Array;
}

/** Sentence embeddings, whatever produces them; vectors are expected unit length. */
export interface Embedder {
  readonly id: string;
  readonly dimension: number;
  embed(texts: string[]): Promise<Float32Array[]>;
}

/** Models that use text: their library vectors are computed once, asynchronously, before scoring. */
export interface TextAware {
  prepare(embedder: Embedder, texts: LibraryTexts): Promise<void>;
  /** Embeds a free text with the same embedder, for Query.statementVector. */
  embedText(text: string): Promise<Float32Array>;
}

/** Texts aligned with the vocabulary indices. */
export interface LibraryTexts {
  statementTexts: string[];
  actionTexts: string[];
}

export function isTextAware(model: Recommender): model is Recommender & TextAware {
  return typeof (model as Partial<TextAware>).prepare === 'function';
}

/** The catalog as a fitted model remembers it: enough to map ids, explain and filter eligibility. */
export interface Vocabulary {
  statementIds: string[];
  statementTexts: string[];
  statementCategory: Int32Array;
  actionIds: string[];
  actionTexts: string[];
  actionCategory: Int32Array;
  actionEligibility: (Eligibility | undefined)[];
  categoryIds: string[];
  categoryLabels: string[];
}
