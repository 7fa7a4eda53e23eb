import { eligibilityFilter, rowActions } from '../data/access.ts';
import type { TrainingData } from '../data/types.ts';
import { sampleWithoutReplacement } from '../metrics/random.ts';
import { ndcgAtK } from '../metrics/ranking.ts';
import { ContentModel, type ContentParams } from './content.ts';
import { ContextLiftModel, type ContextLiftParams } from './context-lift.ts';
import { CooccurrenceModel, type CooccurrenceParams } from './cooccurrence.ts';
import { countAttachments } from './counts.ts';
import { EaseModel, type EaseParams } from './ease.ts';
import { ItemKnnModel, type ItemKnnParams } from './itemknn.ts';
import { LocalCooccurrenceModel, type LocalCooccurrenceParams } from './local-cooccurrence.ts';
import { CategoryPopularityModel } from './popularity.ts';
import { evaluationRows, queryForRow } from './query.ts';
import { topAmong } from './rank.ts';
import { packModel, unpackExpecting } from './serialization.ts';
import type { Embedder, LibraryTexts, Query, Reason, Recommender, TextAware, Vocabulary } from './types.ts';
import { requireFitted, vocabularyFromCatalog } from './vocabulary.ts';

export const HYBRID_COMPONENTS = ['cooccurrence', 'local_cooccurrence', 'ease', 'itemknn', 'content', 'popularity_category', 'context'] as const;
export type HybridComponent = (typeof HYBRID_COMPONENTS)[number];
export type HybridWeights = Record<HybridComponent, number>;

/**
 * Starting weights, used as they are when fit() gets no validation data. The warm ones are what
 * tuning chose on the demo plan generator's history; the cold and free-text ones lean on text,
 * because how much text similarity is worth depends on the embedder, which tuning measures.
 */
export const DEFAULT_WEIGHTS: HybridWeights = { cooccurrence: 1, local_cooccurrence: 0, ease: 0.25, itemknn: 0.1, content: 0, popularity_category: 0, context: 0 };
/** A library statement with no history: text similarity, the category's habits and the client's context. */
export const DEFAULT_COLD_WEIGHTS: HybridWeights = { cooccurrence: 0, local_cooccurrence: 0, ease: 0, itemknn: 0, content: 1, popularity_category: 0.25, context: 0.1 };
/** Free text: no history and no category, so mostly text similarity. */
export const DEFAULT_FREE_TEXT_WEIGHTS: HybridWeights = { cooccurrence: 0, local_cooccurrence: 0, ease: 0, itemknn: 0, content: 1, popularity_category: 0.1, context: 0.1 };

/**
 * Which weights score a query: 'warm' for a library statement with history, 'cold' for a library
 * statement without, 'free_text' for text the model cannot place in the library (no category).
 */
export type HybridRegime = 'warm' | 'cold' | 'free_text';

/** Values each weight tries during tuning. */
export const DEFAULT_WEIGHT_GRID = [0, 0.1, 0.25, 0.5, 1, 2, 4];

export interface HybridParams {
  components?: {
    cooccurrence?: CooccurrenceParams;
    local_cooccurrence?: LocalCooccurrenceParams;
    ease?: EaseParams;
    itemknn?: ItemKnnParams;
    content?: ContentParams;
    context?: ContextLiftParams;
  };
  weights?: Partial<HybridWeights>;
  coldWeights?: Partial<HybridWeights>;
  freeTextWeights?: Partial<HybridWeights>;
  /** How component scores are put on one scale before weighting. */
  normalize?: 'z' | 'rank';
  /** Statements seen fewer times than this are scored with the cold weights. */
  minHistory?: number;
  /** Later plans to tune the weights of all three regimes on, by coordinate search. */
  validation?: TrainingData;
  /** Coordinate search: nDCG@k on at most maxQueries validation queries (default 10, 3000), grid, rounds (2). */
  tuning?: { k?: number; maxQueries?: number; grid?: number[]; rounds?: number; seed?: number };
}

