/** Reads and validates the three taxonomy files, including the references between them. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ImportError } from '../import/errors.ts';
import { readJsonFile, parseOrThrow } from './json-file.ts';
import { actionsFileSchema, categoriesFileSchema, statementsFileSchema } from './schema.ts';
import type { Taxonomy } from './types.ts';

export const DEFAULT_TAXONOMY_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'content', 'taxonomy');

export const TAXONOMY_FILES = { categories: 'categories.json', statements: 'statements.json', actions: 'actions.json' } as const;

/** Throws on the second occurrence of an id, naming the row where it repeats. */
function checkUniqueIds(file: string, rows: { id: string }[], kind: string): void {
  const firstRow = new Map<string, number>();
  rows.forEach((r, i) => {
    const seen = firstRow.get(r.id);
    if (seen !== undefined) throw new ImportError(file, `duplicate ${kind} id "${r.id}" (first used in row ${seen})`, i + 1, 'id');
    firstRow.set(r.id, i + 1);
  });
}

/**
 * Loads categories.json, statements.json and actions.json from `dir`. Throws an ImportError on the
 * first problem: malformed JSON, a wrong or missing field (French is required), a duplicate id, a
 * reference to an indicator that does not exist, or an age range whose minimum exceeds its maximum.
 */
export async function loadTaxonomyFiles(dir: string = DEFAULT_TAXONOMY_DIR): Promise<Taxonomy> {
  const files = {
    categories: path.join(dir, TAXONOMY_FILES.categories),
    statements: path.join(dir, TAXONOMY_FILES.statements),
    actions: path.join(dir, TAXONOMY_FILES.actions),
  };

  const categories = parseOrThrow(categoriesFileSchema, await readJsonFile(files.categories), files.categories);
  checkUniqueIds(files.categories, categories, 'category');
  const indicatorRow = new Map<string, number>();
  categories.forEach((c, i) => {
    c.indicators.forEach((ind, j) => {
      const seen = indicatorRow.get(ind.id);
      if (seen !== undefined) {
        throw new ImportError(files.categories, `duplicate indicator id "${ind.id}" (first used in row ${seen})`, i + 1, `indicators[${j}].id`);
      }
      indicatorRow.set(ind.id, i + 1);
    });
  });

  const statements = parseOrThrow(statementsFileSchema, await readJsonFile(files.statements), files.statements);
  checkUniqueIds(files.statements, statements, 'statement');
  statements.forEach((s, i) => {
    if (!indicatorRow.has(s.indicatorId)) {
      throw new ImportError(files.statements, `unknown indicator "${s.indicatorId}" (not in ${TAXONOMY_FILES.categories})`, i + 1, 'indicatorId');
    }
  });

  const actions = parseOrThrow(actionsFileSchema, await readJsonFile(files.actions), files.actions);
  checkUniqueIds(files.actions, actions, 'action');
  actions.forEach((a, i) => {
    if (!indicatorRow.has(a.indicatorId)) {
      throw new ImportError(files.actions, `unknown indicator "${a.indicatorId}" (not in ${TAXONOMY_FILES.categories})`, i + 1, 'indicatorId');
    }
    const e = a.eligibility;
    if (e?.minAge !== undefined && e.maxAge !== undefined && e.minAge > e.maxAge) {
      throw new ImportError(files.actions, `minAge ${e.minAge} is greater than maxAge ${e.maxAge}`, i + 1, 'eligibility.minAge');
    }
  });

  return { categories, statements, actions, source: dir };
}
