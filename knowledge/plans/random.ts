/**
 * A small seeded random toolkit. Every draw in the generator goes through `Rng`, so the same
 * seed always yields the same plans, on every machine and Node version.
 */

/** Mixes a 32-bit integer thoroughly (the finaliser of MurmurHash3). */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A seed derived from a base seed and a list of integers or strings. Each client gets its own
 * stream `deriveSeed(seed, 'client', index)`, so a client's draws do not depend on how many
 * draws earlier clients made, nor on how the output is cut into batches.
 */
export function deriveSeed(base: number, ...parts: (number | string)[]): number {
  let h = mix32((base | 0) ^ 0x9e3779b9);
  for (const part of parts) {
    if (typeof part === 'number') {
      h = mix32(h ^ mix32(part | 0));
      h = mix32(h ^ mix32(Math.floor(part / 2 ** 32)));
    } else {
      for (let i = 0; i < part.length; i++) h = mix32(h ^ (part.charCodeAt(i) + 0x27d4eb2d * (i + 1)));
    }
  }
  return h;
}

/**
 * mulberry32: a tiny seeded generator in [0, 1), fast, 32-bit state, good enough statistics for
 * simulation, sampling and bootstrap. The one every seeded draw in the project uses.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    let t = (state = (state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = seededRandom(seed);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Index drawn with probability proportional to its weight; -1 when every weight is zero. */
  weightedIndex(weights: ArrayLike<number>): number {
    let total = 0;
    for (let i = 0; i < weights.length; i++) total += weights[i];
    if (!(total > 0)) return -1;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0 && weights[i] > 0) return i;
    }
    // Rounding can leave r a hair above zero: take the last positive weight.
    for (let i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
    return -1;
  }

  /** Key drawn from a map of weights. */
  weightedKey<K extends string>(weights: Readonly<Record<K, number>>): K {
    const keys = Object.keys(weights) as K[];
    const i = this.weightedIndex(keys.map((k) => weights[k]));
    if (i < 0) throw new Error('weightedKey: every weight is zero');
    return keys[i];
  }

  /** Poisson draw by inversion; fine for the small means used here. */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /** Standard normal by Box–Muller (one of the pair is discarded to keep the stream simple). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A positive multiplier with median 1: exp(sigma * N(0, 1)). */
  logNormal(sigma: number): number {
    return Math.exp(sigma * this.normal());
  }

  /** Draws `count` distinct indices, each time proportionally to the remaining weights. */
  weightedSample(weights: number[], count: number): number[] {
    const w = weights.slice();
    const chosen: number[] = [];
    for (let n = 0; n < count; n++) {
      const i = this.weightedIndex(w);
      if (i < 0) break;
      chosen.push(i);
      w[i] = 0;
    }
    return chosen;
  }
}
