/**
 * Reads the plan history from the database (migration 0004) into TrainingData, chunk by chunk:
 * keyset pagination over (created_on, id), so memory holds one chunk of rows at a time besides
 * the typed arrays being built, and each query uses the plan_created_idx index however deep it is.
 */
import type { Queryable } from '../../knowledge/db/types.ts';
import { TrainingDataBuilder, type BuilderOptions } from './builder.ts';
import { loadCatalog } from './catalog.ts';
import { dayFromIso } from './dates.ts';
import type { Catalog, PlanRecord, PlanStatementRecord, TrainingData } from './types.ts';

export interface LoadTrainingDataOptions {
  /** Only plans created on or after this date, 'YYYY-MM-DD'. */
  from?: string;
  /** Only plans created before this date (exclusive), 'YYYY-MM-DD'. */
  to?: string;
  /** At most this many plans: the most recent ones of the window. */
  limit?: number;
  /** Plans per round trip; default 5000. */
  chunkSize?: number;
  /** Only plans of these sources, e.g. ['import'] to leave synthetic plans out. */
  sources?: readonly string[];
  /** Only plans of these statuses ('draft', 'active', 'closed'); default all. */
  planStatuses?: readonly string[];
  /**
   * Only actions added this way; default both. ['assessor'] keeps accepted suggestions out, so
   * the model does not learn from its own output.
   */
  addedBy?: readonly ('assessor' | 'suggestion')[];
  /** The libraries, when already loaded; default loadCatalog(db). */
  catalog?: Catalog;
  /** Unknown statement or action ids; see BuilderOptions. */
  unknownIds?: BuilderOptions['unknownIds'];
  /** Called after each chunk with the plans loaded so far and the total to load. */
  onProgress?: (loaded: number, total: number) => void;
}

interface PlanRow {
  id: string;
  created_on: string;
  site_id: string;
  age_band: string;
  immigration_status: string;
  household_size: number;
  children: number;
  languages: string[] | null;
  arrival_date: string | null;
}

interface StatementRow {
  plan_id: string;
  position: number;
  statement_id: string | null;
  free_text: string | null;
  action_ids: string[] | null;
}

/** The plan filter as SQL on `plan p`, with its parameters numbered from $1. */
function planFilter(options: LoadTrainingDataOptions): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  // Parsed first, so a malformed date fails here rather than as an SQL error.
  for (const date of [options.from, options.to]) if (date !== undefined) dayFromIso(date);
  if (options.from !== undefined) where.push(`p.created_on >= ${param(options.from)}::date`);
  if (options.to !== undefined) where.push(`p.created_on < ${param(options.to)}::date`);
  if (options.sources) where.push(`p.source = ANY(${param([...options.sources])}::text[])`);
  if (options.planStatuses) where.push(`p.status = ANY(${param([...options.planStatuses])}::text[])`);
  return { where, params };
}

const and = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');

/**
 * The plans of the window, oldest first (ties by id), as TrainingData over the catalog. Each plan
 * brings its client's context as recorded on the client row, its statements in position order,
 * and the actions attached to each.
 */
export async function loadTrainingData(db: Queryable, options: LoadTrainingDataOptions = {}): Promise<TrainingData> {
  const chunkSize = options.chunkSize ?? 5000;
  if (!(Number.isInteger(chunkSize) && chunkSize > 0)) throw new RangeError(`chunkSize must be a positive integer, got ${chunkSize}`);
  if (options.limit !== undefined && !(Number.isInteger(options.limit) && options.limit >= 0)) {
    throw new RangeError(`limit must be a non-negative integer, got ${options.limit}`);
  }
  const catalog = options.catalog ?? (await loadCatalog(db));
  const builder = new TrainingDataBuilder(catalog, { unknownIds: options.unknownIds });
  const filter = planFilter(options);

  const counted = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM plan p ${and(filter.where)}`, filter.params);
  let total = counted.rows[0].n;
  // Keyset cursor: the (created_on, id) of the last plan read; reading resumes after it.
  let cursor: { day: string; id: string } | undefined;
  if (options.limit !== undefined && options.limit < total) {
    total = options.limit;
    if (total === 0) return builder.build();
    // The newest plan left out: reading starts right after it.
    const before = await db.query<{ day: string; id: string }>(
      `SELECT p.created_on::text AS day, p.id FROM plan p ${and(filter.where)}
        ORDER BY p.created_on DESC, p.id DESC OFFSET ${total} LIMIT 1`,
      filter.params,
    );
    cursor = before.rows[0];
  }

  const addedBy = options.addedBy ? [...options.addedBy] : undefined;
  let loaded = 0;
  while (loaded < total) {
    const params = [...filter.params];
    const where = [...filter.where];
    if (cursor) {
      params.push(cursor.day, cursor.id);
      // The plain range on created_on lets the planner walk plan_created_idx from the cursor on.
      const [day, id] = [`$${params.length - 1}::date`, `$${params.length}`];
      where.push(`p.created_on >= ${day}`, `(p.created_on, p.id) > (${day}, ${id})`);
    }
    params.push(Math.min(chunkSize, total - loaded));
    const plans = await db.query<PlanRow>(
      `SELECT p.id, p.created_on::text AS created_on, c.site_id, c.age_band, c.immigration_status,
              c.household_size, c.children, c.languages, c.arrival_date::text AS arrival_date
         FROM plan p JOIN client c ON c.id = p.client_id
         ${and(where)}
        ORDER BY p.created_on, p.id
        LIMIT $${params.length}`,
      params,
    );
    if (plans.rows.length === 0) break;
    const ids = plans.rows.map((p) => p.id);
    const statements = await db.query<StatementRow>(
      `SELECT s.plan_id, s.position, s.statement_id, s.free_text,
              array_agg(a.action_id ORDER BY a.action_id) FILTER (WHERE a.action_id IS NOT NULL) AS action_ids
         FROM plan_statement s
         LEFT JOIN plan_action a ON a.plan_id = s.plan_id AND a.statement_position = s.position
              ${addedBy ? 'AND a.added_by = ANY($2::text[])' : ''}
        WHERE s.plan_id = ANY($1::text[])
        GROUP BY s.plan_id, s.position
        ORDER BY s.plan_id, s.position`,
      addedBy ? [ids, addedBy] : [ids],
    );
    const byPlan = new Map<string, PlanStatementRecord[]>();
    for (const s of statements.rows) {
      let list = byPlan.get(s.plan_id);
      if (!list) byPlan.set(s.plan_id, (list = []));
      list.push({ position: s.position, statementId: s.statement_id, freeText: s.free_text, actionIds: s.action_ids ?? [] });
    }
    for (const p of plans.rows) {
      const record: PlanRecord = {
        id: p.id,
        date: p.created_on,
        context: {
          siteId: p.site_id,
          ageBand: p.age_band,
          immigrationStatus: p.immigration_status,
          householdSize: p.household_size,
          children: p.children,
          languages: p.languages ?? [],
          arrivalDate: p.arrival_date,
        },
        statements: byPlan.get(p.id) ?? [],
      };
      builder.addPlan(record);
    }
    loaded += plans.rows.length;
    const last = plans.rows[plans.rows.length - 1];
    cursor = { day: last.created_on, id: last.id };
    options.onProgress?.(loaded, total);
  }
  return builder.build();
}
