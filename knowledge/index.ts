/** knowledge/: the settlement domain — database, taxonomy, articles, directory, plans and demo content. */
export * from './db/index.ts';
export * from './domain/types.ts';
export { ImportError, type ImportSummary } from './import/errors.ts';
export { CONTENT_CHANNEL, announceContentChange } from './import/notify.ts';
export * from './articles/index.ts';
export * from './taxonomy/index.ts';
export * from './directory/index.ts';
export * from './plans/index.ts';
export * from './demo/index.ts';
export * from './text/index.ts';