export interface RegimeTuning {
  queries: number;
  /** Validation nDCG@k with the starting weights and with the tuned ones. */
  before: number;
  after: number;
  weights: HybridWeights;
}

export interface TuningReport {
  metric: string;
  regimes: Partial<Record<HybridRegime, RegimeTuning>>;
}

interface TuningCase {
  scores: Partial<Record<HybridComponent, Float32Array>>;
  /** Eligible action indices, ascending. */
  eligible: Int32Array;
  relevant: Set<number>;
}

const ZERO_WEIGHTS: HybridWeights = { cooccurrence: 0, local_cooccurrence: 0, ease: 0, itemknn: 0, content: 0, popularity_category: 0, context: 0 };

/** The components a statement without history can use. */
const COLD_COMPONENTS: readonly HybridComponent[] = ['content', 'popularity_category', 'context'];
/** Scores that are probabilities: compared on a log scale, so adding the context term's log-lifts
 *  amounts to multiplying P(action | statement) by how much likelier the action is for this client. */
const PROBABILITY_COMPONENTS = new Set<HybridComponent>(['cooccurrence', 'local_cooccurrence', 'popularity_category']);

/**
 * Weighted sum of normalized component scores. Warm statements use all components; a statement
 * without history falls back to content + category popularity + context (the cold weights), and
 * free text to mostly content (the free-text weights).
 */
export class HybridModel implements Recommender, TextAware {
  readonly name = 'hybrid';
  weights: HybridWeights = { ...DEFAULT_WEIGHTS };
  coldWeights: HybridWeights = { ...DEFAULT_COLD_WEIGHTS };
  freeTextWeights: HybridWeights = { ...DEFAULT_FREE_TEXT_WEIGHTS };
  normalize: 'z' | 'rank' = 'z';
  minHistory = 1;
  tuning?: TuningReport;
  private vocab?: Vocabulary;
  private parts = {
    cooccurrence: new CooccurrenceModel(),
    local_cooccurrence: new LocalCooccurrenceModel(),
    ease: new EaseModel(),
    itemknn: new ItemKnnModel(),
    content: new ContentModel(),
    popularity_category: new CategoryPopularityModel(),
    context: new ContextLiftModel(),
  };

  get vocabulary(): Vocabulary {
    return requireFitted(this.vocab, this.name);
  }

  /** The fitted component models, e.g. to evaluate them separately. */
  get components(): Readonly<Record<HybridComponent, Recommender>> {
    return this.parts;
  }

  /** Embeds the library texts for the content component; call before fit to tune with it. */
  prepare(embedder: Embedder, texts: LibraryTexts): Promise<void> {
    return this.parts.content.prepare(embedder, texts);
  }

  attachEmbedder(embedder: Embedder): void {
    this.parts.content.attachEmbedder(embedder);
  }

  embedText(text: string): Promise<Float32Array> {
    return this.parts.content.embedText(text);
  }

  fit(data: TrainingData, params: HybridParams = {}): void {
    this.weights = { ...this.weights, ...params.weights };
    this.coldWeights = { ...this.coldWeights, ...params.coldWeights };
    this.freeTextWeights = { ...this.freeTextWeights, ...params.freeTextWeights };
    this.normalize = params.normalize ?? this.normalize;
    this.minHistory = params.minHistory ?? this.minHistory;
    const c = params.components ?? {};
    const vocab = vocabularyFromCatalog(data.catalog);
    const counts = countAttachments(data);
    this.parts.cooccurrence.fitCounts(vocab, counts, c.cooccurrence);
    this.parts.popularity_category.fitCounts(vocab, counts);
    this.parts.content.fitCounts(vocab, counts, c.content);
    this.parts.itemknn.fitCounts(data, vocab, counts, c.itemknn);
    this.parts.local_cooccurrence.fit(data, c.local_cooccurrence);
    this.parts.ease.fit(data, c.ease);
    this.parts.context.fit(data, c.context);
    this.vocab = vocab;
    this.tuning = undefined;
    if (params.validation) this.tune(params.validation, params.tuning ?? {});
  }

