import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * One interface for sentence embeddings, whatever produces them. Vectors are unit length,
 * so a dot product is the cosine similarity.
 */
export interface Embedder {
  /** Model id, stored with every vector so a model change is detected. */
  readonly id: string;
  readonly dimension: number;
  /** True when texts in different languages land in one space (cross-lingual retrieval works). */
  readonly multilingual: boolean;
  embed(texts: string[]): Promise<Float32Array[]>;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where models are looked up: WAYFINDER_MODEL_DIR, else ../shared/models beside the repository. */
export function defaultModelDir(): string {
  return process.env.WAYFINDER_MODEL_DIR ?? path.resolve(repoRoot, '..', 'shared', 'models');
}

/**
 * Models tried in order when none is configured: a real multilingual transformer if one was
 * dropped in, then the verified cross-lingual static model, then English-only ones.
 */
export const PREFERRED_MODELS = [
  'Xenova/multilingual-e5-small',
  'Xenova/paraphrase-multilingual-MiniLM-L12-v2',
  'local/static-xling-glove-muse-100d',
  'Xenova/all-MiniLM-L6-v2',
  'local/glove-sif-100d-en',
];

const MULTILINGUAL = /multilingual|xling|e5|labse|muse/i;

/** A model folder in the Transformers.js layout: config, tokenizer and an ONNX file. */
function hasTransformersLayout(dir: string): boolean {
  return (
    existsSync(path.join(dir, 'config.json')) &&
    existsSync(path.join(dir, 'tokenizer.json')) &&
    (existsSync(path.join(dir, 'onnx', 'model_quantized.onnx')) || existsSync(path.join(dir, 'onnx', 'model.onnx')))
  );
}

export interface EmbedderChoice {
  modelDir: string;
  model: string;
}

/** Picks the configured model (WAYFINDER_EMBEDDING_MODEL) or the first preferred one present. */
export function findModel(modelDir = defaultModelDir(), configured = process.env.WAYFINDER_EMBEDDING_MODEL): EmbedderChoice | null {
  if (configured === 'none') return null;
  const candidates = configured ? [configured] : PREFERRED_MODELS;
  for (const model of candidates) {
    if (hasTransformersLayout(path.join(modelDir, model))) return { modelDir, model };
  }
  return null;
}

/**
 * Loads a Transformers.js feature-extraction model from a local folder, never from the network.
 * E5 models expect a "query: " prefix; the caller passes plain text and this adds it.
 */
export async function loadTransformersEmbedder(choice: EmbedderChoice): Promise<Embedder> {
  const { pipeline, env } = await import('@xenova/transformers');
  env.allowRemoteModels = false;
  env.localModelPath = choice.modelDir;
  const quantized = existsSync(path.join(choice.modelDir, choice.model, 'onnx', 'model_quantized.onnx'));
  const extractor = await pipeline('feature-extraction', choice.model, { quantized });
  const prefix = /e5/i.test(choice.model) ? 'query: ' : '';
  const probe = await extractor(['probe'], { pooling: 'mean', normalize: true });
  const dimension = probe.dims[probe.dims.length - 1];
  return {
    id: choice.model,
    dimension,
    multilingual: MULTILINGUAL.test(choice.model),
    async embed(texts: string[]): Promise<Float32Array[]> {
      if (texts.length === 0) return [];
      const out = await extractor(texts.map((t) => prefix + t), { pooling: 'mean', normalize: true });
      const data = out.data as Float32Array;
      return texts.map((_, i) => data.slice(i * dimension, (i + 1) * dimension));
    },
  };
}

export interface EmbedderStatus {
  embedder: Embedder | null;
  /** What /health says: which model, or why retrieval is lexical only. */
  description: string;
}

/** The embedding model to use, or null with the reason: callers then fall back to lexical methods. */
export async function loadDefaultEmbedder(modelDir = defaultModelDir()): Promise<EmbedderStatus> {
  const choice = findModel(modelDir);
  if (!choice) {
    return { embedder: null, description: `no embedding model found in ${modelDir}: lexical retrieval only` };
  }
  try {
    const embedder = await loadTransformersEmbedder(choice);
    return { embedder, description: `${choice.model} (${embedder.dimension}-d${embedder.multilingual ? ', cross-lingual' : ''})` };
  } catch (err) {
    return { embedder: null, description: `embedding model ${choice.model} failed to load (${(err as Error).message}): lexical retrieval only` };
  }
}
