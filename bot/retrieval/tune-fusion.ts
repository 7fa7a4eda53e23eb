/**
 * Chooses the per-language fusion weights (fusion-weights.ts) on the CALIBRATION split of
 * eval/data/questions.jsonl — never the test split. Objective per language: mean of hit@3 and
 * MRR@10 over answerable questions, with filters, as the bench measures; ties go to the weights
 * nearest 1 (the unweighted fusion), so a small language sample does not pull weights far.
 * Run: npx tsx bot/retrieval/tune-fusion.ts — prints the table to paste into fusion-weights.ts.
 */
import { loadQuestionSet } from '../../eval/questions/index.ts';
import { openDemoIndexes } from '../confidence/demo-run.ts';
import { retrievedItems } from '../confidence/labels.ts';
import type { FusionWeights } from './fusion-weights.ts';
import { reciprocalRankAt } from './metrics.ts';
import { filtersFor } from './question-filters.ts';
import { search, type SearchMode } from './search.ts';

const GRID = [0, 0.25, 0.5, 1, 1.5, 2];

async function main(): Promise<void> {
  const questions = loadQuestionSet().filter((q) => q.split === 'calibration' && q.expected === 'answer' && q.language !== 'en');
  const demo = await openDemoIndexes();
  try {
    for (const mode of (demo.dense ? ['hybrid', 'lexical'] : ['lexical']) as SearchMode[]) {
      const content = mode === 'lexical' ? demo.lexical : demo.dense!;
      const out: Record<string, FusionWeights> = {};
      for (const lang of [...new Set(questions.map((q) => q.language))].sort()) {
        const qs = questions.filter((q) => q.language === lang);
        let best: { w: FusionWeights; score: number; dist: number } | null = null;
        // The question's own words always count: an article in its language should rank ahead of its English version.
        for (const lexical of GRID.filter((w) => w > 0)) {
          for (const dense of mode === 'hybrid' ? GRID : [0]) {
            for (const translated of GRID) {
              if (lexical + dense + translated === 0) continue;
              const w = { lexical, dense, translated };
              let score = 0;
              for (const q of qs) {
                const r = await search(content.index, q.text, { mode, language: q.language, filters: filtersFor(q.text, q.profile ?? {}), limit: 40, weights: w });
                const ranking = retrievedItems(r.hits).map((i) => `${i.kind}:${i.id}`);
                const rels = new Map(q.relevant.map((x) => [`${x.kind}:${x.id}`, x.grade]));
                score += ((reciprocalRankAt(ranking, rels, 3) > 0 ? 1 : 0) + reciprocalRankAt(ranking, rels, 10)) / 2;
              }
              score /= qs.length;
              // Weights are relative: compare shapes after scaling the largest to 1.
              const max = Math.max(lexical, dense, translated);
              const dist = Math.abs(lexical / max - 1) + (mode === 'hybrid' ? Math.abs(dense / max - 1) : 0) + Math.abs(translated / max - 1);
              if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && dist < best.dist)) best = { w, score, dist };
            }
          }
        }
        out[lang] = best!.w;
        console.log(`${mode} ${lang} (n=${qs.length}): ${JSON.stringify(best!.w)} score ${best!.score.toFixed(3)}`);
      }
      console.log(`${mode.toUpperCase()}_WEIGHTS = ${JSON.stringify(out)}`);
    }
  } finally {
    await demo.t.drop();
  }
}

await main();
