/**
 * BEIR SciFact through the bot's own index and search code, against the published figures
 * (BEIR BM25 nDCG@10 0.665; Anserini BM25 flat ≈ 0.679). Reads ../shared/external-data at run time.
 *
 *   npx tsx bot/bench/scifact.ts                      # BM25 only
 *   npx tsx bot/bench/scifact.ts --modes lexical,dense,hybrid   # with the default embedding model
 *
 * BM25 uses the standard k1 = 1.2, b = 0.75, not tuned on this set.
 */
import { existsSync } from 'node:fs';
import { loadDefaultEmbedder } from '../../knowledge/text/embedder.ts';
import { evaluateBeir, indexBeir, loadBeir } from '../retrieval/beir.ts';
import { scifactDir } from '../retrieval/external-data.ts';
import { SEARCH_MODES, type SearchMode } from '../retrieval/search.ts';

function modesFromArgs(argv: string[]): SearchMode[] {
  const i = argv.indexOf('--modes');
  const raw = i >= 0 ? (argv[i + 1] ?? '') : 'lexical';
  const modes = raw.split(',').filter(Boolean);
  const bad = modes.filter((m) => !(SEARCH_MODES as readonly string[]).includes(m));
  if (bad.length || modes.length === 0) throw new Error(`--modes takes a comma-separated list of ${SEARCH_MODES.join(', ')} (got "${raw}")`);
  return modes as SearchMode[];
}

async function main(): Promise<void> {
  const dir = scifactDir();
  if (!existsSync(dir)) {
    console.log(`SciFact not found at ${dir}: skipped (set WAYFINDER_EXTERNAL_DATA to its parent folder).`);
    return;
  }
  const modes = modesFromArgs(process.argv.slice(2));
  const needsModel = modes.some((m) => m !== 'lexical');
  const embedder = needsModel ? (await loadDefaultEmbedder()).embedder : null;
  if (needsModel && !embedder) throw new Error('dense or hybrid modes need an embedding model; none was found');

  let t = performance.now();
  const dataset = await loadBeir(dir);
  const loadMs = performance.now() - t;
  t = performance.now();
  const index = await indexBeir(dataset, { embedder });
  const indexMs = performance.now() - t;
  console.log(`SciFact: ${dataset.corpus.length} documents, ${dataset.qrels.size} test queries; loaded in ${loadMs.toFixed(0)} ms, indexed in ${(indexMs / 1000).toFixed(1)} s${embedder ? ` (embeddings: ${embedder.id})` : ''}`);
  console.log('mode     nDCG@10  R@100   MRR@10  p50 ms  p99 ms');
  for (const mode of modes) {
    const r = await evaluateBeir(index, dataset, { mode });
    console.log(
      `${mode.padEnd(8)} ${r.ndcg10.toFixed(4)}   ${r.recall100.toFixed(4)}  ${r.mrr10.toFixed(4)}  ${r.latencyMs.p50.toFixed(2).padStart(6)}  ${r.latencyMs.p99.toFixed(2).padStart(6)}`,
    );
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
