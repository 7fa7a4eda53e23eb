/** Writes a loaded taxonomy into the category, indicator, driving_statement and action tables. */
import type { Db, Queryable } from '../db/types.ts';
import type { ImportSummary } from '../import/errors.ts';
import type { Taxonomy } from './types.ts';

/**
 * Upserts one table from a JSON array of records in a single statement. Rows whose values are
 * unchanged are left alone (no new row version), so re-importing the same files writes nothing.
 * Returns how many rows were inserted or changed.
 */
async function upsert(tx: Queryable, table: string, columns: [name: string, type: string][], rows: object[]): Promise<number> {
  const names = columns.map(([n]) => n);
  const updatable = names.filter((n) => n !== 'id');
  const sql = `
    INSERT INTO ${table} (${names.join(', ')})
    SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${columns.map(([n, t]) => `${n} ${t}`).join(', ')})
    ON CONFLICT (id) DO UPDATE SET ${updatable.map((n) => `${n} = EXCLUDED.${n}`).join(', ')}
    WHERE (${updatable.map((n) => `${table}.${n}`).join(', ')}) IS DISTINCT FROM (${updatable.map((n) => `EXCLUDED.${n}`).join(', ')})`;
  const result = await tx.query(sql, [JSON.stringify(rows)]);
  return result.rowCount;
}

/**
 * Imports the taxonomy in one transaction: categories and indicators (with their position in the
 * file), then statements and actions. Ids missing from the files are kept, because historical plans
 * may still point at them. Validate with loadTaxonomyFiles first; a database error rolls back everything.
 */
export async function importTaxonomy(db: Db, taxonomy: Taxonomy): Promise<ImportSummary> {
  const categories = taxonomy.categories.map((c, i) => ({ id: c.id, position: i + 1, label: c.label }));
  const indicators = taxonomy.categories.flatMap((c) =>
    c.indicators.map((ind, j) => ({ id: ind.id, category_id: c.id, position: j + 1, label: ind.label })),
  );
  const statements = taxonomy.statements.map((s) => ({ id: s.id, indicator_id: s.indicatorId, text: s.text }));
  const actions = taxonomy.actions.map((a) => ({
    id: a.id,
    indicator_id: a.indicatorId,
    text: a.text,
    min_age: a.eligibility?.minAge ?? null,
    max_age: a.eligibility?.maxAge ?? null,
    immigration_statuses: a.eligibility?.immigrationStatuses ?? null,
  }));

  const changed = await db.transaction(async (tx) => {
    let n = 0;
    n += await upsert(tx, 'category', [['id', 'text'], ['position', 'integer'], ['label', 'jsonb']], categories);
    n += await upsert(tx, 'indicator', [['id', 'text'], ['category_id', 'text'], ['position', 'integer'], ['label', 'jsonb']], indicators);
    n += await upsert(tx, 'driving_statement', [['id', 'text'], ['indicator_id', 'text'], ['text', 'jsonb']], statements);
    n += await upsert(
      tx,
      'action',
      [['id', 'text'], ['indicator_id', 'text'], ['text', 'jsonb'], ['min_age', 'integer'], ['max_age', 'integer'], ['immigration_statuses', 'text[]']],
      actions,
    );
    return n;
  });

  return {
    kind: 'taxonomy',
    file: taxonomy.source ?? 'taxonomy',
    counts: {
      categories: categories.length,
      indicators: indicators.length,
      statements: statements.length,
      actions: actions.length,
      changed,
    },
  };
}
