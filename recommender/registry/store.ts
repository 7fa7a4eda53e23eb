import type { Db, Queryable } from '../../knowledge/db/index.ts';

/** Channel on which a newly activated model version is announced to every server instance. */
export const MODEL_CHANNEL = 'wayfinder_model_version';

export interface ModelVersionInfo {
  id: number;
  modelName: string;
  params: Record<string, unknown>;
  metrics: Record<string, unknown>;
  embedderId: string | null;
  dataFrom: string | null;
  dataTo: string | null;
  trainPlans: number;
  decisions: number;
  createdAt: string;
  createdBy: string | null;
  active: boolean;
  activatedAt: string | null;
  notes: string | null;
}

export interface NewModelVersion {
  modelName: string;
  params: Record<string, unknown>;
  metrics: Record<string, unknown>;
  artifact: Uint8Array;
  embedderId?: string | null;
  dataFrom?: string | null;
  dataTo?: string | null;
  trainPlans: number;
  decisions: number;
  createdBy?: string | null;
  notes?: string | null;
}

export class ModelVersionError extends Error {
  constructor(
    readonly code: 'not_found' | 'no_previous',
    message: string,
  ) {
    super(message);
    this.name = 'ModelVersionError';
  }
}

interface Row {
  id: string | number;
  model_name: string;
  params: Record<string, unknown>;
  metrics: Record<string, unknown>;
  embedder_id: string | null;
  data_from: string | Date | null;
  data_to: string | Date | null;
  train_plans: number;
  decisions: number;
  created_at: string | Date;
  created_by: string | null;
  active: boolean;
  activated_at: string | Date | null;
  notes: string | null;
}

const COLUMNS = `id, model_name, params, metrics, embedder_id, data_from::text AS data_from, data_to::text AS data_to,
  train_plans, decisions, created_at, created_by, active, activated_at, notes`;

const iso = (v: string | Date | null): string | null => (v === null ? null : v instanceof Date ? v.toISOString() : String(v));

function toInfo(r: Row): ModelVersionInfo {
  return {
    id: Number(r.id),
    modelName: r.model_name,
    params: r.params,
    metrics: r.metrics,
    embedderId: r.embedder_id,
    dataFrom: iso(r.data_from),
    dataTo: iso(r.data_to),
    trainPlans: r.train_plans,
    decisions: r.decisions,
    createdAt: iso(r.created_at)!,
    createdBy: r.created_by,
    active: r.active,
    activatedAt: iso(r.activated_at),
    notes: r.notes,
  };
}

/** Stores a trained model; activates it too when asked (the usual end of a training run). */
export async function saveModelVersion(db: Db, version: NewModelVersion, options: { activate?: boolean } = {}): Promise<ModelVersionInfo> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO model_version (model_name, params, metrics, artifact, embedder_id, data_from, data_to, train_plans, decisions, created_by, notes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        version.modelName,
        JSON.stringify(version.params),
        JSON.stringify(version.metrics),
        Buffer.from(version.artifact.buffer, version.artifact.byteOffset, version.artifact.byteLength),
        version.embedderId ?? null,
        version.dataFrom ?? null,
        version.dataTo ?? null,
        version.trainPlans,
        version.decisions,
        version.createdBy ?? null,
        version.notes ?? null,
      ],
    );
    const id = Number(rows[0].id);
    if (options.activate) await activateIn(tx, id);
    return (await getIn(tx, id))!;
  });
}

async function getIn(q: Queryable, id: number): Promise<ModelVersionInfo | null> {
  const { rows } = await q.query<Row>(`SELECT ${COLUMNS} FROM model_version WHERE id = $1`, [id]);
  return rows[0] ? toInfo(rows[0]) : null;
}

async function activateIn(q: Queryable, id: number): Promise<void> {
  // Deactivate first: the partial unique index allows one active row at any moment.
  await q.query(`UPDATE model_version SET active = false WHERE active AND id <> $1`, [id]);
  const { rowCount } = await q.query(`UPDATE model_version SET active = true, activated_at = now() WHERE id = $1`, [id]);
  if (rowCount === 0) throw new ModelVersionError('not_found', `model version ${id} does not exist`);
  // Delivered at commit, so listeners never see a version that was rolled back.
  await q.query(`SELECT pg_notify($1, $2)`, [MODEL_CHANNEL, String(id)]);
}

export async function getModelVersion(db: Queryable, id: number): Promise<ModelVersionInfo | null> {
  return getIn(db, id);
}

/** Makes `id` the version every instance serves; announced to all of them. */
export async function activateModelVersion(db: Db, id: number): Promise<ModelVersionInfo> {
  return db.transaction(async (tx) => {
    await activateIn(tx, id);
    return (await getIn(tx, id))!;
  });
}

/**
 * Goes back to the newest earlier version that has served before (by id, so rolling back twice
 * walks further back instead of toggling between two versions).
 */
export async function rollbackModelVersion(db: Db): Promise<ModelVersionInfo> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `SELECT id FROM model_version
        WHERE activated_at IS NOT NULL AND id < (SELECT id FROM model_version WHERE active)
        ORDER BY id DESC LIMIT 1`,
    );
    if (!rows[0]) throw new ModelVersionError('no_previous', 'there is no earlier active model version to roll back to');
    await activateIn(tx, Number(rows[0].id));
    return (await getIn(tx, Number(rows[0].id)))!;
  });
}

export async function listModelVersions(db: Queryable, limit = 50): Promise<ModelVersionInfo[]> {
  const { rows } = await db.query<Row>(`SELECT ${COLUMNS} FROM model_version ORDER BY id DESC LIMIT $1`, [limit]);
  return rows.map(toInfo);
}

/** The active version with its artifact, or null before the first training run. */
export async function loadActiveModelVersion(db: Queryable): Promise<{ info: ModelVersionInfo; artifact: Uint8Array } | null> {
  const { rows } = await db.query<Row & { artifact: Uint8Array }>(`SELECT ${COLUMNS}, artifact FROM model_version WHERE active`);
  if (!rows[0]) return null;
  const a = rows[0].artifact;
  return { info: toInfo(rows[0]), artifact: new Uint8Array(a.buffer, a.byteOffset, a.byteLength) };
}