  regime(query: Query): HybridRegime {
    const s = query.statementIndex;
    if (s === undefined || s < 0 || s >= this.vocabulary.statementIds.length) return 'free_text';
    return this.parts.cooccurrence.history(s) < this.minHistory ? 'cold' : 'warm';
  }

  /** True when the statement has too little history for the collaborative components. */
  isCold(query: Query): boolean {
    return this.regime(query) !== 'warm';
  }

  weightsFor(regime: HybridRegime): HybridWeights {
    const w = { ...(regime === 'warm' ? this.weights : regime === 'cold' ? this.coldWeights : this.freeTextWeights) };
    // Without library vectors the content component has nothing to say.
    if (!this.parts.content.prepared) w.content = 0;
    return w;
  }

  private activeWeights(query: Query): HybridWeights {
    return this.weightsFor(this.regime(query));
  }

  /** Normalized scores of each component with a non-zero weight. */
  componentScores(query: Query, weights: HybridWeights): Partial<Record<HybridComponent, Float32Array>> {
    const out: Partial<Record<HybridComponent, Float32Array>> = {};
    for (const c of HYBRID_COMPONENTS) {
      if (weights[c] === 0) continue;
      out[c] = this.normalized(c, this.parts[c].score(query));
    }
    return out;
  }

  /**
   * Puts a component's scores on the common scale. In 'z' mode probabilities are logged first,
   * and the context term is left as it is: it is already a sum of log-lifts (0 = no evidence),
   * and standardizing it would blow a weak signal up to the loudness of the others.
   */
  private normalized(c: HybridComponent, raw: Float32Array): Float32Array {
    if (this.normalize === 'rank') return rankNormalize(raw);
    if (c === 'context') return raw;
    return zNormalize(PROBABILITY_COMPONENTS.has(c) ? logOf(raw) : raw);
  }

  score(query: Query): Float32Array {
    const w = this.activeWeights(query);
    const out = new Float32Array(this.vocabulary.actionIds.length);
    for (const [c, scores] of Object.entries(this.componentScores(query, w)) as [HybridComponent, Float32Array][]) {
      const wc = w[c];
      for (let a = 0; a < out.length; a++) out[a] += wc * scores[a];
    }
    return out;
  }

  explain(query: Query, actionIndex: number): Reason[] {
    const w = this.activeWeights(query);
    const found: { weight: number; order: number; reason: Reason }[] = [];
    for (const [c, scores] of Object.entries(this.componentScores(query, w)) as [HybridComponent, Float32Array][]) {
      const contribution = w[c] * scores[actionIndex];
      if (contribution <= 0) continue;
      this.parts[c].explain(query, actionIndex).forEach((reason, order) => found.push({ weight: contribution, order, reason }));
    }
    found.sort((x, y) => y.weight - x.weight || x.order - y.order);
    const seen = new Set<string>();
    return found.filter(({ reason }) => !seen.has(reason.text) && seen.add(reason.text)).map((f) => f.reason);
  }

