/**
 * Reads a folder of HSDS tabular CSV files into entries. Both the HSDS 1.1 file names (the
 * Miami 211 export: physical_addresses.csv, services_at_location.csv, regular_schedules.csv …)
 * and the HSDS 3.0 ones (addresses.csv, service_at_location.csv, schedules.csv …) are read.
 * Tables our directory does not hold (contacts, taxonomy, accessibility, funding …) are listed
 * as ignored.
 *
 * Row numbers are CSV record numbers with the header as row 1, so the first data row is row 2
 * (the line number, unless a quoted value spans lines or blank lines are skipped).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { ImportError } from '../import/errors.ts';
import type { EntryCollector } from './collector.ts';
import type { EntryKind, Origin } from './records.ts';
import {
  addressRow,
  eligibilityRow,
  eligibilityTextRow,
  idOf,
  languageRow,
  locationRow,
  organizationRow,
  phoneRow,
  programRow,
  scheduleRow,
  serviceAreaRow,
  serviceAtLocationRow,
  serviceRow,
  type HsdsRecord,
  type Parsed,
} from './rows.ts';
import { FieldProblem } from './values.ts';

interface CsvTable {
  files: string[];
  kind: (header: string[]) => EntryKind;
  /** Columns the file must have; an inner list means any one of them. */
  columns: (header: string[]) => (string | string[])[];
  parse: (r: HsdsRecord, file: string, defaultCountry: string) => Parsed<EntryKind> | 'ignore';
}

const blank = (v: unknown) => v === undefined || v === null || String(v).trim() === '';

/** In dependency order, which is also the order rows are reported in. */
const TABLES: CsvTable[] = [
  { files: ['organizations.csv'], kind: () => 'organization', columns: () => ['id', 'name'], parse: (r) => organizationRow(r) },
  { files: ['programs.csv'], kind: () => 'program', columns: () => ['id', 'organization_id', 'name'], parse: (r) => programRow(r) },
  { files: ['services.csv'], kind: () => 'service', columns: () => ['id', 'organization_id', 'name'], parse: (r) => serviceRow(r) },
  { files: ['locations.csv'], kind: () => 'location', columns: () => ['id'], parse: (r) => locationRow(r) },
  {
    files: ['addresses.csv', 'physical_addresses.csv', 'postal_addresses.csv'],
    kind: () => 'address',
    columns: () => ['location_id', 'address_1', 'city', 'state_province', 'postal_code'],
    parse: (r, file, defaultCountry) => addressRow(r, { addressType: file === 'postal_addresses.csv' ? 'postal' : 'physical', defaultCountry }),
  },
  {
    files: ['service_at_location.csv', 'services_at_location.csv', 'service_at_locations.csv'],
    kind: () => 'service_at_location',
    columns: () => ['service_id', 'location_id'],
    parse: (r) => serviceAtLocationRow(r, {}),
  },
  { files: ['phones.csv'], kind: () => 'phone', columns: () => ['id', 'number'], parse: (r) => phoneRow(r) },
  {
    files: ['schedules.csv', 'regular_schedules.csv'],
    kind: () => 'schedule',
    columns: () => [['byday', 'weekday'], 'opens_at', 'closes_at'],
    parse: (r) => scheduleRow(r),
  },
  {
    files: ['languages.csv'],
    kind: () => 'language',
    columns: () => ['service_id', ['code', 'name', 'language']],
    // Languages of a location or a phone only: the directory stores languages per service.
    parse: (r) => (blank(r.service_id) && (!blank(r.location_id) || !blank(r.phone_id)) ? 'ignore' : languageRow(r)),
  },
  {
    files: ['service_areas.csv', 'service_area.csv'],
    kind: () => 'service_area',
    columns: () => ['service_id', ['name', 'service_area']],
    parse: (r) => serviceAreaRow(r),
  },
  {
    files: ['eligibility.csv', 'eligibilities.csv'],
    // Our structured rows have kind and value; HSDS 1.1 rows have free-text `eligibility`.
    kind: (header) => (header.includes('kind') ? 'eligibility' : 'eligibility_text'),
    columns: (header) => (header.includes('kind') ? ['service_id', 'kind', 'value'] : ['service_id', 'eligibility']),
    parse: (r) => ('kind' in r ? eligibilityRow(r) : eligibilityTextRow(r)),
  },
];

function parseCsv(text: string, file: string): string[][] {
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (err) {
    const e = err as Error & { records?: number; index?: number; code?: string };
    if (!e.code?.startsWith('CSV_') && !e.code?.startsWith('INVALID_')) throw err;
    const row = (e.records ?? 0) + 1;
    let header: string[] = [];
    try {
      header = row > 1 ? ((parse(text, { bom: true, to_line: 1 }) as string[][])[0] ?? []) : [];
    } catch {
      // the header itself is broken: name the column by position
    }
    const field = header[e.index ?? -1] ?? `#${(e.index ?? 0) + 1}`;
    throw new ImportError(file, `not valid CSV: ${e.message}`, row, field);
  }
}

function readTable(table: CsvTable, name: string, file: string, collector: EntryCollector, defaultCountry: string): void {
  const records = parseCsv(readFileSync(file, 'utf8'), file);
  if (records.length === 0) return;
  const header = records[0].map((h) => h.trim());
  for (const required of table.columns(header)) {
    const options = Array.isArray(required) ? required : [required];
    if (!options.some((c) => header.includes(c))) {
      throw new ImportError(file, `missing column ${options.map((c) => `"${c}"`).join(' or ')}`, 1, options[0]);
    }
  }
  const kind = table.kind(header);
  for (let i = 1; i < records.length; i++) {
    const values = records[i];
    const at: Origin = { file, row: i + 1, path: '', seq: collector.nextSeq() };
    const record: HsdsRecord = {};
    header.forEach((column, c) => {
      if (column !== '') record[column] = values[c];
    });
    if (values.length !== header.length) {
      const field = values.length < header.length ? header[values.length] : `#${header.length + 1}`;
      collector.addInvalid(kind, idOf(record), at, { field, reason: `row has ${values.length} values, the header has ${header.length} columns` });
      continue;
    }
    try {
      const parsed = table.parse(record, name, defaultCountry);
      if (parsed !== 'ignore') collector.add(kind, parsed.key, parsed.data, at, parsed.derivedKey);
    } catch (err) {
      if (!(err instanceof FieldProblem)) throw err;
      collector.addInvalid(kind, idOf(record), at, { field: err.field, reason: err.reason });
    }
  }
}

/** Reads every known table in `dir`; returns the CSV files it did not read. */
export function collectHsdsCsv(dir: string, collector: EntryCollector, defaultCountry: string): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir).sort();
  } catch (err) {
    throw new ImportError(dir, `cannot read the folder of HSDS CSV files: ${(err as Error).message}`);
  }
  const known = new Set(TABLES.flatMap((t) => t.files));
  if (!names.some((n) => known.has(n))) {
    throw new ImportError(dir, `no HSDS tables found (expected organizations.csv, services.csv, locations.csv, …)`);
  }
  for (const table of TABLES) {
    for (const name of table.files) {
      if (names.includes(name)) readTable(table, name, path.join(dir, name), collector, defaultCountry);
    }
  }
  return names.filter((n) => n.endsWith('.csv') && !known.has(n));
}
