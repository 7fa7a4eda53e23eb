/**
 * An import failure that names where the bad input is, so an admin can fix the file.
 * Importers throw it before or inside their transaction; nothing is written when it is thrown.
 */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    /** 1-based line or row number in the file (CSV row, JSONL line), or array index + 1 in JSON. */
    readonly row?: number,
    readonly field?: string,
  ) {
    super(`${file}${row !== undefined ? `, row ${row}` : ''}${field ? `, field "${field}"` : ''}: ${reason}`);
    this.name = 'ImportError';
  }
}

/** What every importer reports back when it succeeds. */
export interface ImportSummary {
  kind: string;
  file: string;
  counts: Record<string, number>;
}
