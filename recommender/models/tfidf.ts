import { createHash } from 'node:crypto';
// The stemmers alone: importing the whole `natural` package costs over a second at startup.
import { PorterStemmer, PorterStemmerEs, PorterStemmerFr, type Stemmer } from 'natural/lib/natural/stemmers/index.js';
import type { Embedder } from './types.ts';

const STEMMERS: Record<string, Stemmer> = { en: PorterStemmer, fr: PorterStemmerFr, es: PorterStemmerEs };

/** Stemmed content words; stop words are removed by the stemmers' tokenizers. */
export function tokenize(text: string, language: string): string[] {
  const stemmer = STEMMERS[language];
  if (stemmer) return stemmer.tokenizeAndStem(text);
  // No stemmer for this language (e.g. Arabic): lower-cased letter/digit runs.
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface TfidfState {
  language: string;
  terms: string[];
  idf: number[];
}

/**
 * The lexical fallback embedder: sublinear TF-IDF over stemmed words, L2-normalized, so a dot
 * product is the cosine. The vocabulary and IDF come from the library texts it is fitted on.
 */
export class TfidfEmbedder implements Embedder {
  readonly id: string;
  readonly dimension: number;
  private readonly termIndex: Map<string, number>;

  private constructor(
    readonly language: string,
    private readonly terms: string[],
    private readonly idf: Float64Array,
  ) {
    this.dimension = terms.length;
    this.termIndex = new Map(terms.map((t, i) => [t, i]));
    const digest = createHash('sha256').update(JSON.stringify([language, terms, Array.from(idf)])).digest('hex').slice(0, 12);
    this.id = `tfidf-${language}-${digest}`;
  }

  static fit(corpus: string[], options: { language?: string } = {}): TfidfEmbedder {
    const language = options.language ?? 'en';
    const df = new Map<string, number>();
    for (const text of corpus) for (const t of new Set(tokenize(text, language))) df.set(t, (df.get(t) ?? 0) + 1);
    const terms = [...df.keys()].sort();
    // Smoothed IDF (as in scikit-learn): a term in every document still weighs 1.
    const idf = Float64Array.from(terms, (t) => Math.log((1 + corpus.length) / (1 + df.get(t)!)) + 1);
    return new TfidfEmbedder(language, terms, idf);
  }

  static fromState(state: TfidfState): TfidfEmbedder {
    return new TfidfEmbedder(state.language, state.terms, Float64Array.from(state.idf));
  }

  state(): TfidfState {
    return { language: this.language, terms: this.terms, idf: Array.from(this.idf) };
  }

  embedOne(text: string): Float32Array {
    const counts = new Map<number, number>();
    for (const t of tokenize(text, this.language)) {
      const i = this.termIndex.get(t);
      if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const v = new Float32Array(this.dimension);
    let norm = 0;
    for (const [i, c] of counts) {
      const w = (1 + Math.log(c)) * this.idf[i];
      v[i] = w;
      norm += w * w;
    }
    if (norm > 0) {
      const inv = 1 / Math.sqrt(norm);
      for (const i of counts.keys()) v[i] *= inv;
    }
    return v;
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    return texts.map((t) => this.embedOne(t));
  }
}
