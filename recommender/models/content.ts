import { CsrMatrix } from '../data/csr.ts';
import type { TrainingData } from '../data/types.ts';
import { countAttachments, type AttachmentCounts } from './counts.ts';
import { formatCount, formatShare, quote } from './format.ts';
import { packModel, unpackExpecting } from './serialization.ts';
import { TfidfEmbedder, type TfidfState } from './tfidf.ts';
import type { Embedder, LibraryTexts, Query, Reason, Recommender, TextAware, Vocabulary } from './types.ts';
import { requireFitted, vocabularyFromCatalog, vocabularyFromJson, vocabularyToJson } from './vocabulary.ts';

export interface ContentParams {
  /** Share of the score that comes from similar statements' history rather than action wording (0..1). */
  transfer?: number;
  /** How many similar statements lend their history. */
  neighbours?: number;
  /** Statements less similar than this lend nothing. */
  minSimilarity?: number;
}

/**
 * Text similarity: the statement's wording against each action's wording, blended with the
 * history of the most similar *other* statements ("chosen for a similarly worded statement"):
 * score = (1 − t)·cos(statement, action) + t·maxSim·Σ_j (sim_j / Σ sim)·P(action | statement j).
 * It never uses the statement's own history, which is what makes it the cold-start model:
 * a new library statement or free text scores as well as one seen a thousand times.
 */
export class ContentModel implements Recommender, TextAware {
  readonly name = 'content';
  params: Required<ContentParams> = { transfer: 0.5, neighbours: 10, minSimilarity: 0.1 };
  embedder?: Embedder;
  private embedderId?: string;
  private dimension = 0;
  private vocab?: Vocabulary;
  private statementVectors: Float32Array = new Float32Array(0);
  private actionVectors: Float32Array = new Float32Array(0);
  private statementRows: Float32Array = new Float32Array(0);
  private statementAction?: CsrMatrix;
  /** Scores of library statements, computed on first use: they only change with fit/prepare. */
  private libraryScores = new Map<number, Float32Array>();

  get vocabulary(): Vocabulary {
    return requireFitted(this.vocab, this.name);
  }

  /** True once library vectors exist, so text scores are meaningful. */
  get prepared(): boolean {
    return this.embedderId !== undefined;
  }

  async prepare(embedder: Embedder, texts: LibraryTexts): Promise<void> {
    const d = embedder.dimension;
    const pack = (vectors: Float32Array[]) => {
      const out = new Float32Array(vectors.length * d);
      vectors.forEach((v, i) => out.set(normalized(v), i * d));
      return out;
    };
    this.statementVectors = pack(await embedder.embed(texts.statementTexts));
    this.actionVectors = pack(await embedder.embed(texts.actionTexts));
    this.embedder = embedder;
    this.embedderId = embedder.id;
    this.dimension = d;
    this.libraryScores.clear();
  }

  /** Re-attaches the embedder after deserialize; it must be the one the vectors came from. */
  attachEmbedder(embedder: Embedder): void {
    if (embedder.id !== this.embedderId) throw new Error(`content: vectors were made by ${this.embedderId}, not ${embedder.id}`);
    this.embedder = embedder;
  }

  async embedText(text: string): Promise<Float32Array> {
    if (!this.embedder) throw new Error('content: no embedder attached (prepare or attachEmbedder first)');
    const [v] = await this.embedder.embed([text]);
    return normalized(v);
  }

  fit(data: TrainingData, params: ContentParams = {}): void {
    this.fitCounts(vocabularyFromCatalog(data.catalog), countAttachments(data), params);
  }

  fitCounts(vocab: Vocabulary, counts: AttachmentCounts, params: ContentParams = {}): void {
    this.params = { ...this.params, ...params };
    this.vocab = vocab;
    this.statementRows = counts.statementRows;
    this.statementAction = counts.statementAction;
    this.libraryScores.clear();
  }

