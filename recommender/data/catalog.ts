/** The libraries as the recommender indexes them: built from plain records or read from the database. */
import type { Queryable } from '../../knowledge/db/types.ts';
import type { Eligibility, ImmigrationStatus, Translated } from '../../knowledge/domain/types.ts';
import { Dictionary } from './dictionary.ts';
import type { Catalog } from './types.ts';

/** A text in English only, or in several languages (English required). */
type Text = string | Translated;

export interface CatalogInput {
  categories: readonly { id: string; label: Text }[];
  indicators: readonly { id: string; categoryId: string; label?: Text }[];
  statements: readonly { id: string; indicatorId: string; text: Text }[];
  actions: readonly { id: string; indicatorId: string; text: Text; eligibility?: Eligibility | null }[];
}

function translated(text: Text, what: string): Translated {
  const t = typeof text === 'string' ? { en: text } : text;
  if (typeof t?.en !== 'string') throw new Error(`${what} has no English text`);
  return t;
}

/** An eligibility that restricts nothing is no restriction: undefined. */
function normalizedEligibility(e: Eligibility | null | undefined): Eligibility | undefined {
  if (!e) return undefined;
  const out: Eligibility = {};
  if (e.minAge !== undefined && e.minAge !== null) out.minAge = e.minAge;
  if (e.maxAge !== undefined && e.maxAge !== null) out.maxAge = e.maxAge;
  if (e.immigrationStatuses) out.immigrationStatuses = [...e.immigrationStatuses];
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Indexes the libraries in the order given. Throws on duplicate ids and on references to an
 * unknown category or indicator.
 */
export function buildCatalog(input: CatalogInput): Catalog {
  const categories = Dictionary.strict(
    input.categories.map((c) => c.id),
    'category',
  );
  const indicators = Dictionary.strict(
    input.indicators.map((i) => i.id),
    'indicator',
  );
  const indicatorCategory = Int32Array.from(input.indicators, (i) => {
    const c = categories.indexOf(i.categoryId);
    if (c < 0) throw new Error(`indicator ${i.id} refers to unknown category ${i.categoryId}`);
    return c;
  });
  const indicatorOf = (id: string, indicatorId: string): number => {
    const i = indicators.indexOf(indicatorId);
    if (i < 0) throw new Error(`${id} refers to unknown indicator ${indicatorId}`);
    return i;
  };
  const statementIndicator = Int32Array.from(input.statements, (s) => indicatorOf(`statement ${s.id}`, s.indicatorId));
  const actionIndicator = Int32Array.from(input.actions, (a) => indicatorOf(`action ${a.id}`, a.indicatorId));
  const statementTranslations = input.statements.map((s) => translated(s.text, `statement ${s.id}`));
  const actionTranslations = input.actions.map((a) => translated(a.text, `action ${a.id}`));
  return {
    categories,
    categoryLabels: input.categories.map((c) => translated(c.label, `category ${c.id}`).en),
    indicators,
    indicatorCategory,
    statements: Dictionary.strict(
      input.statements.map((s) => s.id),
      'statement',
    ),
    statementTexts: statementTranslations.map((t) => t.en),
    statementTranslations,
    statementIndicator,
    statementCategory: statementIndicator.map((i) => indicatorCategory[i]),
    actions: Dictionary.strict(
      input.actions.map((a) => a.id),
      'action',
    ),
    actionTexts: actionTranslations.map((t) => t.en),
    actionTranslations,
    actionIndicator,
    actionCategory: actionIndicator.map((i) => indicatorCategory[i]),
    actionEligibility: input.actions.map((a) => normalizedEligibility(a.eligibility)),
  };
}

/** jsonb arrives parsed from both backends; a driver configured otherwise may hand over text. */
function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/**
 * Reads the libraries from the database (migration 0001): categories and indicators in their
 * taxonomy order, statements and actions by id.
 */
export async function loadCatalog(db: Queryable): Promise<Catalog> {
  const [categories, indicators, statements, actions] = [
    await db.query<{ id: string; label: unknown }>('SELECT id, label FROM category ORDER BY position, id'),
    await db.query<{ id: string; category_id: string; label: unknown }>(
      `SELECT i.id, i.category_id, i.label FROM indicator i JOIN category c ON c.id = i.category_id
        ORDER BY c.position, c.id, i.position, i.id`,
    ),
    await db.query<{ id: string; indicator_id: string; text: unknown }>('SELECT id, indicator_id, text FROM driving_statement ORDER BY id'),
    await db.query<{
      id: string;
      indicator_id: string;
      text: unknown;
      min_age: number | null;
      max_age: number | null;
      immigration_statuses: string[] | null;
    }>('SELECT id, indicator_id, text, min_age, max_age, immigration_statuses FROM action ORDER BY id'),
  ];
  return buildCatalog({
    categories: categories.rows.map((r) => ({ id: r.id, label: json<Translated>(r.label) })),
    indicators: indicators.rows.map((r) => ({ id: r.id, categoryId: r.category_id, label: json<Translated>(r.label) })),
    statements: statements.rows.map((r) => ({ id: r.id, indicatorId: r.indicator_id, text: json<Translated>(r.text) })),
    actions: actions.rows.map((r) => ({
      id: r.id,
      indicatorId: r.indicator_id,
      text: json<Translated>(r.text),
      eligibility: {
        minAge: r.min_age ?? undefined,
        maxAge: r.max_age ?? undefined,
        immigrationStatuses: (r.immigration_statuses ?? undefined) as ImmigrationStatus[] | undefined,
      },
    })),
  });
}