  /**
   * Coordinate search, one weight at a time over the grid, keeping the value with the best mean
   * nDCG@k on validation queries; component scores are computed once per query. Each regime is
   * tuned on queries shaped like it:
   *  - warm: validation statements with history, all components;
   *  - cold: every validation statement, scored by the components that never read the statement's
   *    own history (content skips it; category popularity sees it only inside its category);
   *  - free text: every validation statement with its identity hidden: its text vector (own
   *    history excluded), overall popularity instead of the category's, and the context.
   */
  private tune(validation: TrainingData, options: NonNullable<HybridParams['tuning']>): void {
    const k = options.k ?? 10;
    const grid = options.grid ?? DEFAULT_WEIGHT_GRID;
    const rounds = options.rounds ?? 2;
    const rows = sampleWithoutReplacement(evaluationRows(validation), options.maxQueries ?? 3000, options.seed ?? 1);
    const nA = this.vocabulary.actionIds.length;
    const contentReady = this.parts.content.prepared;
    const usable = HYBRID_COMPONENTS.filter((c) => c !== 'content' || contentReady);
    const cases: Record<HybridRegime, TuningCase[]> = { warm: [], cold: [], free_text: [] };
    const freeTextScores = new Map<number, Float32Array>();
    for (const row of rows) {
      const query = queryForRow(validation, row);
      const isEligible = eligibilityFilter(this.vocabulary.actionEligibility, query.context);
      const eligible = Int32Array.from({ length: nA }, (_, a) => a).filter(isEligible);
      const relevant = new Set(rowActions(validation, row));
      const scores: Partial<Record<HybridComponent, Float32Array>> = {};
      for (const c of usable) scores[c] = this.normalized(c, this.parts[c].score(query));
      if (this.regime(query) === 'warm') cases.warm.push({ scores, eligible, relevant });
      cases.cold.push({ scores, eligible, relevant });
      const s = query.statementIndex!;
      const free: Partial<Record<HybridComponent, Float32Array>> = {
        popularity_category: this.normalized('popularity_category', this.parts.popularity_category.categoryScores(-1)),
        context: scores.context,
      };
      if (contentReady) {
        // The simulated free text depends only on the statement: score each statement once.
        let text = freeTextScores.get(s);
        if (!text) {
          text = this.normalized('content', this.parts.content.scoreVector(this.parts.content.libraryVector(s)!, s));
          freeTextScores.set(s, text);
        }
        free.content = text;
      }
      cases.free_text.push({ scores: free, eligible, relevant });
    }
    const coldUsable = usable.filter((c) => COLD_COMPONENTS.includes(c));
    const report: TuningReport = { metric: `ndcg@${k}`, regimes: {} };
    const plan: [HybridRegime, HybridComponent[]][] = [
      ['warm', usable],
      ['cold', coldUsable],
      ['free_text', coldUsable],
    ];
    for (const [regime, components] of plan) {
      if (cases[regime].length === 0) continue;
      const r = coordinateSearch(cases[regime], components, this.weightsFor(regime), grid, k, rounds, nA);
      report.regimes[regime] = { queries: cases[regime].length, ...r };
      if (regime === 'warm') this.weights = r.weights;
      else if (regime === 'cold') this.coldWeights = r.weights;
      else this.freeTextWeights = r.weights;
    }
    this.tuning = report;
  }

  serialize(): Uint8Array {
    const arrays: Record<string, Uint8Array> = {};
    for (const c of HYBRID_COMPONENTS) {
      // An unprepared content model cannot be serialized (it has no vectors) and is not used.
      if (c === 'content' && !this.parts.content.prepared) continue;
      arrays[c] = this.parts[c].serialize();
    }
    return packModel({
      name: this.name,
      meta: {
        weights: this.weights,
        coldWeights: this.coldWeights,
        freeTextWeights: this.freeTextWeights,
        normalize: this.normalize,
        minHistory: this.minHistory,
        tuning: this.tuning ?? null,
      },
      arrays,
    });
  }

  static deserialize(bytes: Uint8Array): HybridModel {
    const { meta, arrays } = unpackExpecting(bytes, 'hybrid');
    const m = new HybridModel();
    m.weights = meta.weights as HybridWeights;
    m.coldWeights = meta.coldWeights as HybridWeights;
    m.freeTextWeights = meta.freeTextWeights as HybridWeights;
    m.normalize = meta.normalize as 'z' | 'rank';
    m.minHistory = meta.minHistory as number;
    m.tuning = (meta.tuning as TuningReport | null) ?? undefined;
    const bytesOf = (key: string) => arrays[key] as Uint8Array;
    m.parts.cooccurrence = CooccurrenceModel.deserialize(bytesOf('cooccurrence'));
    if (arrays.local_cooccurrence) m.parts.local_cooccurrence = LocalCooccurrenceModel.deserialize(bytesOf('local_cooccurrence'));
    m.parts.ease = EaseModel.deserialize(bytesOf('ease'));
    m.parts.itemknn = ItemKnnModel.deserialize(bytesOf('itemknn'));
    if (arrays.content) m.parts.content = ContentModel.deserialize(bytesOf('content'));
    m.parts.popularity_category = CategoryPopularityModel.deserialize(bytesOf('popularity_category'));
    m.parts.context = ContextLiftModel.deserialize(bytesOf('context'));
    m.vocab = m.parts.cooccurrence.vocabulary;
    return m;
  }
}