  private checkReady(): void {
    requireFitted(this.statementAction, this.name);
    if (!this.prepared) throw new Error('content: call prepare(embedder, texts) before scoring');
    const d = this.dimension;
    if (this.statementVectors.length !== this.vocabulary.statementIds.length * d || this.actionVectors.length !== this.vocabulary.actionIds.length * d) {
      throw new Error('content: prepared texts do not match the fitted vocabulary');
    }
  }

  /** The library statement's vector (unit length), or undefined when unknown or unprepared. */
  libraryVector(statementIndex: number): Float32Array | undefined {
    if (!this.prepared || statementIndex < 0 || statementIndex >= this.vocabulary.statementIds.length) return undefined;
    return this.statementVectors.subarray(statementIndex * this.dimension, (statementIndex + 1) * this.dimension);
  }

  /** The query statement's vector: given with the query, else the library statement's. */
  private queryVector(query: Query): Float32Array | undefined {
    if (query.statementVector) return query.statementVector;
    const s = query.statementIndex;
    if (s === undefined || s < 0 || s >= this.vocabulary.statementIds.length) return undefined;
    return this.statementVectors.subarray(s * this.dimension, (s + 1) * this.dimension);
  }

  /** Cosine of the vector with each action's vector. */
  private textSimilarity(v: Float32Array, nz: Int32Array | null): Float32Array {
    const d = this.dimension;
    const nA = this.vocabulary.actionIds.length;
    const out = new Float32Array(nA);
    for (let a = 0; a < nA; a++) out[a] = dot(v, nz, this.actionVectors, a * d, d);
    return out;
  }

  /** The most similar statements with history, excluding the query's own statement. */
  private neighbours(v: Float32Array, self: number | undefined, nz = sparseIndex(v)): { statement: number; similarity: number }[] {
    const d = this.dimension;
    const found: { statement: number; similarity: number }[] = [];
    for (let j = 0; j < this.vocabulary.statementIds.length; j++) {
      if (j === self || this.statementRows[j] === 0) continue;
      const similarity = dot(v, nz, this.statementVectors, j * d, d);
      if (similarity >= this.params.minSimilarity) found.push({ statement: j, similarity });
    }
    found.sort((x, y) => y.similarity - x.similarity || x.statement - y.statement);
    return found.slice(0, this.params.neighbours);
  }

  score(query: Query): Float32Array {
    this.checkReady();
    const v = this.queryVector(query);
    if (!v) return new Float32Array(this.vocabulary.actionIds.length);
    const s = query.statementIndex;
    if (query.statementVector || s === undefined) return this.scoreVector(v, s);
    let cached = this.libraryScores.get(s);
    if (!cached) {
      cached = this.scoreVector(v, s);
      this.libraryScores.set(s, cached);
    }
    return cached.slice();
  }

  /** Scores for a unit-length statement vector (e.g. from embedText), excluding `self`'s history. */
  scoreVector(v: Float32Array, self?: number): Float32Array {
    this.checkReady();
    const nz = sparseIndex(v);
    const out = this.textSimilarity(v, nz);
    const { transfer } = this.params;
    for (let a = 0; a < out.length; a++) out[a] *= 1 - transfer;
    const near = this.neighbours(v, self, nz);
    const total = near.reduce((sum, n) => sum + n.similarity, 0);
    if (total > 0) {
      // A similarity-weighted mix of the neighbours' action shares, trusted only as far as the
      // closest neighbour is close: a loosely related statement lends little.
      const trust = transfer * near[0].similarity;
      for (const { statement, similarity } of near) {
        this.statementAction!.addRowTo(statement, (trust * similarity) / (total * this.statementRows[statement]), out);
      }
    }
    return out;
  }

