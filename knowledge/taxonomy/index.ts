/** The assessment taxonomy, the statement and action libraries, and the synthetic-world knowledge built on them. */
export { loadTaxonomyFiles, DEFAULT_TAXONOMY_DIR, TAXONOMY_FILES } from './load.ts';
export { importTaxonomy } from './import.ts';
export { loadSyntheticKnowledge, DEFAULT_SYNTHETIC_DIR, SYNTHETIC_FILES } from './synthetic.ts';
export type { Taxonomy, SyntheticKnowledge, LatentNeedProfile } from './types.ts';
