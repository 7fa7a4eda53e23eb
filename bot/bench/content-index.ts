/**
 * Index build time for the demo content (articles + directory services) and query latency per mode.
 *
 *   npx tsx bot/bench/content-index.ts            # default embedding model (WAYFINDER_EMBEDDING_MODEL to choose)
 *
 * Runs on a fresh in-memory PGlite with a throw-away index folder. Measures: a cold build (every
 * chunk embedded), a warm start (saved graph + stored vectors, nothing embedded), an incremental
 * re-index of one article, and search latency p50/p99 over questions in en/fr/es/ar.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPglite } from '../../knowledge/db/pglite.ts';
import { migrate } from '../../knowledge/db/migrate.ts';
import { loadDemoContent } from '../../knowledge/demo/index.ts';
import { loadDefaultEmbedder } from '../../knowledge/text/embedder.ts';
import { ContentIndex } from '../index/content-index.ts';
import { percentile } from '../retrieval/metrics.ts';
import { search, type SearchMode } from '../retrieval/search.ts';

const QUESTIONS: [string, string][] = [
  ['How do I get a health card?', 'en'],
  ['Where can I take free English classes?', 'en'],
  ['I need a family doctor', 'en'],
  ['How do I open a bank account?', 'en'],
  ['food bank near me open now', 'en'],
  ['help finding an apartment in Windsor', 'en'],
  ['How do I apply for a Social Insurance Number?', 'en'],
  ['Where can my kids go to school?', 'en'],
  ['legal help for refugee claimants', 'en'],
  ['job search help for newcomers in London', 'en'],
  ["Comment obtenir une carte Santé de l'Ontario ?", 'fr'],
  ['Où trouver une banque alimentaire ?', 'fr'],
  ['cours de français gratuits', 'fr'],
  ['trouver un logement à Ottawa', 'fr'],
  ['¿Cómo consigo la tarjeta de salud?', 'es'],
  ['¿Dónde puedo aprender inglés gratis?', 'es'],
  ['Necesito un médico de familia', 'es'],
  ['¿Cómo abro una cuenta bancaria?', 'es'],
  ['كيف أحصل على بطاقة التأمين الصحي؟', 'ar'],
  ['كيف أجد طبيب عائلة؟', 'ar'],
  ['أين أجد بنك طعام؟', 'ar'],
  ['دروس اللغة الإنجليزية المجانية', 'ar'],
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const db = await openPglite();
  const dir = mkdtempSync(path.join(tmpdir(), 'wf-bench-index-'));
  try {
    await migrate(db);
    await loadDemoContent(db, { plans: 0 });
    let t = performance.now();
    const { embedder, description } = await loadDefaultEmbedder();
    console.log(`embedding model: ${description} (loaded in ${seconds(performance.now() - t)})`);

    t = performance.now();
    const cold = await ContentIndex.open(db, { embedder, indexDir: dir });
    const coldMs = performance.now() - t;
    const s = cold.status();
    console.log(
      `cold build: ${seconds(coldMs)} for ${s.documents.articles} articles + ${s.documents.services} services = ${s.chunks} chunks ` +
        `(sync ${seconds(cold.openReport.durationMs)}, ${cold.openReport.embedded} embedded, ${s.lexical.terms} terms)`,
    );

    t = performance.now();
    const warm = await ContentIndex.open(db, { embedder, indexDir: dir });
    console.log(`warm start: ${seconds(performance.now() - t)} (embedded ${warm.openReport.embedded}, graph loaded from disk: ${warm.status().dense.loadedFromDisk})`);

    await db.query(`UPDATE article SET body = body || E'\\n\\nOne more sentence for the benchmark.' WHERE slug = 'health-card-ohip' AND language = 'en'`);
    t = performance.now();
    const inc = await warm.reindexArticle('health-card-ohip', 'en');
    console.log(`re-index one edited article: ${(performance.now() - t).toFixed(1)} ms (embedded ${inc.embedded})`);

    const modes: SearchMode[] = warm.index.hasDense ? ['lexical', 'dense', 'hybrid'] : ['lexical'];
    console.log(`query latency over ${QUESTIONS.length} questions × 10 rounds (limit 10, depth 50):`);
    for (const mode of modes) {
      for (const [q, language] of QUESTIONS) await search(warm.index, q, { mode, language }); // warm-up
      const times: number[] = [];
      for (let round = 0; round < 10; round++) {
        for (const [q, language] of QUESTIONS) {
          const t0 = performance.now();
          await search(warm.index, q, { mode, language });
          times.push(performance.now() - t0);
        }
      }
      const filtered: number[] = [];
      for (const [q, language] of QUESTIONS) {
        const t0 = performance.now();
        await search(warm.index, q, { mode, language, filters: { site: 'windsor', serviceLanguage: 'ar', openNow: true } });
        filtered.push(performance.now() - t0);
      }
      console.log(
        `  ${mode.padEnd(8)} p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms; with filters p50 ${percentile(filtered, 50).toFixed(2)} ms, p99 ${percentile(filtered, 99).toFixed(2)} ms`,
      );
    }
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
