/** Shared set-up for the directory tests: categories, row snapshots, temporary files, external data. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Queryable } from '../db/types.ts';
import { CATEGORY_IDS } from '../content/directory/demo-catalogue.ts';
import { DEMO_DIRECTORY_FILE } from './index.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Third-party data is never copied into the repository; tests read it here and skip without it. */
export const EXTERNAL_DATA = process.env.WAYFINDER_EXTERNAL_DATA ?? path.resolve(REPO_ROOT, '..', 'shared', 'external-data');
export const HSDS_SPEC = path.join(EXTERNAL_DATA, 'hsds-spec');
export const MIAMI_211 = path.join(EXTERNAL_DATA, 'hsds-miami-211', 'data');
export const hasExternal = (dir: string) => existsSync(dir);

/** The taxonomy import normally provides the categories; these tests only need the ids. */
export async function seedCategories(db: Queryable): Promise<void> {
  await db.query(
    `INSERT INTO category (id, position, label)
     SELECT id, ord, jsonb_build_object('en', id) FROM unnest($1::text[]) WITH ORDINALITY AS c(id, ord)
     ON CONFLICT (id) DO NOTHING`,
    [[...CATEGORY_IDS]],
  );
}

export const DIRECTORY_TABLES = [
  'organization',
  'program',
  'service',
  'location',
  'service_at_location',
  'phone',
  'schedule',
  'service_language',
  'service_area',
  'eligibility',
] as const;

export async function countRows(db: Queryable): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of DIRECTORY_TABLES) {
    const r = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = r.rows[0].n;
  }
  return counts;
}

/** Every directory row as text, without the updated_at timestamps an upsert refreshes. */
export async function snapshot(db: Queryable): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of DIRECTORY_TABLES) {
    const r = await db.query<{ row: string }>(
      `SELECT (to_jsonb(t) - 'updated_at')::text AS row FROM ${table} t ORDER BY 1`,
    );
    out[table] = r.rows.map((x) => x.row);
  }
  return out;
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'wf-directory-'));
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

/** A fresh, mutable copy of the demo document. */
export function demoDocument(): {
  meta: unknown;
  organizations: Record<string, any>[];
} {
  return JSON.parse(readFileSync(DEMO_DIRECTORY_FILE, 'utf8'));
}

/** Writes CSV files (first row the header) into a new temporary folder. */
export function writeCsvPackage(tables: Record<string, string[][]>): string {
  const dir = tempDir();
  const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  for (const [name, rows] of Object.entries(tables)) {
    writeFileSync(path.join(dir, name), rows.map((r) => r.map(cell).join(',')).join('\n') + '\n');
  }
  return dir;
}
