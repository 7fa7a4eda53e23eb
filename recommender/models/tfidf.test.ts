import { describe, expect, it } from 'vitest';
import { packModel, unpackModel } from './serialization.ts';
import { TfidfEmbedder, tokenize } from './tfidf.ts';

describe('TfidfEmbedder', () => {
  const corpus = ['I need a family doctor', 'Register with Health Care Connect for a family doctor', 'I need a job', 'Open a bank account'];
  const e = TfidfEmbedder.fit(corpus);

  it('stems, drops stop words, and falls back to plain words for languages without a stemmer', () => {
    expect(tokenize('I need family doctors', 'en')).toEqual(['need', 'famili', 'doctor']);
    expect(tokenize("J'ai besoin d'un médecin de famille", 'fr')).toContain('médecin');
    expect(tokenize('أحتاج طبيب العائلة', 'ar')).toEqual(['أحتاج', 'طبيب', 'العائلة']);
  });

  it('gives unit vectors whose dot product ranks related texts first', async () => {
    const [q, doc, job, bank] = await e.embed(['family doctor please', corpus[1], corpus[2], corpus[3]]);
    const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, v, i) => s + v * b[i], 0);
    expect(dot(q, q)).toBeCloseTo(1, 6);
    expect(dot(q, doc)).toBeGreaterThan(0.3);
    expect(dot(q, job)).toBe(0);
    expect(dot(q, bank)).toBe(0);
    expect(Array.from((await e.embed(['zzz unknown']))[0]).every((v) => v === 0)).toBe(true);
  });

  it('restores from its state with the same id and vectors', async () => {
    const restored = TfidfEmbedder.fromState(JSON.parse(JSON.stringify(e.state())));
    expect(restored.id).toBe(e.id);
    expect(restored.dimension).toBe(e.dimension);
    expect(await restored.embed(corpus)).toEqual(await e.embed(corpus));
    expect(TfidfEmbedder.fit(['other words']).id).not.toBe(e.id);
  });
});

describe('model container', () => {
  it('round-trips typed arrays exactly, even from an unaligned buffer', () => {
    const arrays = {
      f32: Float32Array.from([1.5, -2, Math.PI]),
      f64: Float64Array.from([Math.E, 1e-300]),
      i32: Int32Array.from([-1, 2 ** 31 - 1]),
      u8: Uint8Array.from([1, 2, 3]),
    };
    const bytes = packModel({ name: 'demo', meta: { a: 1, nested: { b: 'x' } }, arrays });
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const back = unpackModel(shifted.subarray(3));
    expect(back.name).toBe('demo');
    expect(back.meta).toEqual({ a: 1, nested: { b: 'x' } });
    expect(back.arrays).toEqual(arrays);
  });
});