/** (x − mean) / standard deviation; a constant vector carries no preference and becomes 0. */
export function zNormalize(x: Float32Array): Float32Array {
  const n = x.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  let variance = 0;
  for (let i = 0; i < n; i++) variance += (x[i] - mean) ** 2;
  const sd = Math.sqrt(variance / n);
  const out = new Float32Array(n);
  if (sd > 1e-12) for (let i = 0; i < n; i++) out[i] = (x[i] - mean) / sd;
  return out;
}

/** Ranks mapped to [0, 1], best = 1; tied scores share their average rank. */
export function rankNormalize(x: Float32Array): Float32Array {
  const n = x.length;
  const out = new Float32Array(n);
  if (n <= 1) return out;
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && x[order[j + 1]] === x[order[i]]) j++;
    const value = (i + j) / 2 / (n - 1);
    for (let t = i; t <= j; t++) out[order[t]] = value;
    i = j + 1;
  }
  return out;
}

/**
 * Coordinate search maximizing mean nDCG@k of the weighted sum. While one weight moves, the sum
 * of the other components is fixed, so it is computed once per coordinate and each grid value
 * costs one multiply-add per eligible action.
 */
function coordinateSearch(
  cases: TuningCase[],
  components: HybridComponent[],
  start: HybridWeights,
  grid: number[],
  k: number,
  rounds: number,
  nA: number,
): { before: number; after: number; weights: HybridWeights } {
  const combined = new Float32Array(nA);
  const bases = cases.map(() => new Float32Array(nA));
  /** Fills each case's base with the weighted sum of every component except `skip`. */
  const fillBases = (w: HybridWeights, skip?: HybridComponent) => {
    cases.forEach((c, i) => {
      const base = bases[i];
      base.fill(0);
      for (const comp of components) {
        const wc = w[comp];
        if (comp === skip || wc === 0) continue;
        const s = c.scores[comp]!;
        for (const a of c.eligible) base[a] += wc * s[a];
      }
    });
  };
  /** Mean nDCG@k of base + value · component. */
  const objective = (comp: HybridComponent | undefined, value: number): number => {
    let sum = 0;
    cases.forEach((c, i) => {
      const base = bases[i];
      if (comp === undefined || value === 0) {
        sum += ndcgAtK(topAmong(base, c.eligible, k), c.relevant, k);
        return;
      }
      const s = c.scores[comp]!;
      for (const a of c.eligible) combined[a] = base[a] + value * s[a];
      sum += ndcgAtK(topAmong(combined, c.eligible, k), c.relevant, k);
    });
    return sum / cases.length;
  };
  const evaluate = (w: HybridWeights) => {
    fillBases(w);
    return objective(undefined, 0);
  };

  const initial = { ...start };
  // Components that cannot take part (e.g. content without texts) keep weight 0.
  for (const c of HYBRID_COMPONENTS) if (!components.includes(c)) initial[c] = 0;
  const before = evaluate(initial);
  // Start from the given weights or from the best single component, whichever is better, so the
  // result is never worse on validation than any component alone.
  let weights = initial;
  let best = before;
  for (const only of components) {
    const single = { ...ZERO_WEIGHTS, [only]: 1 };
    const v = evaluate(single);
    if (v > best + 1e-9) {
      best = v;
      weights = single;
    }
  }
  for (let round = 0; round < rounds; round++) {
    for (const comp of components) {
      fillBases(weights, comp);
      for (const value of grid) {
        if (value === weights[comp]) continue;
        const v = objective(comp, value);
        if (v > best + 1e-9) {
          best = v;
          weights = { ...weights, [comp]: value };
        }
      }
    }
  }
  return { before, after: best, weights };
}

/** Natural log, floored so a zero probability stays finite. */
function logOf(x: Float32Array): Float32Array {
  const out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = Math.log(Math.max(x[i], 1e-6));
  return out;
}
