/**
 * Refits the confidence model on the `calibration` split of eval/data/questions.jsonl and writes
 * bot/confidence/coefficients.json. Run: npx tsx bot/confidence/fit.ts
 *
 * Per retrieval mode (hybrid with the default embedding model, and lexical only):
 *  - examples: calibration questions expected to be answered (label 1 when a top-3 item is
 *    relevant) or handed off (label 0), searched whatever the intent rules say;
 *  - model: L2-regularized logistic regression on the features in features.ts (the last three —
 *    query coverage, top-source share, top-is-service — were kept because they raised 5-fold
 *    cross-validated AUC on the calibration split from 0.86 to 0.93 for lexical retrieval and left
 *    hybrid unchanged at 0.85; the test split was not used to choose them);
 *  - threshold: maximizes F1 of "should answer" (label 1) on the same questions. Under it the bot
 *    says it is not sure and offers a person; a wrong confident answer costs a newcomer more than an
 *    extra offer of help, but F1 keeps the bot from hiding behind handoffs;
 *  - low threshold (bands.ts): over every non-crisis calibration message, the cut-off under which a
 *    question is handed off, maximizing min(handoff precision, handoff recall) with the intent rules'
 *    handoffs counted but not the uncovered-topic list's (written from these very messages, it would
 *    leave the threshold nothing to do; on new messages new topics are the threshold's job); between
 *    it and the threshold the bot answers and offers a person (not a handoff);
 *  - handoff decision (handoff.ts), used in place of the low threshold when the handoff text model
 *    runs: a logistic regression over the answer probability and the text model's log-odds, on the
 *    same messages the low threshold saw (the searched ones), with both inputs taken out-of-fold
 *    (5 folds) so they are weighed as on new messages; its cut-off maximizes
 *    min(handoff precision, recall) with the same rule handoffs counted.
 */
import { writeFileSync } from 'node:fs';
import { loadQuestionSet, type LabeledQuestion } from '../../eval/questions/index.ts';
import type { SearchMode } from '../retrieval/search.ts';
import { demoBot, openDemoIndexes, runQuestions } from './demo-run.ts';
import { FEATURE_NAMES, featureVector } from './features.ts';
import { bestHandoffCut, bestLowThreshold, type HandoffCase } from './bands.ts';
import { handoffInputs, type HandoffDecision } from './handoff.ts';
import { authoredHandoffExamples, handoffModelFingerprint, handoffTrainingMessages, trainHandoffModel } from '../understand/handoff-model.ts';
import type { TextExample } from '../understand/text-classifier.ts';
import { bestF1Threshold, calibrationError, crossValidatedAuc, fitLogistic, predict } from './logistic.ts';
import { DEFAULT_COEFFICIENTS_FILE, type CoefficientsFile, type ModeModel } from './model.ts';

export const THRESHOLD_RULE =
  'threshold: maximize F1 of should-answer (top-3 relevant); lowThreshold and handoff.cut: maximize min(handoff precision, recall) over non-crisis messages, with out-of-fold answer probabilities and handoff-text scores; all on the calibration split';

const RULE_HANDOFF_INTENTS = new Set(['ask_for_person', 'referral_request', 'out_of_scope', 'crisis']);

