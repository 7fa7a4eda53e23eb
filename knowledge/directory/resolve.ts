/**
 * Checks every collected entry against the others and against the database: references must
 * point to an existing row, ids must not belong to another import's organizations, and an
 * entry that depends on an invalid one is invalid too. Runs inside the import's transaction.
 */
import path from 'node:path';
import type { Queryable } from '../db/types.ts';
import { ImportError } from '../import/errors.ts';
import type { EntryCollector } from './collector.ts';
import { ENTRY_KINDS, type Entry, type EntryKind, type Problem, type Ref, type RefKind, type SkippedRow } from './records.ts';

export type InvalidRowPolicy = 'reject' | 'skip';

interface Verdict {
  ok: boolean;
  /** The entry's own problem, as opposed to depending on an invalid entry. */
  own: boolean;
  problem?: Problem;
}

/** The ids an entry points to, read from its link fields. */
function refsOf(entry: Entry): Ref[] {
  const d = entry.data as unknown as Record<string, string | null | undefined>;
  const refs: Ref[] = [];
  const add = (kind: RefKind, field: string) => {
    const id = d[field];
    if (id !== null && id !== undefined) refs.push({ kind, id, field });
  };
  switch (entry.kind) {
    case 'program':
    case 'location':
      add('organization', 'organization_id');
      break;
    case 'service':
      add('organization', 'organization_id');
      add('program', 'program_id');
      add('category', 'category_id');
      break;
    case 'address':
      add('location', 'location_id');
      break;
    case 'service_at_location':
      add('service', 'service_id');
      add('location', 'location_id');
      break;
    case 'phone':
      add('organization', 'organization_id');
      add('service', 'service_id');
      add('location', 'location_id');
      add('service_at_location', 'service_at_location_id');
      break;
    case 'schedule':
      add('service', 'service_id');
      add('location', 'location_id');
      add('service_at_location', 'service_at_location_id');
      break;
    default:
      add('service', 'service_id');
  }
  return refs;
}

const TABLE_OF: Record<RefKind, string> = {
  organization: 'organization',
  program: 'program',
  service: 'service',
  location: 'location',
  service_at_location: 'service_at_location',
  category: 'category',
};

/** Service and location of the service_at_location rows the import refers to but does not contain. */
type SalLinks = Map<string, { service_id: string; location_id: string }>;

async function existingIds(tx: Queryable, kind: RefKind, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const r = await tx.query<{ id: string }>(`SELECT id FROM ${TABLE_OF[kind]} WHERE id = ANY($1::text[])`, [ids]);
  return new Set(r.rows.map((row) => row.id));
}

/**
 * Ids this import would take over from another source: an id in organization, program, service
 * or location already written by another import (Miami's "136" must not overwrite another
 * directory's "136").
 */
async function foreignIds(tx: Queryable, batch: EntryCollector, source: string): Promise<Map<EntryKind, Map<string, string>>> {
  const owner: Record<string, string> = {
    organization: `SELECT o.id, o.source FROM organization o WHERE o.id = ANY($1::text[]) AND o.source <> $2`,
    program: `SELECT p.id, o.source FROM program p JOIN organization o ON o.id = p.organization_id WHERE p.id = ANY($1::text[]) AND o.source <> $2`,
    service: `SELECT s.id, o.source FROM service s JOIN organization o ON o.id = s.organization_id WHERE s.id = ANY($1::text[]) AND o.source <> $2`,
    location: `SELECT l.id, o.source FROM location l JOIN organization o ON o.id = l.organization_id WHERE l.id = ANY($1::text[]) AND o.source <> $2`,
  };
  const found = new Map<EntryKind, Map<string, string>>();
  for (const [kind, sql] of Object.entries(owner) as [EntryKind, string][]) {
    const ids = batch.entries(kind).filter((e) => !e.problem).map((e) => e.key);
    if (ids.length === 0) continue;
    const r = await tx.query<{ id: string; source: string }>(sql, [ids, source]);
    found.set(kind, new Map(r.rows.map((row) => [row.id, row.source])));
  }
  return found;
}

export interface Resolution {
  /** Valid entries of each kind, in file order. */
  valid: { [K in EntryKind]: Entry<K>[] };
  skipped: SkippedRow[];
}

/** JSON fields are named by their path in the document; an empty field means the record itself. */
function fieldName(entry: Entry, field: string): string {
  if (!entry.at.path) return field;
  return field ? `${entry.at.path}.${field}` : entry.at.path;
}

function describe(entry: Entry): string {
  const file = path.basename(entry.at.file);
  return entry.at.path ? `${entry.at.path} in ${file}` : `${file} row ${entry.at.row}`;
}

