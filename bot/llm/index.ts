/** bot/llm: the optional grounded LLM step (off by default), with extractive fallback. */
export { llmConfigFromEnv, createChatModel, LlmConfigError, DEFAULT_LLM_TIMEOUT_MS, type LlmConfig } from './config.ts';
export {
  groundedAnswer,
  validateGrounded,
  formatPassages,
  GROUNDED_PROMPT,
  REFUSAL_MARKER,
  type GroundedInput,
  type GroundedResult,
  type GroundingPassage,
  type FallbackReason,
} from './grounded.ts';
