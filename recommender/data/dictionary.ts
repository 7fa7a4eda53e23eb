/** A bijection between string ids and dense indices 0..size-1, in order of first appearance. */
export class Dictionary {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];

  constructor(ids: Iterable<string> = []) {
    for (const id of ids) this.add(id);
  }

  /** Builds a dictionary of distinct ids; throws on a duplicate (library ids must be unique). */
  static strict(ids: Iterable<string>, what = 'id'): Dictionary {
    const d = new Dictionary();
    for (const id of ids) {
      if (d.index.has(id)) throw new Error(`duplicate ${what} ${JSON.stringify(id)}`);
      d.add(id);
    }
    return d;
  }

  /** The ids by index. Read it, do not change it. */
  get ids(): readonly string[] {
    return this.list;
  }

  get size(): number {
    return this.list.length;
  }

  /** The index of the id, added at the end when new. */
  add(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(id, i);
      this.list.push(id);
    }
    return i;
  }

  /** The index of the id, or -1 when unknown. */
  indexOf(id: string): number {
    return this.index.get(id) ?? -1;
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  /** The id at an index; throws when out of range. */
  idOf(i: number): string {
    if (!(i >= 0 && i < this.list.length)) throw new RangeError(`no id at index ${i} (size ${this.list.length})`);
    return this.list[i];
  }

  /** An independent copy with the same indices. */
  clone(): Dictionary {
    return new Dictionary(this.list);
  }

  toJSON(): string[] {
    return this.list.slice();
  }
}
