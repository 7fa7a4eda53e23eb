/**
 * Collects the entries a reader produces, keyed by kind and id, and settles repeated ids.
 * Flat CSV tables must not repeat an id. Nested JSON legitimately repeats an entity (the HSDS
 * 3.0 examples show the same location under the organization and under each service): equal
 * repeats are merged, filling in the links (service, location, organization) each copy adds.
 */
import type { Entry, EntryData, EntryKind, Origin, Problem } from './records.ts';

/** Fields that say where an entity is attached rather than what it is. */
const LINK_FIELDS: Partial<Record<EntryKind, string[]>> = {
  location: ['organization_id'],
  program: ['organization_id'],
  phone: ['organization_id', 'service_id', 'location_id', 'service_at_location_id'],
  schedule: ['service_id', 'location_id', 'service_at_location_id'],
};

export type RepeatPolicy = 'reject' | 'merge-equal';

function ownFields(kind: EntryKind, data: object): string {
  const links = LINK_FIELDS[kind] ?? [];
  return JSON.stringify(Object.entries(data).filter(([k]) => !links.includes(k)));
}

function place(at: Origin): string {
  return at.path ? at.path : `row ${at.row}`;
}

export class EntryCollector {
  private readonly lists = new Map<EntryKind, Entry[]>();
  private readonly keys = new Map<EntryKind, Map<string, Entry>>();
  private seq = 0;

  constructor(readonly repeats: RepeatPolicy) {}

  /** Position for the next entry; readers call it in file order. */
  nextSeq(): number {
    return this.seq++;
  }

  entries<K extends EntryKind>(kind: K): Entry<K>[] {
    return (this.lists.get(kind) ?? []) as Entry<K>[];
  }

  byKey<K extends EntryKind>(kind: K, key: string): Entry<K> | undefined {
    return this.keys.get(kind)?.get(key) as Entry<K> | undefined;
  }

  private push(entry: Entry): void {
    const list = this.lists.get(entry.kind) ?? [];
    list.push(entry);
    this.lists.set(entry.kind, list);
  }

  private register(entry: Entry): void {
    const map = this.keys.get(entry.kind) ?? new Map<string, Entry>();
    map.set(entry.key, entry);
    this.keys.set(entry.kind, map);
  }

  /** A row whose fields could not be read. `key` lets rows that depend on it be skipped with it. */
  addInvalid(kind: EntryKind, key: string | undefined, at: Origin, problem: Problem): void {
    const entry = { kind, key: key ?? '', data: {} as EntryData[typeof kind], at, problem } as Entry;
    this.push(entry);
    if (key !== undefined && !this.byKey(kind, key)) this.register(entry);
  }

  add<K extends EntryKind>(kind: K, key: string, data: EntryData[K], at: Origin, derivedKey = false): void {
    const first = this.byKey(kind, key);
    if (!first) {
      const entry: Entry<K> = { kind, key, data, at };
      this.push(entry as Entry);
      this.register(entry as Entry);
      return;
    }
    // Derived keys come from the content itself, so a repeat is the same row written twice.
    if (derivedKey && !first.problem && ownFields(kind, first.data) === ownFields(kind, data)) return;
    if (this.repeats === 'reject' && !derivedKey) {
      this.push({ kind, key, data, at, problem: { field: 'id', reason: `duplicate id "${key}" (first at ${place(first.at)})` } } as Entry);
      return;
    }
    if (first.problem || ownFields(kind, first.data) !== ownFields(kind, data)) {
      this.push({
        kind,
        key,
        data,
        at,
        problem: { field: 'id', reason: `id "${key}" is defined twice with different content (first at ${place(first.at)})` },
      } as Entry);
      return;
    }
    const merged = first.data as unknown as Record<string, unknown>;
    const extra = data as unknown as Record<string, unknown>;
    for (const link of LINK_FIELDS[kind] ?? []) {
      if (extra[link] === null || extra[link] === undefined) continue;
      if (merged[link] === null || merged[link] === undefined) merged[link] = extra[link];
      else if (merged[link] !== extra[link]) {
        this.push({
          kind,
          key,
          data,
          at,
          problem: {
            field: link,
            reason: `${kind} "${key}" is attached to ${link} "${String(merged[link])}" at ${place(first.at)} and to "${String(extra[link])}" here; the directory stores one`,
          },
        } as Entry);
        return;
      }
    }
  }
}
