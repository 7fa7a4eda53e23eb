/** mulberry32: a tiny seeded PRNG, so bootstrap intervals and samples are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Up to n distinct entries of `values`, drawn without replacement, in their original order. */
export function sampleWithoutReplacement(values: Int32Array, n: number, seed: number): Int32Array {
  if (values.length <= n) return values;
  const random = seededRandom(seed);
  const idx = Int32Array.from({ length: values.length }, (_, i) => i);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (idx.length - i));
    const t = idx[i];
    idx[i] = idx[j];
    idx[j] = t;
  }
  return idx.subarray(0, n).sort().map((i) => values[i]);
}
