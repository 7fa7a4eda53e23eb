export type { Db, DbBackend, Queryable, QueryResult } from './types.ts';
export { openDb, type OpenDbOptions } from './open.ts';
export { openPostgres } from './postgres.ts';
export { openPglite } from './pglite.ts';
export { migrate, loadMigrations, MIGRATION_DIRS, type Migration } from './migrate.ts';
