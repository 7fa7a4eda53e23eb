export {
  type Embedder,
  type EmbedderChoice,
  type EmbedderStatus,
  PREFERRED_MODELS,
  defaultModelDir,
  findModel,
  loadTransformersEmbedder,
  loadDefaultEmbedder,
} from './embedder.ts';
