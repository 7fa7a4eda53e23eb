/** The three answer bands: choosing the low threshold, how the model applies it, and uncovered topics. */
import { describe, expect, it } from 'vitest';
import { bestHandoffCut, bestLowThreshold, BandsError, handoffFigures, type HandoffCase } from './bands.ts';
import { clampedLogit, handoffProbability } from './handoff.ts';
import { FEATURE_NAMES, type Features } from './features.ts';
import { ConfidenceModel } from './model.ts';
import { notCoveredTopic } from './not-covered.ts';

const q = (probability: number, shouldHandOff: boolean): HandoffCase => ({ probability, shouldHandOff, byRule: false });

describe('low threshold', () => {
  it('counts rule handoffs and questions under the cut-off', () => {
    const cases = [q(0.1, true), q(0.2, false), q(0.5, true), q(0.9, false), { probability: null, shouldHandOff: true, byRule: true }];
    expect(handoffFigures(cases, 0.15)).toEqual({ precision: 1, recall: 2 / 3, tp: 2, fp: 0, fn: 1 });
    expect(handoffFigures(cases, 0.6)).toMatchObject({ tp: 3, fp: 1, fn: 0 });
    // A rule handoff is one whatever the cut-off; no handoff at all leaves precision undefined.
    expect(handoffFigures([q(0.5, false)], 0).precision).toBeNaN();
  });

  it('maximizes min(precision, recall), the highest cut-off among equals, never above the high threshold', () => {
    // Handoffs at 0.05, 0.12 and 0.4; answerable questions from 0.3 up.
    const cases = [q(0.05, true), q(0.12, true), q(0.4, true), q(0.3, false), q(0.5, false), q(0.7, false), q(0.8, false)];
    const best = bestLowThreshold(cases, 0.6);
    // Under 0.13…0.30: P 1, R 2/3; under 0.41…0.50: P 3/4, R 1 — min 0.75 wins, last reached at 0.50.
    expect(best.lowThreshold).toBe(0.5);
    expect(best).toMatchObject({ precision: 0.75, recall: 1, tp: 3, fp: 1, fn: 0 });
    expect(bestLowThreshold(cases, 0.2).lowThreshold).toBe(0.2);
  });

  it('refuses an impossible high threshold or a set with nothing to hand off', () => {
    expect(() => bestLowThreshold([q(0.1, true)], 1.5)).toThrow(BandsError);
    expect(() => bestLowThreshold([q(0.1, false)], 0.5)).toThrow(/nothing|no message/);
  });
});

describe('handoff cut-off', () => {
  const s = (needsPersonProbability: number | null, shouldHandOff: boolean, byRule = false) => ({ needsPersonProbability, shouldHandOff, byRule });

  it('hands off above the cut-off, counts rules, and maximizes min(precision, recall), the lowest among equals', () => {
    // Needs-a-person scores: handoffs at 0.9, 0.7 and 0.35, answerable questions at 0.5, 0.2, 0.1; one rule handoff.
    const cases = [s(0.9, true), s(0.7, true), s(0.35, true), s(0.5, false), s(0.2, false), s(0.1, false), s(null, true, true)];
    const best = bestHandoffCut(cases);
    // Cut 0.50…0.69: P 1, R 3/4; cut 0.20…0.34 (0.35 is over it, 0.2 is not): P 4/5, R 1 — min 0.8 wins, lowest 0.20.
    expect(best).toMatchObject({ cut: 0.2, precision: 0.8, recall: 1, tp: 4, fp: 1, fn: 0 });
    expect(() => bestHandoffCut([s(0.4, false)])).toThrow(BandsError);
  });
});

