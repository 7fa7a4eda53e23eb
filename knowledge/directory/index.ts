/**
 * The regional service directory: HSDS importers and the demo directory.
 *
 *   await importHsdsJson(db, DEMO_DIRECTORY_FILE, { source: 'demo' });
 *   await importHsdsCsv(db, 'path/to/hsds-csv-folder', { source: 'miami-211', onInvalidRow: 'skip', defaultCountry: 'US' });
 *
 * Both run in one transaction and upsert by id (re-importing is idempotent). In 'reject' mode
 * (default) the first invalid row throws an ImportError(file, reason, row, field) and nothing is
 * written; in 'skip' mode invalid rows and the rows depending on them are left out and returned
 * in `skipped`. Row numbers: CSV record number with the header as row 1; JSON index + 1 of the
 * top-level item, with the field given as its path ("organizations[3].services[1].name").
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export { importHsdsJson, importHsdsCsv, type HsdsImportOptions, type HsdsImportResult } from './import.ts';
export type { DirectoryCounts } from './write.ts';
export type { SkippedRow as HsdsSkippedRow } from './records.ts';
export type { InvalidRowPolicy } from './resolve.ts';

/** The fictional demo directory (HSDS 3.0-style JSON), built by knowledge/content/directory/build-demo.ts. */
export const DEMO_DIRECTORY_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'content', 'directory', 'demo-directory.json');
