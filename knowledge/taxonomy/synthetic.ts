/** Reads the synthetic-world files (content/synthetic/) and checks them against the taxonomy. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ImportError } from '../import/errors.ts';
import { readJsonFile, parseOrThrow } from './json-file.ts';
import { loadTaxonomyFiles } from './load.ts';
import { latentNeedsFileSchema, statementActionsFileSchema } from './schema.ts';
import type { SyntheticKnowledge, Taxonomy } from './types.ts';

export const DEFAULT_SYNTHETIC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'content', 'synthetic');

export const SYNTHETIC_FILES = { statementActions: 'statement-actions.json', latentNeeds: 'latent-needs.json' } as const;

/**
 * Loads statement-actions.json and latent-needs.json. Every statement and action id they name must
 * exist in `taxonomy` (the shipped taxonomy when not given); the first one that does not is thrown
 * as an ImportError naming the file, the entry and the id.
 */
export async function loadSyntheticKnowledge(
  dir: string = DEFAULT_SYNTHETIC_DIR,
  taxonomy?: Taxonomy,
): Promise<SyntheticKnowledge> {
  const lib = taxonomy ?? (await loadTaxonomyFiles());
  const statementIds = new Set(lib.statements.map((s) => s.id));
  const actionIds = new Set(lib.actions.map((a) => a.id));

  const saFile = path.join(dir, SYNTHETIC_FILES.statementActions);
  const statementActions = parseOrThrow(statementActionsFileSchema, await readJsonFile(saFile), saFile);
  Object.entries(statementActions).forEach(([sid, pairs], i) => {
    if (!statementIds.has(sid)) throw new ImportError(saFile, `unknown statement id "${sid}"`, i + 1, sid);
    const seen = new Set<string>();
    pairs.forEach(([aid], j) => {
      if (!actionIds.has(aid)) throw new ImportError(saFile, `unknown action id "${aid}"`, i + 1, `${sid}[${j}][0]`);
      if (seen.has(aid)) throw new ImportError(saFile, `action "${aid}" is listed twice`, i + 1, `${sid}[${j}][0]`);
      seen.add(aid);
    });
  });

  const lnFile = path.join(dir, SYNTHETIC_FILES.latentNeeds);
  const latentNeeds = parseOrThrow(latentNeedsFileSchema, await readJsonFile(lnFile), lnFile);
  const needIds = new Set<string>();
  latentNeeds.forEach((need, i) => {
    if (needIds.has(need.id)) throw new ImportError(lnFile, `duplicate latent need id "${need.id}"`, i + 1, 'id');
    needIds.add(need.id);
    const [min, max] = need.householdSize;
    if (min > max) throw new ImportError(lnFile, `householdSize minimum ${min} is greater than maximum ${max}`, i + 1, 'householdSize');
    need.statements.forEach(([sid], j) => {
      if (!statementIds.has(sid)) throw new ImportError(lnFile, `unknown statement id "${sid}"`, i + 1, `statements[${j}][0]`);
    });
  });

  return { statementActions, latentNeeds };
}
