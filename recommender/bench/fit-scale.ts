/**
 * Scale check (not a unit test): builds a random plan history of the production shape in memory,
 * then fits every model and reports fit time, peak RSS, score latency and test quality.
 *
 *   npx tsx recommender/bench/fit-scale.ts [--plans=100000,1000000] [--models=ease,hybrid] [--queries=2000] [--json]
 *
 * Targets: 100k plans fit in under 10 s, 1M in under 2 min and 4 GB; one query scores in under 1 ms.
 */
import { pathToFileURL } from 'node:url';
import { subsetPlans, temporalSplit } from '../data/split.ts';
import { evaluateModel } from '../metrics/evaluate.ts';
import { sampleWithoutReplacement } from '../metrics/random.ts';
import { evaluationRows, queryForRow } from '../models/query.ts';
import { createModel, MODEL_NAMES } from '../models/registry.ts';
import { TfidfEmbedder } from '../models/tfidf.ts';
import { isTextAware, type Recommender } from '../models/types.ts';
import { syntheticData } from '../testing/synthetic.ts';

export interface FitScaleOptions {
  plans: number[];
  models?: string[];
  /** Queries timed for score latency and scored for quality. */
  queries?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface FitScaleResult {
  plans: number;
  rows: number;
  actions: number;
  model: string;
  generateSeconds: number;
  prepareSeconds: number;
  fitSeconds: number;
  /** Process peak resident memory after this fit (includes the data and earlier models). */
  peakRssMb: number;
  scoreMeanMs: number;
  scoreP99Ms: number;
  /** Text-aware models: scoring free text from its (precomputed) vector, embedding excluded. */
  freeTextScoreMs: number;
  ndcg10: number;
  recall10: number;
}

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

export async function runFitScale(options: FitScaleOptions): Promise<FitScaleResult[]> {
  const models = options.models ?? [...MODEL_NAMES];
  const queries = options.queries ?? 2000;
  const log = options.log ?? (() => {});
  const results: FitScaleResult[] = [];
  for (const plans of options.plans) {
    let t = performance.now();
    const data = syntheticData({ plans, seed: options.seed ?? 1 });
    const generateSeconds = (performance.now() - t) / 1000;
    log(`${plans} plans: ${data.rowCount} statements, ${data.rowActions.length} actions, generated in ${generateSeconds.toFixed(1)} s`);
    // Three years of plans: the last 60 days are held out (30 validation, 30 test).
    const split = temporalSplit(data, { validationDays: 30, testDays: 30 });
    const train = subsetPlans(data, split.train);
    const validation = subsetPlans(data, split.validation);
    const testRows = sampleWithoutReplacement(evaluationRows(data, split.test), queries, 7);
    const timedQueries = Array.from(testRows, (r) => queryForRow(data, r));

    for (const name of models) {
      const model: Recommender = createModel(name);
      t = performance.now();
      if (isTextAware(model)) {
        const { statementTexts, actionTexts } = data.catalog;
        await model.prepare(TfidfEmbedder.fit([...statementTexts, ...actionTexts]), { statementTexts, actionTexts });
      }
      const prepareSeconds = (performance.now() - t) / 1000;
      t = performance.now();
      model.fit(train, name === 'hybrid' ? { validation } : {});
      const fitSeconds = (performance.now() - t) / 1000;
      const peak = peakRssMb();

      const times = timedQueries.map((q) => {
        const s = performance.now();
        model.score(q);
        return performance.now() - s;
      });
      times.sort((a, b) => a - b);
      let freeTextScoreMs = NaN;
      if (isTextAware(model)) {
        const texts = timedQueries.slice(0, 200).map((q) => `Free text: ${data.catalog.statementTexts[q.statementIndex!]} soon`);
        const freeQueries = await Promise.all(
          texts.map(async (text, i) => ({ ...timedQueries[i], statementIndex: undefined, statementText: text, statementVector: await model.embedText(text) })),
        );
        const s = performance.now();
        for (const q of freeQueries) model.score(q);
        freeTextScoreMs = (performance.now() - s) / freeQueries.length;
      }
      const quality = evaluateModel(model, data, { ...split, test: split.test }, { ks: [10], maxQueries: queries, seed: 7 });
      const result: FitScaleResult = {
        plans,
        rows: data.rowCount,
        actions: data.rowActions.length,
        model: name,
        generateSeconds,
        prepareSeconds,
        fitSeconds,
        peakRssMb: peak,
        scoreMeanMs: times.reduce((a, b) => a + b, 0) / times.length,
        scoreP99Ms: times[Math.floor(times.length * 0.99)] ?? NaN,
        freeTextScoreMs,
        ndcg10: quality.means['ndcg@10'],
        recall10: quality.means['recall@10'],
      };
      results.push(result);
      log(
        `  ${name.padEnd(20)} fit ${fitSeconds.toFixed(2).padStart(7)} s  peak RSS ${peak.toFixed(0).padStart(5)} MB  ` +
          `score ${result.scoreMeanMs.toFixed(3)} ms (p99 ${result.scoreP99Ms.toFixed(3)})  ` +
          (Number.isNaN(freeTextScoreMs) ? '' : `free text ${freeTextScoreMs.toFixed(3)} ms  `) +
          `nDCG@10 ${result.ndcg10.toFixed(3)}  recall@10 ${result.recall10.toFixed(3)}`,
      );
    }
  }
  return results;
}

function argument(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const plans = (argument('plans') ?? '100000,1000000').split(',').map(Number);
  const models = argument('models')?.split(',');
  const queries = Number(argument('queries') ?? 2000);
  const json = process.argv.includes('--json');
  const results = await runFitScale({ plans, models, queries, log: json ? undefined : (line) => console.log(line) });
  if (json) console.log(JSON.stringify(results, null, 2));
}
