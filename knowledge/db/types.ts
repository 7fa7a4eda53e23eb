/** The one database interface every domain uses. Two backends implement it: a `pg` Pool and embedded PGlite. */

export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

/** Something that runs parameterized SQL: the database itself or an open transaction. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** Runs a script of several statements without parameters (migrations, DDL). */
  exec(sql: string): Promise<void>;
}

export type DbBackend = 'postgres' | 'pglite';

export interface Db extends Queryable {
  readonly backend: DbBackend;
  /** Runs `fn` inside BEGIN/COMMIT; any throw rolls everything back. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Subscribes to NOTIFY on a channel; resolves to an unsubscribe function. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
