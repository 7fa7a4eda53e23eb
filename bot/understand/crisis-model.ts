/**
 * A learned second opinion on crisis, for the phrasings the lexicons miss. Phrase lists catch
 * about half of crisis messages worded in ways nobody listed ("my husband is lying on the floor
 * and his lips are blue"); a classifier over character n-grams generalizes across word endings,
 * joined prefixes and paraphrase, in all eight languages at once.
 *
 * Model: the shared TextClassifier (text-classifier.ts), trained when first needed (about a
 * second) from the labeled messages in testdata/ (crisis and ordinary ones) and the knowledge
 * articles' sentences, which teach it that talking about 911, fires or overdoses is not being in one.
 *
 * The threshold is not picked here: crisis-model.json holds the one `crisis-model-fit.ts` chose by
 * cross-validation (at most 1.5% of ordinary messages flagged), with a hash of the training data so
 * a test fails when the data changes and the threshold is stale.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_ARTICLES_DIR, readArticleFolder } from '../../knowledge/articles/index.ts';
import { loadQuestionSet } from '../../eval/questions/index.ts';
import { CRISIS_KINDS, type CrisisKind } from './lexicons.ts';
import { TextClassifier, textFeatures, type TrainOptions } from './text-classifier.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const CRISIS_MODEL_FILE = path.join(HERE, 'crisis-model.json');
const TESTDATA = path.join(HERE, 'testdata');

export type { TrainOptions };

export interface CrisisExample {
  text: string;
  /** The crisis kind, or null for an ordinary message. */
  kind: CrisisKind | null;
  /** An article sentence rather than a message someone wrote: trains, never measures. */
  article?: true;
}

export interface CrisisModelSettings {
  /** Scores above this are a crisis. */
  threshold: number;
  epochs: number;
  l2: number;
  /** SHA-256 of the training data the threshold was chosen on. */
  dataHash: string;
  /** What cross-validation measured when the threshold was chosen (for the record). */
  crossValidation: Record<string, number>;
}

export class CrisisModel {
  private constructor(
    private readonly classifier: TextClassifier,
    private readonly positives: { kind: CrisisKind; features: Set<number> }[],
    readonly threshold: number,
  ) {}

  /** Fits the model (needs crisis and ordinary examples); `threshold` decides which scores count as crisis. */
  static train(examples: readonly CrisisExample[], threshold: number, options: TrainOptions = {}): CrisisModel {
    const x = examples.map((e) => textFeatures(e.text));
    const labeled = examples.map((e) => ({ text: e.text, label: e.kind ? (1 as const) : (0 as const) }));
    const classifier = TextClassifier.train(labeled, options, x);
    const kinds = examples.flatMap((e, i) => (e.kind ? [{ kind: e.kind, features: new Set(x[i]) }] : []));
    return new CrisisModel(classifier, kinds, threshold);
  }

  /** The model's log-odds that the message is a crisis. */
  score(text: string): number {
    return this.classifier.score(text);
  }

  /** The crisis kind when the score is over the threshold, else null. */
  detect(text: string): { kind: CrisisKind; score: number } | null {
    const f = textFeatures(text);
    const score = this.classifier.scoreFeatures(f);
    return score > this.threshold ? { kind: this.nearestKind(f), score } : null;
  }

  /** The kind of the most similar known crisis message (Jaccard overlap of features). */
  private nearestKind(features: readonly number[]): CrisisKind {
    const f = new Set(features);
    let best: { kind: CrisisKind; similarity: number } = { kind: 'danger', similarity: -1 };
    for (const p of this.positives) {
      let shared = 0;
      for (const h of f) if (p.features.has(h)) shared++;
      const similarity = shared / (f.size + p.features.size - shared || 1);
      if (similarity > best.similarity) best = { kind: p.kind, similarity };
    }
    return best.kind;
  }
}

type CrisisFile = { crisis?: Record<string, [string, string][]>; ordinary?: Record<string, string[]>; messages?: unknown };

const LEXICON_KIND: Record<string, CrisisKind> = {
  self_harm: 'self_harm',
  violence: 'violence',
  domestic_violence: 'violence',
  medical: 'medical',
  medical_emergency: 'medical',
  danger: 'danger',
  immediate_danger: 'danger',
};

function kindOf(label: string, where: string): CrisisKind {
  const kind = LEXICON_KIND[label];
  if (!kind || !CRISIS_KINDS.includes(kind)) throw new Error(`${where}: unknown crisis kind "${label}"`);
  return kind;
}

/**
 * The training messages: crisis and ordinary messages from testdata/, the other test messages
 * (language and intent sets, none of them a crisis), the question set's calibration split, and
 * every article sentence as ordinary.
 */
export function crisisTrainingData(): CrisisExample[] {
  const read = (file: string) => JSON.parse(readFileSync(path.join(TESTDATA, file), 'utf8')) as CrisisFile;
  const out: CrisisExample[] = [];
  // crisis-authored.json: written for training only, by an author who saw neither the bot nor these lists.
  for (const file of ['crisis-messages.json', 'crisis-held-out.json', 'crisis-review.json', 'crisis-authored.json']) {
    const data = read(file);
    for (const items of Object.values(data.crisis ?? {})) for (const [text, kind] of items) out.push({ text, kind: kindOf(kind, file) });
    for (const items of Object.values(data.ordinary ?? {})) for (const text of items) out.push({ text, kind: null });
  }
  for (const m of read('crisis-unseen.json').messages as { text: string; kind: string }[]) out.push({ text: m.text, kind: kindOf(m.kind, 'crisis-unseen.json') });
  for (const file of ['short-messages.json', 'held-out-messages.json']) {
    for (const items of Object.values(read(file).messages as Record<string, string[]>)) for (const text of items) out.push({ text, kind: null });
  }
  for (const m of read('intent-messages.json').messages as { text: string; intent: string }[]) if (m.intent !== 'crisis') out.push({ text: m.text, kind: null });
  // The labeled question set's calibration split (never test or holdout): crises and everyday questions.
  for (const q of loadQuestionSet()) {
    if (q.split === 'calibration') out.push({ text: q.text, kind: q.crisisKind ? kindOf(q.crisisKind, q.id) : null });
  }
  for (const article of readArticleFolder(DEFAULT_ARTICLES_DIR)) {
    for (const sentence of article.body.split(/[.!?\n]+/)) {
      const text = sentence.replace(/[#*_>`|-]+/g, ' ').trim();
      if (text.length > 20 && text.length < 200) out.push({ text, kind: null, article: true });
    }
  }
  return out;
}

export function trainingDataHash(examples: readonly CrisisExample[]): string {
  const h = createHash('sha256');
  for (const e of examples) h.update(`${e.kind ?? '-'}\t${e.article ? 'a' : 'm'}\t${e.text}\n`);
  return h.digest('hex');
}

export function readCrisisModelSettings(file = CRISIS_MODEL_FILE): CrisisModelSettings {
  return JSON.parse(readFileSync(file, 'utf8')) as CrisisModelSettings;
}

let shared: CrisisModel | undefined;

/** The production model, trained on first use from the committed data and settings. */
export function defaultCrisisModel(): CrisisModel {
  if (!shared) {
    const settings = readCrisisModelSettings();
    shared = CrisisModel.train(crisisTrainingData(), settings.threshold, { epochs: settings.epochs, l2: settings.l2 });
  }
  return shared;
}
