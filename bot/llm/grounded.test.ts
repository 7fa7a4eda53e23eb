/** The grounded LLM step's plumbing, with LangChain's fake chat models (the Bot-level fallbacks are in bot.test.ts). */
import { FakeListChatModel } from '@langchain/core/utils/testing';
import type { BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import { describe, expect, it } from 'vitest';
import { llmConfigFromEnv, LlmConfigError } from './config.ts';
import { formatPassages, groundedAnswer, GROUNDED_PROMPT, REFUSAL_MARKER, validateGrounded } from './grounded.ts';

class ThrowingChatModel extends FakeListChatModel {
  async _generate(_messages: BaseMessage[]): Promise<ChatResult> {
    throw new Error('model unavailable');
  }
}

const passages = [
  { title: 'Health card', text: 'Apply at a ServiceOntario centre with three documents.' },
  { title: 'Walk-in clinics', text: 'Walk-in clinics see patients without an appointment.' },
];

describe('validateGrounded', () => {
  it('accepts answers citing existing passages, single or grouped', () => {
    expect(validateGrounded('Go to ServiceOntario [1]. Clinics too [1, 2].', 2)).toEqual({ kind: 'answer', text: 'Go to ServiceOntario [1]. Clinics too [1, 2].', cited: [1, 2] });
  });
  it('rejects no citation, unknown citations, empty output; spots the refusal marker', () => {
    expect(validateGrounded('Go to ServiceOntario.', 2)).toEqual({ kind: 'fallback', reason: 'uncited' });
    expect(validateGrounded('Go [3].', 2)).toEqual({ kind: 'fallback', reason: 'unknown_citation' });
    expect(validateGrounded('Go [0].', 2)).toEqual({ kind: 'fallback', reason: 'unknown_citation' });
    expect(validateGrounded('   ', 2)).toEqual({ kind: 'fallback', reason: 'empty' });
    expect(validateGrounded(` ${REFUSAL_MARKER}\n`, 2)).toEqual({ kind: 'refusal' });
  });
});

describe('groundedAnswer', () => {
  it('gives the model only the numbered passages, the question and the answer language', async () => {
    const messages = await GROUNDED_PROMPT.formatMessages({ language_name: 'French', passages: formatPassages(passages), question: 'carte santé?' });
    const all = messages.map((m) => String(m.content)).join('\n');
    expect(all).toContain('[1] Health card\nApply at a ServiceOntario centre');
    expect(all).toContain('[2] Walk-in clinics');
    expect(all).toContain('in French');
    expect(all).toContain(REFUSAL_MARKER);
    expect(all).toContain('Question: carte santé?');
  });

  it('returns the cited answer, a refusal, or a fallback reason — never throws', async () => {
    const run = (responses: string[], extra: Partial<ConstructorParameters<typeof FakeListChatModel>[0]> = {}, timeoutMs = 1000) =>
      groundedAnswer(new FakeListChatModel({ responses, ...extra }), { question: 'health card?', language: 'fr', passages }, { timeoutMs });
    expect(await run(['Allez à ServiceOntario [1].'])).toEqual({ kind: 'answer', text: 'Allez à ServiceOntario [1].', cited: [1] });
    expect(await run([REFUSAL_MARKER])).toEqual({ kind: 'refusal' });
    expect(await run(['Allez à ServiceOntario.'])).toEqual({ kind: 'fallback', reason: 'uncited' });
    expect(await run(['late [1]'], { sleep: 300 }, 20)).toEqual({ kind: 'fallback', reason: 'timeout' });
    expect(await groundedAnswer(new ThrowingChatModel({ responses: [] }), { question: 'q', language: 'en', passages }, { timeoutMs: 1000 })).toEqual({ kind: 'fallback', reason: 'error' });
    const model = new FakeListChatModel({ responses: ['x [1]'] });
    expect(await groundedAnswer(model, { question: 'q', language: 'en', passages: [] }, { timeoutMs: 1000 })).toEqual({ kind: 'fallback', reason: 'no_passages' });
  });
});

describe('llmConfigFromEnv', () => {
  it('is off without a URL', () => {
    expect(llmConfigFromEnv({})).toBeNull();
    expect(llmConfigFromEnv({ WAYFINDER_LLM_URL: '  ' })).toBeNull();
  });
  it('reads an Ollama or OpenAI-compatible endpoint, adding /v1 to a bare host', () => {
    expect(llmConfigFromEnv({ WAYFINDER_LLM_URL: 'http://localhost:11434', WAYFINDER_LLM_MODEL: 'llama3.1' })).toEqual({ baseUrl: 'http://localhost:11434/v1', model: 'llama3.1', apiKey: null, timeoutMs: 8000 });
    expect(llmConfigFromEnv({ WAYFINDER_LLM_URL: 'https://llm.example.org/openai/v1/', WAYFINDER_LLM_MODEL: 'm', WAYFINDER_LLM_API_KEY: 'k', WAYFINDER_LLM_TIMEOUT_MS: '2500' })).toEqual({ baseUrl: 'https://llm.example.org/openai/v1', model: 'm', apiKey: 'k', timeoutMs: 2500 });
  });
  it('names what is wrong', () => {
    expect(() => llmConfigFromEnv({ WAYFINDER_LLM_URL: 'localhost' })).toThrow(LlmConfigError);
    expect(() => llmConfigFromEnv({ WAYFINDER_LLM_URL: 'http://h' })).toThrow(/WAYFINDER_LLM_MODEL/);
    expect(() => llmConfigFromEnv({ WAYFINDER_LLM_URL: 'http://h', WAYFINDER_LLM_MODEL: 'm', WAYFINDER_LLM_TIMEOUT_MS: 'soon' })).toThrow(/TIMEOUT/);
  });
});