async function main(): Promise<void> {
  const all = loadQuestionSet();
  const questions = all.filter((q) => q.split === 'calibration' && (q.expected === 'answer' || q.expected === 'handoff'));
  // The messages the production handoff model trains on, so the decision is fitted for that model.
  const messages = handoffTrainingMessages(all);
  const authored = authoredHandoffExamples();
  const outOfFold = outOfFoldHandoffText(messages, authored);
  const textModelFingerprint = handoffModelFingerprint(trainHandoffModel(messages, authored));
  const demo = await openDemoIndexes();
  const models: CoefficientsFile['models'] = {};
  try {
    const modes: SearchMode[] = demo.dense ? ['hybrid', 'lexical'] : ['lexical'];
    for (const mode of modes) {
      const bot = await demoBot(demo, mode, { confidence: null, llm: null });
      const runs = (await runQuestions(bot, questions, { searchAlways: true })).filter((r) => r.label !== null && r.decision.features);
      const X = runs.map((r) => featureVector(r.decision.features!));
      const y = runs.map((r) => r.label as number);
      const model = fitLogistic(X, y, { l2: 1 });
      const p = X.map((x) => predict(model, x));
      const answerProbability = outOfFoldAnswerProbability(runs.map((r) => r.question.id), X, y, model);
      const best = bestF1Threshold(p, y);
      const { ece } = calibrationError(p, y);
      const cases: HandoffCase[] = [];
      const textScores: number[] = [];
      for (const [i, r] of (await runQuestions(bot, messages)).entries()) {
        textScores.push(outOfFold[i]);
        const d = r.decision;
        // The uncovered-topic list is left out on purpose: it was written from these messages, and
        // new topics will not be on it, so the threshold must catch them as if it were empty.
        const probability = d.intent.intent === 'question' && d.features ? answerProbability(r.question.id, featureVector(d.features)) : null;
        // As Bot.reply does: a question about the asker's own file under the high threshold goes to a person.
        const personalCase = d.intent.personalContext === true && probability !== null && probability < best.threshold;
        const byRule = RULE_HANDOFF_INTENTS.has(d.intent.intent) || (d.intent.intent === 'question' && !d.search?.hits.length) || personalCase;
        cases.push({ shouldHandOff: r.question.expected === 'handoff' || r.question.expected === 'ask_for_person', byRule, probability: byRule ? null : probability });
      }
      const low = bestLowThreshold(cases, best.threshold);
      const { decision: handoff, report } = fitHandoffDecision(cases, textScores, textModelFingerprint);
      const m: ModeModel = {
        ...model,
        threshold: best.threshold,
        lowThreshold: low.lowThreshold,
        handoff,
        fittedOn: { questions: runs.length, positives: y.filter(Boolean).length, embeddingModel: mode === 'lexical' ? null : demo.dense!.status().dense.modelId },
      };
      models[mode] = m;
      console.log(
        `${mode}: ${runs.length} questions, ${m.fittedOn.positives} with a relevant top-3 item; threshold ${best.threshold.toFixed(3)} ` +
          `(F1 ${best.f1.toFixed(3)}, P ${best.precision.toFixed(3)}, R ${best.recall.toFixed(3)}); calibration-split ECE ${ece.toFixed(3)}`,
      );
      console.log(`  low threshold ${low.lowThreshold.toFixed(2)}: calibration handoff P ${low.precision.toFixed(3)} R ${low.recall.toFixed(3)} (tp ${low.tp}, fp ${low.fp}, fn ${low.fn})`);
      console.log(`  handoff decision ${report}`);
      // Each feature's worth on unseen questions: 5-fold AUC with all features and with one left out.
      const all = FEATURE_NAMES.map((_, i) => i);
      const withAll = crossValidatedAuc(X, y, { l2: 1 });
      const without = FEATURE_NAMES.map((n, i) => `${n} ${crossValidatedAuc(X, y, { l2: 1, columns: all.filter((c) => c !== i) }).toFixed(3)}`);
      console.log(`  5-fold AUC ${withAll.toFixed(3)}; without each feature: ${without.join(', ')}`);
      console.log(`  weights: ${FEATURE_NAMES.map((n, i) => `${n}=${model.weights[i].toFixed(2)}`).join(' ')} bias=${model.bias.toFixed(2)}`);
    }
  } finally {
    await demo.t.drop();
  }
  const file: CoefficientsFile = { version: 1, features: [...FEATURE_NAMES], thresholdRule: THRESHOLD_RULE, fittedAt: new Date().toISOString(), models };
  writeFileSync(DEFAULT_COEFFICIENTS_FILE, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`wrote ${DEFAULT_COEFFICIENTS_FILE}`);
}

/**
 * The answer probability of a calibration question from a model fitted without its fold (5 folds
 * over the fitting questions), so the handoff decision and the low threshold see the confidence as
 * it behaves on new questions; messages the model was not fitted on get the full model's.
 */
function outOfFoldAnswerProbability(ids: readonly string[], X: readonly number[][], y: readonly number[], full: ReturnType<typeof fitLogistic>, folds = 5) {
  const foldOf = new Map(ids.map((id, i) => [id, i % folds]));
  const models = Array.from({ length: folds }, (_, fold) =>
    fitLogistic(
      X.filter((_, i) => i % folds !== fold),
      y.filter((_, i) => i % folds !== fold),
      { l2: 1 },
    ),
  );
  return (id: string, x: number[]) => predict(foldOf.has(id) ? models[foldOf.get(id)!] : full, x);
}

/** The handoff text model's log-odds for each message, from a model trained without its fold. */
function outOfFoldHandoffText(messages: readonly LabeledQuestion[], authored: readonly TextExample[], folds = 5): number[] {
  const out = new Array<number>(messages.length).fill(0);
  for (let fold = 0; fold < folds; fold++) {
    const model = trainHandoffModel(messages.filter((_, i) => i % folds !== fold), authored);
    messages.forEach((q, i) => {
      if (i % folds === fold) out[i] = model.score(q.text);
    });
  }
  return out;
}

function fitHandoffDecision(cases: readonly HandoffCase[], textScores: readonly number[], textModelFingerprint: string): { decision: HandoffDecision; report: string } {
  const searched = cases.map((c, i) => ({ c, i })).filter(({ c }) => c.probability !== null);
  const X = searched.map(({ c, i }) => handoffInputs(c.probability!, textScores[i]));
  const y = searched.map(({ c }) => (c.shouldHandOff ? 1 : 0));
  const model = fitLogistic(X, y, { l2: 1 });
  const scored = cases.map((c, i) => ({
    shouldHandOff: c.shouldHandOff,
    byRule: c.byRule,
    needsPersonProbability: c.probability === null ? null : predict(model, handoffInputs(c.probability, textScores[i])),
  }));
  const cut = bestHandoffCut(scored);
  const auc = (columns: number[]) => crossValidatedAuc(X, y, { l2: 1, columns }).toFixed(3);
  const report =
    `cut ${cut.cut.toFixed(2)}: calibration handoff P ${cut.precision.toFixed(3)} R ${cut.recall.toFixed(3)} (tp ${cut.tp}, fp ${cut.fp}, fn ${cut.fn}); ` +
    `5-fold AUC over ${X.length} searched messages (${y.filter(Boolean).length} need a person): confidence alone ${auc([0])}, text alone ${auc([1])}, both ${auc([0, 1])}; ` +
    `weights ${model.weights.map((w) => w.toFixed(2)).join(', ')} bias ${model.bias.toFixed(2)}`;
  return { decision: { ...model, cut: cut.cut, textModelFingerprint }, report };
}

await main();
