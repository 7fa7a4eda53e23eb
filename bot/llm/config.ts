/**
 * The optional grounded LLM, configured by environment and off unless WAYFINDER_LLM_URL is set.
 * One client (@langchain/openai's ChatOpenAI) speaks to any OpenAI-compatible endpoint, including
 * Ollama's (http://localhost:11434/v1), vLLM and llama.cpp servers.
 *
 *   WAYFINDER_LLM_URL         base URL of the OpenAI-compatible API (a bare host gets "/v1")
 *   WAYFINDER_LLM_MODEL       model name (required with the URL)
 *   WAYFINDER_LLM_API_KEY     key, if the endpoint needs one (Ollama does not)
 *   WAYFINDER_LLM_TIMEOUT_MS  give up and answer extractively after this long (default 8000)
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';

export interface LlmConfig {
  baseUrl: string;
  model: string;
  apiKey: string | null;
  timeoutMs: number;
}

export class LlmConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LlmConfigError';
  }
}

export const DEFAULT_LLM_TIMEOUT_MS = 8000;

/** The configuration in `env`, or null when the LLM step is off (no URL). */
export function llmConfigFromEnv(env: Record<string, string | undefined> = process.env): LlmConfig | null {
  const raw = env.WAYFINDER_LLM_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new LlmConfigError(`WAYFINDER_LLM_URL is not a URL: "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new LlmConfigError(`WAYFINDER_LLM_URL must be http(s), got ${url.protocol}`);
  // OpenAI-compatible servers (Ollama included) serve the API under /v1.
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/v1';
  const model = env.WAYFINDER_LLM_MODEL?.trim();
  if (!model) throw new LlmConfigError('WAYFINDER_LLM_URL is set but WAYFINDER_LLM_MODEL is not');
  const timeout = env.WAYFINDER_LLM_TIMEOUT_MS === undefined ? DEFAULT_LLM_TIMEOUT_MS : Number(env.WAYFINDER_LLM_TIMEOUT_MS);
  if (!(Number.isInteger(timeout) && timeout > 0)) throw new LlmConfigError(`WAYFINDER_LLM_TIMEOUT_MS must be a positive whole number of milliseconds (got "${env.WAYFINDER_LLM_TIMEOUT_MS}")`);
  return { baseUrl: url.toString().replace(/\/$/, ''), model, apiKey: env.WAYFINDER_LLM_API_KEY?.trim() || null, timeoutMs: timeout };
}

/** A LangChain chat model for the configuration (loaded only when the LLM step is on). */
export async function createChatModel(config: LlmConfig): Promise<BaseChatModel> {
  const { ChatOpenAI } = await import('@langchain/openai');
  return new ChatOpenAI({
    model: config.model,
    // The OpenAI client insists on a key; local servers ignore it.
    apiKey: config.apiKey ?? 'not-needed',
    configuration: { baseURL: config.baseUrl },
    temperature: 0,
    maxRetries: 0,
    timeout: config.timeoutMs,
  });
}
