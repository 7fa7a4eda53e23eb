import type { Catalog } from '../data/types.ts';
import type { Vocabulary } from './types.ts';

export function vocabularyFromCatalog(c: Catalog): Vocabulary {
  return {
    statementIds: c.statements.ids.slice(),
    statementTexts: c.statementTexts.slice(),
    statementCategory: c.statementCategory.slice(),
    actionIds: c.actions.ids.slice(),
    actionTexts: c.actionTexts.slice(),
    actionCategory: c.actionCategory.slice(),
    actionEligibility: c.actionEligibility.slice(),
    categoryIds: c.categories.ids.slice(),
    categoryLabels: c.categoryLabels.slice(),
  };
}

/** A JSON-safe form of the vocabulary (typed arrays become plain arrays). */
export function vocabularyToJson(v: Vocabulary): object {
  return {
    ...v,
    statementCategory: Array.from(v.statementCategory),
    actionCategory: Array.from(v.actionCategory),
    actionEligibility: v.actionEligibility.map((e) => e ?? null),
  };
}

export function vocabularyFromJson(json: unknown): Vocabulary {
  const v = json as Omit<Vocabulary, 'statementCategory' | 'actionCategory' | 'actionEligibility'> & {
    statementCategory: number[];
    actionCategory: number[];
    actionEligibility: (Vocabulary['actionEligibility'][number] | null)[];
  };
  return {
    ...v,
    statementCategory: Int32Array.from(v.statementCategory),
    actionCategory: Int32Array.from(v.actionCategory),
    actionEligibility: v.actionEligibility.map((e) => e ?? undefined),
  };
}

/** The statement's category, or -1 for free text / an index the model does not know. */
export function statementCategoryOf(v: Vocabulary, statementIndex: number | undefined): number {
  if (statementIndex === undefined || statementIndex < 0 || statementIndex >= v.statementIds.length) return -1;
  return v.statementCategory[statementIndex];
}

export function requireFitted<T>(value: T | undefined, model: string): T {
  if (value === undefined) throw new Error(`${model}: call fit() or deserialize before use`);
  return value;
}
