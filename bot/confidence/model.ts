/**
 * The fitted confidence model: per retrieval mode, a logistic regression from search features to
 * the probability that a top-3 hit answers the question, and the threshold under which the bot says
 * it is not sure. Stored as JSON beside this file (bot/confidence/coefficients.json), refitted by fit.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { SearchMode } from '../retrieval/search.ts';
import { FEATURE_NAMES, featureVector, type Features } from './features.ts';
import { HANDOFF_INPUTS, handoffProbability } from './handoff.ts';
import { predict, type LogisticModel } from './logistic.ts';

export const DEFAULT_COEFFICIENTS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'coefficients.json');

const modeModel = z.object({
  mean: z.array(z.number()),
  std: z.array(z.number()),
  weights: z.array(z.number()),
  bias: z.number(),
  /** Answer when p ≥ threshold. */
  threshold: z.number().min(0).max(1),
  /**
   * Hand off when p < lowThreshold; between the two the bot answers and offers a person. Absent
   * (older files): the same as threshold, one cut-off.
   */
  lowThreshold: z.number().min(0).max(1).optional(),
  /**
   * With the handoff text model's score: hand off when the pair's "needs a person" probability is
   * over `cut` (handoff.ts), in place of p < lowThreshold. Absent (older files): lowThreshold.
   */
  handoff: z
    .object({
      mean: z.array(z.number()).length(HANDOFF_INPUTS.length),
      std: z.array(z.number()).length(HANDOFF_INPUTS.length),
      weights: z.array(z.number()).length(HANDOFF_INPUTS.length),
      bias: z.number(),
      cut: z.number().min(0).max(1),
      textModelFingerprint: z.string(),
    })
    .optional(),
  /** What the threshold was chosen to do, and how many calibration questions it saw. */
  fittedOn: z.object({ questions: z.number().int(), positives: z.number().int(), embeddingModel: z.string().nullable() }),
});
export type ModeModel = z.infer<typeof modeModel>;

const fileSchema = z.object({
  version: z.literal(1),
  features: z.array(z.string()),
  thresholdRule: z.string(),
  fittedAt: z.string(),
  models: z.partialRecord(z.enum(['hybrid', 'lexical', 'dense']), modeModel),
});
export type CoefficientsFile = z.infer<typeof fileSchema>;

export class ConfidenceModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfidenceModelError';
  }
}

export interface Confidence {
  /** Probability that the top answer is relevant. */
  probability: number;
  threshold: number;
  /** probability ≥ threshold. */
  answer: boolean;
  /** Under it the bot hands off when no handoff decision was used (see handOff); at most `threshold`. */
  lowThreshold: number;
  /**
   * Hand off rather than answer with an offer of a person: the handoff decision's probability over
   * its threshold when there is one and a text score was given, else probability < lowThreshold.
   */
  handOff: boolean;
  /** Probability that the message needs a person (the handoff decision), when it was used. */
  needsPersonProbability?: number;
}

export class ConfidenceModel {
  private constructor(readonly file: CoefficientsFile) {}

  static parse(json: unknown, where = 'confidence coefficients'): ConfidenceModel {
    const r = fileSchema.safeParse(json);
    if (!r.success) throw new ConfidenceModelError(`${where}: ${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`);
    const names = r.data.features.join(',');
    if (names !== FEATURE_NAMES.join(',')) throw new ConfidenceModelError(`${where}: fitted on features [${names}], the code computes [${FEATURE_NAMES.join(',')}]; run bot/confidence/fit.ts`);
    for (const [mode, m] of Object.entries(r.data.models)) {
      if (m && [m.mean, m.std, m.weights].some((a) => a.length !== FEATURE_NAMES.length)) throw new ConfidenceModelError(`${where}: model "${mode}" has the wrong number of coefficients`);
    }
    return new ConfidenceModel(r.data);
  }

  static load(file = DEFAULT_COEFFICIENTS_FILE): ConfidenceModel {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new ConfidenceModelError(`cannot read ${file} (${(err as Error).message}); run bot/confidence/fit.ts`);
    }
    return ConfidenceModel.parse(JSON.parse(text), file);
  }

  modes(): SearchMode[] {
    return Object.keys(this.file.models) as SearchMode[];
  }

  model(mode: SearchMode): ModeModel {
    const m = this.file.models[mode];
    if (!m) throw new ConfidenceModelError(`no confidence model fitted for ${mode} retrieval; run bot/confidence/fit.ts`);
    return m;
  }

  /**
   * With `threshold`, overrides the fitted one (evaluation sweeps); the low threshold then follows it
   * (one cut-off) unless `lowThreshold` is given too, and either override turns the handoff decision
   * back into the plain low threshold. `handoffTextLogOdds` is the handoff text model's reading.
   */
  score(mode: SearchMode, features: Features, threshold?: number, lowThreshold?: number, handoffTextLogOdds?: number): Confidence {
    const m = this.model(mode);
    const probability = predict(m as LogisticModel, featureVector(features));
    const thr = threshold ?? m.threshold;
    const low = Math.min(thr, lowThreshold ?? (threshold === undefined ? (m.lowThreshold ?? thr) : thr));
    const overridden = threshold !== undefined || lowThreshold !== undefined;
    if (m.handoff && handoffTextLogOdds !== undefined && !overridden) {
      const needsPersonProbability = handoffProbability(m.handoff, probability, handoffTextLogOdds);
      return { probability, threshold: thr, answer: probability >= thr, lowThreshold: low, handOff: needsPersonProbability > m.handoff.cut, needsPersonProbability };
    }
    return { probability, threshold: thr, answer: probability >= thr, lowThreshold: low, handOff: probability < low };
  }

  /** The handoff text model (handoffModelFingerprint) the decision was fitted for; null: none fitted. */
  handoffTextModelFingerprint(mode: SearchMode): string | null {
    return this.file.models[mode]?.handoff?.textModelFingerprint ?? null;
  }

  /** Whether any mode has a fitted handoff decision (else the handoff text model is not needed). */
  hasHandoffDecision(): boolean {
    return Object.values(this.file.models).some((m) => m?.handoff !== undefined);
  }
}
