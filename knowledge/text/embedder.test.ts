import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultModelDir, findModel, loadDefaultEmbedder } from './index.ts';

const sharedModels = defaultModelDir();
const hasCrossLingual = existsSync(path.join(sharedModels, 'local', 'static-xling-glove-muse-100d', 'config.json'));

describe('embedder selection', () => {
  it('reports lexical-only when the model folder holds no model', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'wf-models-'));
    const status = await loadDefaultEmbedder(empty);
    expect(status.embedder).toBeNull();
    expect(status.description).toMatch(/lexical retrieval only/);
  });

  it('ignores a folder that lacks the Transformers.js layout', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wf-models-'));
    mkdirSync(path.join(dir, 'Xenova', 'all-MiniLM-L6-v2'), { recursive: true });
    writeFileSync(path.join(dir, 'Xenova', 'all-MiniLM-L6-v2', 'config.json'), '{}');
    expect(findModel(dir, undefined)).toBeNull();
  });

  it('says why when a present model fails to load', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wf-models-'));
    const m = path.join(dir, 'local', 'broken-model');
    mkdirSync(path.join(m, 'onnx'), { recursive: true });
    writeFileSync(path.join(m, 'config.json'), '{"model_type":"bert"}');
    writeFileSync(path.join(m, 'tokenizer.json'), 'not json');
    writeFileSync(path.join(m, 'onnx', 'model_quantized.onnx'), 'not onnx');
    process.env.WAYFINDER_EMBEDDING_MODEL = 'local/broken-model';
    try {
      const status = await loadDefaultEmbedder(dir);
      expect(status.embedder).toBeNull();
      expect(status.description).toMatch(/local\/broken-model failed to load/);
    } finally {
      delete process.env.WAYFINDER_EMBEDDING_MODEL;
    }
  });

  it.skipIf(!hasCrossLingual)('loads the cross-lingual model offline and places translations close together', async () => {
    const { embedder, description } = await loadDefaultEmbedder(sharedModels);
    expect(description).toMatch(/static-xling/);
    const [en, fr, other] = await embedder!.embed([
      'How do I apply for a health card?',
      'Comment demander une carte santé?',
      'Where can my kids play soccer?',
    ]);
    expect(en.length).toBe(embedder!.dimension);
    const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i], 0);
    expect(dot(en, en)).toBeCloseTo(1, 4);
    expect(dot(en, fr)).toBeGreaterThan(dot(en, other));
  });
});