  explain(query: Query, actionIndex: number): Reason[] {
    this.checkReady();
    const v = this.queryVector(query);
    if (!v) return [];
    const v2 = this.vocabulary;
    const found: { weight: number; reason: Reason }[] = [];
    const similarity = dot(v, sparseIndex(v), this.actionVectors, actionIndex * this.dimension, this.dimension);
    if (similarity > 0) {
      found.push({
        weight: (1 - this.params.transfer) * similarity,
        reason: {
          kind: 'similar_text',
          text: `its wording is close to this statement's (text similarity ${similarity.toFixed(2)})`,
          data: { similarity },
        },
      });
    }
    const near = this.neighbours(v, query.statementIndex);
    const total = near.reduce((sum, n) => sum + n.similarity, 0);
    for (const n of near) {
      const count = this.statementAction!.get(n.statement, actionIndex);
      if (count === 0) continue;
      const plans = this.statementRows[n.statement];
      const share = count / plans;
      found.push({
        weight: (this.params.transfer * near[0].similarity * n.similarity * share) / total,
        reason: {
          kind: 'similar_text',
          text: `chosen in ${formatShare(share)} of ${formatCount(plans)} past plans with the similar statement ${quote(v2.statementTexts[n.statement])}`,
          data: { share, count, plans, statementId: v2.statementIds[n.statement], similarity: n.similarity },
        },
      });
    }
    return found.sort((x, y) => y.weight - x.weight).map((f) => f.reason);
  }

  serialize(): Uint8Array {
    this.checkReady();
    const m = this.statementAction!;
    const embedderState: TfidfState | null = this.embedder instanceof TfidfEmbedder ? this.embedder.state() : null;
    return packModel({
      name: this.name,
      meta: {
        vocabulary: vocabularyToJson(this.vocabulary),
        params: this.params,
        embedderId: this.embedderId,
        dimension: this.dimension,
        embedderState,
      },
      arrays: {
        statementVectors: this.statementVectors,
        actionVectors: this.actionVectors,
        statementRows: this.statementRows,
        indptr: m.indptr,
        indices: m.indices,
        values: m.values,
      },
    });
  }

  /** Restores the model; a TF-IDF embedder travels with it, any other must be re-attached. */
  static deserialize(bytes: Uint8Array): ContentModel {
    const { meta, arrays } = unpackExpecting(bytes, 'content');
    const m = new ContentModel();
    m.vocab = vocabularyFromJson(meta.vocabulary);
    m.params = meta.params as Required<ContentParams>;
    m.embedderId = meta.embedderId as string;
    m.dimension = meta.dimension as number;
    if (meta.embedderState) m.embedder = TfidfEmbedder.fromState(meta.embedderState as TfidfState);
    m.statementVectors = arrays.statementVectors as Float32Array;
    m.actionVectors = arrays.actionVectors as Float32Array;
    m.statementRows = arrays.statementRows as Float32Array;
    m.statementAction = new CsrMatrix(
      m.vocab.statementIds.length,
      m.vocab.actionIds.length,
      arrays.indptr as Int32Array,
      arrays.indices as Int32Array,
      arrays.values as Float32Array,
    );
    return m;
  }
}

/** Nonzero positions of a mostly-zero vector (TF-IDF), or null when dense (sentence embeddings). */
function sparseIndex(v: Float32Array): Int32Array | null {
  let n = 0;
  for (let i = 0; i < v.length; i++) if (v[i] !== 0) n++;
  if (n > v.length / 4) return null;
  const nz = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < v.length; i++) if (v[i] !== 0) nz[k++] = i;
  return nz;
}

/** v · matrix[offset .. offset + d), visiting only v's nonzeros when they are known. */
function dot(v: Float32Array, nz: Int32Array | null, matrix: Float32Array, offset: number, d: number): number {
  let sum = 0;
  if (nz) for (const i of nz) sum += v[i] * matrix[offset + i];
  else for (let i = 0; i < d; i++) sum += v[i] * matrix[offset + i];
  return sum;
}

/** A unit-length copy (zero stays zero), so embedders need not normalize. */
function normalized(v: Float32Array): Float32Array {
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm += v[i] * v[i];
  const out = new Float32Array(v);
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < out.length; i++) out[i] *= inv;
  }
  return out;
}
