/**
 * A small learned text classifier shared by the crisis and handoff checks: logistic regression on
 * hashed features of a message (character 3–5-grams of each normalized word, the words, word
 * pairs), trained by SGD with class weights, fixed seed and order, so the same data gives the same
 * model. Character n-grams generalize across word endings, joined prefixes and typos in all eight
 * languages at once, with no model file to ship: it trains in about a second from labeled messages.
 */
import { tokenize } from './tokens.ts';

const DIMENSIONS = 1 << 18;

export interface TextExample {
  text: string;
  /** 1 = the class the classifier looks for. */
  label: 0 | 1;
}

export interface TrainOptions {
  epochs?: number;
  l2?: number;
  seed?: number;
}

/** The hashed feature ids of a message (distinct). */
export function textFeatures(text: string): number[] {
  const words = tokenize(text).map((t) => t.alt ?? t.norm);
  const grams: string[] = [];
  for (const w of words) {
    const padded = ` ${w} `;
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
    grams.push(`w:${w}`);
  }
  for (let i = 0; i + 1 < words.length; i++) grams.push(`b:${words[i]} ${words[i + 1]}`);
  return [...new Set(grams.map(hash))];
}

function hash(gram: string): number {
  let h = 2166136261; // FNV-1a
  for (let i = 0; i < gram.length; i++) {
    h ^= gram.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % DIMENSIONS;
}

export class TextClassifier {
  private constructor(
    private readonly weights: Float64Array,
    private readonly bias: number,
  ) {}

  /** Fits on examples given as texts or as precomputed feature ids (`textFeatures`). */
  static train(examples: readonly TextExample[], options: TrainOptions = {}, precomputed?: readonly (readonly number[])[]): TextClassifier {
    const epochs = options.epochs ?? 30;
    const l2 = options.l2 ?? 1e-4;
    if (precomputed && precomputed.length !== examples.length) throw new RangeError(`${precomputed.length} feature lists for ${examples.length} examples`);
    const x = precomputed ?? examples.map((e) => textFeatures(e.text));
    const y = examples.map((e) => e.label);
    const positives = y.reduce<number>((a, b) => a + b, 0);
    if (positives === 0 || positives === examples.length) throw new RangeError('a text classifier needs examples of both classes');
    // The class looked for is usually the rarer one; weighting it keeps the model from ignoring it.
    const positiveWeight = (examples.length - positives) / positives;
    const w = new Float64Array(DIMENSIONS);
    let b = 0;
    let state = (options.seed ?? 7) >>> 0;
    const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
    const order = examples.map((_, i) => i);
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      const rate = 0.2 / (1 + epoch * 0.2);
      for (const k of order) {
        const f = x[k];
        let z = b;
        for (const h of f) z += w[h];
        const p = 1 / (1 + Math.exp(-z));
        // Long messages have many features; scaling keeps one message from dominating a step.
        const g = ((p - y[k]) * (y[k] ? positiveWeight : 1)) / Math.sqrt(f.length || 1);
        for (const h of f) w[h] -= rate * (g + l2 * w[h]);
        b -= rate * g;
      }
    }
    return new TextClassifier(w, b);
  }

  /** Log-odds that the message belongs to the class. */
  score(text: string): number {
    return this.scoreFeatures(textFeatures(text));
  }

  scoreFeatures(features: readonly number[]): number {
    let z = this.bias;
    for (const h of features) z += this.weights[h];
    return z;
  }
}
