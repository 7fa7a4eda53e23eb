import { describe, expect, it } from 'vitest';
import { reciprocalRankFusion } from './fusion.ts';

describe('reciprocalRankFusion', () => {
  it('sums 1/(k + rank) over the lists', () => {
    const fused = reciprocalRankFusion([['a', 'b', 'c'], ['b', 'd']], 60);
    const byId = new Map(fused.map((f) => [f.id, f]));
    expect(byId.get('b')!.score).toBeCloseTo(1 / 62 + 1 / 61, 12);
    expect(byId.get('a')!.score).toBeCloseTo(1 / 61, 12);
    expect(byId.get('b')!.ranks).toEqual([2, 1]);
    expect(byId.get('d')!.ranks).toEqual([null, 2]);
    expect(fused[0].id).toBe('b');
  });

  it('breaks ties by best single rank, then id', () => {
    // a and x both score 1/61 (each first in one list): equal; then id order.
    expect(reciprocalRankFusion([['x'], ['a']]).map((f) => f.id)).toEqual(['a', 'x']);
  });

  it('rejects a non-positive k', () => {
    expect(() => reciprocalRankFusion([['a']], 0)).toThrow(RangeError);
  });
});
