// The project's one seeded generator (mulberry32), so bootstrap intervals and samples are reproducible.
import { seededRandom } from '../../knowledge/plans/random.ts';

export { seededRandom };

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