export async function resolveEntries(tx: Queryable, batch: EntryCollector, source: string, policy: InvalidRowPolicy): Promise<Resolution> {
  // 1. Which referenced ids are not in the import, and do they exist in the database?
  const outside = new Map<RefKind, Set<string>>();
  for (const kind of ENTRY_KINDS) {
    for (const entry of batch.entries(kind)) {
      if (entry.problem) continue;
      for (const ref of refsOf(entry)) {
        if (ref.kind !== 'category' && batch.byKey(ref.kind, ref.id)) continue;
        const set = outside.get(ref.kind) ?? new Set<string>();
        set.add(ref.id);
        outside.set(ref.kind, set);
      }
    }
  }
  const inDb = new Map<RefKind, Set<string>>();
  for (const [kind, ids] of outside) inDb.set(kind, await existingIds(tx, kind, [...ids]));
  const salIds = [...(inDb.get('service_at_location') ?? [])];
  const dbSal: SalLinks = new Map();
  if (salIds.length) {
    const r = await tx.query<{ id: string; service_id: string; location_id: string }>(
      'SELECT id, service_id, location_id FROM service_at_location WHERE id = ANY($1::text[])',
      [salIds],
    );
    for (const row of r.rows) dbSal.set(row.id, row);
  }
  const foreign = await foreignIds(tx, batch, source);

  // 2. Judge entries in dependency order, so a referenced entry is judged before its dependents.
  const verdicts = new Map<Entry, Verdict>();
  const salPairs = new Map<string, Entry>();
  for (const kind of ENTRY_KINDS) {
    for (const entry of batch.entries(kind)) {
      verdicts.set(entry, judge(entry));
    }
  }

  function judge(entry: Entry): Verdict {
    if (entry.problem) return { ok: false, own: true, problem: entry.problem };
    const foreignSource = foreign.get(entry.kind)?.get(entry.key);
    if (foreignSource !== undefined) {
      return { ok: false, own: true, problem: { field: 'id', reason: `${entry.kind} "${entry.key}" already belongs to the import "${foreignSource}"` } };
    }
    for (const ref of refsOf(entry)) {
      const target = ref.kind === 'category' ? undefined : batch.byKey(ref.kind, ref.id);
      if (target) {
        const v = verdicts.get(target);
        if (v && !v.ok) {
          return { ok: false, own: false, problem: { field: ref.field, reason: `depends on ${ref.kind} "${ref.id}" (${describe(target)}), which is invalid` } };
        }
      } else if (!inDb.get(ref.kind)?.has(ref.id)) {
        return { ok: false, own: true, problem: { field: ref.field, reason: `unknown ${ref.kind === 'category' ? 'category' : ref.kind.replace(/_/g, ' ')} "${ref.id}"` } };
      }
    }
    if (entry.kind === 'phone' || entry.kind === 'schedule') {
      const problem = attachThroughServiceAtLocation(entry as Entry<'phone' | 'schedule'>);
      if (problem) return { ok: false, own: true, problem };
    }
    if (entry.kind === 'service_at_location') {
      const d = (entry as Entry<'service_at_location'>).data;
      const pair = `${d.service_id}\u0000${d.location_id}`;
      const first = salPairs.get(pair);
      if (first) {
        return { ok: false, own: true, problem: { field: 'location_id', reason: `service "${d.service_id}" is already offered at location "${d.location_id}" (${describe(first)})` } };
      }
      salPairs.set(pair, entry);
    }
    return { ok: true, own: false };
  }

  /** A phone or schedule given only a service_at_location belongs to that row's service and location. */
  function attachThroughServiceAtLocation(entry: Entry<'phone' | 'schedule'>): Problem | undefined {
    const d = entry.data;
    if (d.service_at_location_id !== null) {
      const sal = batch.byKey('service_at_location', d.service_at_location_id)?.data ?? dbSal.get(d.service_at_location_id);
      if (sal) {
        for (const field of ['service_id', 'location_id'] as const) {
          if (d[field] === null) d[field] = sal[field];
          else if (d[field] !== sal[field]) {
            return { field, reason: `${field} "${d[field]}" differs from service_at_location "${d.service_at_location_id}", which has "${sal[field]}"` };
          }
        }
      }
    }
    if (entry.kind === 'schedule' && d.service_id === null && d.location_id === null) {
      return { field: 'service_id', reason: 'a schedule needs a service_id, location_id or service_at_location_id' };
    }
    return undefined;
  }

  // 3. Reject: the first own problem in file order aborts. Skip: leave out every invalid entry.
  const invalid = [...verdicts].filter(([, v]) => !v.ok).sort(([a], [b]) => a.at.seq - b.at.seq);
  if (policy === 'reject') {
    const first = invalid.find(([, v]) => v.own);
    if (first) {
      const [entry, v] = first;
      throw new ImportError(entry.at.file, v.problem!.reason, entry.at.row, fieldName(entry, v.problem!.field));
    }
  }
  const valid = Object.fromEntries(ENTRY_KINDS.map((k) => [k, batch.entries(k).filter((e) => verdicts.get(e)!.ok)])) as Resolution['valid'];
  const skipped = invalid.map(([entry, v]) => ({
    file: entry.at.file,
    row: entry.at.row,
    field: fieldName(entry, v.problem!.field),
    reason: v.problem!.reason,
  }));
  return { valid, skipped };
}
