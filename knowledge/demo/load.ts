import type { Db } from '../db/types.ts';
import { importArticleFolder, DEFAULT_ARTICLES_DIR } from '../articles/index.ts';
import { importTaxonomy, loadTaxonomyFiles } from '../taxonomy/index.ts';
import { importHsdsJson, DEMO_DIRECTORY_FILE } from '../directory/index.ts';
import { seedSyntheticPlans } from '../plans/index.ts';
import { upsertSitesAndAgencies } from './sites.ts';
import { contentCounts, type ContentCounts } from './counts.ts';

export interface DemoOptions {
  /** Synthetic historical plans to generate (0 for none). */
  plans?: number;
  seed?: number;
}

/** Loads every piece of demo content: taxonomy, sites and agencies, directory, articles, plan history. */
export async function loadDemoContent(db: Db, options: DemoOptions = {}): Promise<ContentCounts> {
  await importTaxonomy(db, await loadTaxonomyFiles());
  await upsertSitesAndAgencies(db);
  await importHsdsJson(db, DEMO_DIRECTORY_FILE, { source: 'demo' });
  await importArticleFolder(db, DEFAULT_ARTICLES_DIR);
  const plans = options.plans ?? 5000;
  if (plans > 0) await seedSyntheticPlans(db, { plans, seed: options.seed ?? 42 });
  return contentCounts(db);
}

/** Loads the demo content only when the database holds no taxonomy yet (a fresh install). */
export async function ensureDemoContent(db: Db, options: DemoOptions = {}): Promise<{ loaded: boolean; counts: ContentCounts }> {
  const existing = await contentCounts(db);
  if (existing.categories > 0) return { loaded: false, counts: existing };
  return { loaded: true, counts: await loadDemoContent(db, options) };
}