describe('model bands', () => {
  const file = ConfidenceModel.load().file;
  const zero = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as Features;
  const withBands = (low: number | undefined) =>
    ConfidenceModel.parse({ ...file, models: { lexical: { ...file.models.lexical!, handoff: undefined, threshold: 0.6, lowThreshold: low } } });

  it('hands off under the low threshold, answers with an offer between, answers above', () => {
    const m = withBands(0.3);
    const p = m.score('lexical', zero).probability;
    // Place the question in each band by moving the thresholds around its probability.
    expect(m.score('lexical', zero, p + 0.1, p - 0.05)).toMatchObject({ answer: false, handOff: false });
    expect(m.score('lexical', zero, p + 0.1, p + 0.05)).toMatchObject({ answer: false, handOff: true });
    expect(m.score('lexical', zero, p - 0.1, p - 0.2)).toMatchObject({ answer: true, handOff: false });
  });

  it('one cut-off for an older file or an overridden threshold; the low one never exceeds the high one', () => {
    expect(withBands(undefined).score('lexical', zero).lowThreshold).toBe(0.6);
    expect(withBands(0.3).score('lexical', zero).lowThreshold).toBe(0.3);
    expect(withBands(0.3).score('lexical', zero, 0.8).lowThreshold).toBe(0.8);
    expect(withBands(0.3).score('lexical', zero, 0.2, 0.5).lowThreshold).toBe(0.2);
  });

  it('with a text score, the fitted handoff decision replaces the low threshold; an override or a file without one brings the low threshold back', () => {
    // A decision on the text reading alone: needs a person when its log-odds are positive.
    const decision = { mean: [0, 0], std: [1, 1], weights: [0, 2], bias: 0, cut: 0.5, textModelFingerprint: 'test' };
    const m = ConfidenceModel.parse({ ...file, models: { lexical: { ...file.models.lexical!, threshold: 0.6, lowThreshold: 0.3, handoff: decision } } });
    const p = m.score('lexical', zero).probability;
    const personal = m.score('lexical', zero, undefined, undefined, 3);
    const general = m.score('lexical', zero, undefined, undefined, -3);
    expect(personal.needsPersonProbability).toBeCloseTo(handoffProbability(decision, p, 3), 12);
    expect(personal).toMatchObject({ handOff: true });
    expect(general).toMatchObject({ handOff: false });
    expect(general.needsPersonProbability!).toBeLessThan(0.5);
    // An override (evaluation sweeps) or a file with no decision: the low threshold decides, the text is ignored.
    expect(m.score('lexical', zero, p + 0.1, p + 0.05, -3)).toMatchObject({ handOff: true });
    expect(m.score('lexical', zero, p + 0.1, p + 0.05, -3).needsPersonProbability).toBeUndefined();
    expect(withBands(0.3).score('lexical', zero, undefined, undefined, 3).needsPersonProbability).toBeUndefined();
  });

  it('keeps the answer log-odds finite at probabilities 0 and 1', () => {
    expect(Number.isFinite(clampedLogit(0)) && Number.isFinite(clampedLogit(1))).toBe(true);
    expect(clampedLogit(0)).toBeLessThan(-9);
    expect(clampedLogit(0.5)).toBeCloseTo(0, 12);
  });

  it('the shipped file has a low threshold under the high one for each mode', () => {
    for (const m of Object.values(file.models)) {
      expect(m!.lowThreshold).toBeDefined();
      expect(m!.lowThreshold!).toBeLessThanOrEqual(m!.threshold);
    }
  });
});

describe('uncovered topics', () => {
  it.each([
    ['how do i get a marriage licence in ottawa', 'marriage licence'],
    ['Où faire une vérification policière?', 'verification policiere'],
    ['necesito un permiso de pesca', 'permiso de pesca'],
    ['كيف اطلع شهادة حسن سيرة', 'شهادة حسن سيرة'],
    ['怎么办理结婚登记', '结婚登记'],
    ['де отримати мисливський квиток', 'мисливськ'],
    ['my CRS score is 430, express entry when?', 'express entry'],
  ])('%s → %s', (text, topic) => {
    expect(notCoveredTopic(text)).toBe(topic);
  });

  it('leaves covered questions alone', () => {
    for (const text of ['can my boss keep my passport', 'how do I get a driver licence', 'comment avoir la carte sante', 'is fishing allowed', 'my name is Ana']) {
      expect(notCoveredTopic(text)).toBeNull();
    }
  });
});
