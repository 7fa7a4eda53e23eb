/**
 * Chooses the crisis model's threshold and writes crisis-model.json. Run after changing the
 * training data (testdata/ crisis and ordinary messages, or the articles):
 *   npx tsx bot/understand/crisis-model-fit.ts
 *
 * 5-fold cross-validation over the labeled messages (article sentences always train, never
 * score: they are not how people write): the threshold is the score that flags at most 1.5% of the
 * held-out ordinary messages. 1.5%, not 1%: a missed crisis is the costliest error the bot can make,
 * a false alarm still gets its answer (an advisor glances at it), and the ordinary messages here are
 * mostly hard look-alikes (talk of 911, a friend's past abuse, "this form is killing me"). On the
 * data of 2026-11-23, 1% → 2% raised cross-validated recall (rules + model) from 0.888 to 0.913, but
 * 2% also flagged short Chinese refusals ("我的签证被拒了", a visa refused, in a unit test): 1.5% is
 * the compromise. The test split's false alarms were looked at while choosing (2–3 of 310 at each
 * setting), so its false-alarm figure is no longer a clean measurement. Prints the held-out recall
 * of the model alone and of rules + model at that threshold, which is what the bot does (the
 * lexicons first, the model for what they miss).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CRISIS_MODEL_FILE, CrisisModel, crisisTrainingData, trainingDataHash, type CrisisExample, type CrisisModelSettings } from './crisis-model.ts';
import { classifyIntent } from './intents.ts';

const FOLDS = 5;
export const MAX_FALSE_ALARM_RATE = 0.015;
const EPOCHS = 30;
const L2 = 1e-4;

export function chooseThreshold(examples: readonly CrisisExample[]) {
  const labeled = examples.map((e, i) => ({ e, i })).filter(({ e }) => !e.article);
  const scores = new Map<number, number>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = new Set(labeled.filter((_, j) => j % FOLDS === fold).map(({ i }) => i));
    const model = CrisisModel.train(examples.filter((_, i) => !held.has(i)), Infinity, { epochs: EPOCHS, l2: L2 });
    for (const i of held) scores.set(i, model.score(examples[i].text));
  }
  const ordinary = labeled.filter(({ e }) => !e.kind).map(({ i }) => scores.get(i)!).sort((a, b) => b - a);
  const threshold = ordinary[Math.floor(ordinary.length * MAX_FALSE_ALARM_RATE)];
  const crises = labeled.filter(({ e }) => e.kind);
  const rules = new Set(crises.filter(({ e }) => classifyIntent(e.text, { crisisModel: null }).intent === 'crisis').map(({ i }) => i));
  const byModel = crises.filter(({ i }) => scores.get(i)! > threshold).length;
  const byRules = rules.size;
  const byEither = crises.filter(({ i }) => scores.get(i)! > threshold || rules.has(i)).length;
  const missedByRules = crises.length - byRules;
  return {
    threshold,
    crossValidation: {
      crisisMessages: crises.length,
      ordinaryMessages: ordinary.length,
      falseAlarmRate: ordinary.filter((s) => s > threshold).length / ordinary.length,
      recallModelAlone: byModel / crises.length,
      // The rules were written on these messages, so their recall here is a training figure.
      recallRulesAndModel: byEither / crises.length,
      modelCatchesOfRuleMisses: missedByRules ? (byEither - byRules) / missedByRules : 0,
    },
  };
}

function main(): void {
  const examples = crisisTrainingData();
  const { threshold, crossValidation } = chooseThreshold(examples);
  const settings: CrisisModelSettings = { threshold: Number(threshold.toFixed(4)), epochs: EPOCHS, l2: L2, dataHash: trainingDataHash(examples), crossValidation };
  writeFileSync(CRISIS_MODEL_FILE, `${JSON.stringify(settings, null, 2)}\n`);
  console.log(JSON.stringify(settings, null, 2));
  console.log(`wrote ${CRISIS_MODEL_FILE}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
