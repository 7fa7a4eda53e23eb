/**
 * The grounded rephrasing step: the model sees only the numbered passages the extractive answer
 * would quote, must answer in the newcomer's language citing passage numbers, and must say
 * NOT_IN_SOURCES when the passages do not answer. Anything else — no citation, a citation to a
 * passage that does not exist, an error, a timeout — makes the caller fall back to extractive.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { StringOutputParser } from '@langchain/core/output_parsers';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { languageName } from '../i18n/index.ts';

export const REFUSAL_MARKER = 'NOT_IN_SOURCES';

export interface GroundingPassage {
  title: string;
  text: string;
}

export interface GroundedInput {
  question: string;
  /** The newcomer's language (ISO 639-1). */
  language: string;
  passages: GroundingPassage[];
}

export type FallbackReason = 'error' | 'timeout' | 'uncited' | 'unknown_citation' | 'empty' | 'no_passages';

export type GroundedResult =
  | { kind: 'answer'; text: string; cited: number[] }
  | { kind: 'refusal' }
  | { kind: 'fallback'; reason: FallbackReason };

const SYSTEM = `You help newcomers to Canada with settlement questions for a settlement agency.
Answer ONLY from the numbered passages the user gives. Rules:
- Write the answer in {language_name}, in plain words, in at most 120 words.
- After each sentence that uses a passage, cite it by its number in square brackets, like [1] or [2].
- Do not add facts, phone numbers, links or advice that are not in the passages.
- If the passages do not contain the answer, reply with exactly ${REFUSAL_MARKER} and nothing else.`;

const HUMAN = `Passages:
{passages}

Question: {question}`;

export const GROUNDED_PROMPT = ChatPromptTemplate.fromMessages([
  ['system', SYSTEM],
  ['human', HUMAN],
]);

export function formatPassages(passages: readonly GroundingPassage[]): string {
  return passages.map((p, i) => `[${i + 1}] ${p.title}\n${p.text.trim()}`).join('\n\n');
}

/** Checks a model's output: a refusal, or an answer whose every citation names a given passage. */
export function validateGrounded(output: string, passageCount: number): GroundedResult {
  const text = output.trim();
  if (text.includes(REFUSAL_MARKER)) return { kind: 'refusal' };
  if (text.length === 0) return { kind: 'fallback', reason: 'empty' };
  const cited = [...text.matchAll(/\[(\d+)(?:\s*[,;]\s*(\d+))*\]/g)].flatMap((m) => m[0].match(/\d+/g)!.map(Number));
  if (cited.length === 0) return { kind: 'fallback', reason: 'uncited' };
  if (cited.some((n) => n < 1 || n > passageCount)) return { kind: 'fallback', reason: 'unknown_citation' };
  return { kind: 'answer', text, cited: [...new Set(cited)].sort((a, b) => a - b) };
}

class Timeout extends Error {}

/** Runs the grounded chain; never throws (errors become a fallback result). */
export async function groundedAnswer(model: BaseChatModel, input: GroundedInput, options: { timeoutMs: number }): Promise<GroundedResult> {
  if (input.passages.length === 0) return { kind: 'fallback', reason: 'no_passages' };
  const chain = GROUNDED_PROMPT.pipe(model).pipe(new StringOutputParser());
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Timeout());
    }, options.timeoutMs);
  });
  try {
    const output = await Promise.race([
      chain.invoke(
        { language_name: languageName(input.language, 'en'), passages: formatPassages(input.passages), question: input.question },
        { signal: controller.signal },
      ),
      timeout,
    ]);
    return validateGrounded(output, input.passages.length);
  } catch (err) {
    return { kind: 'fallback', reason: err instanceof Timeout ? 'timeout' : 'error' };
  } finally {
    clearTimeout(timer);
  }
}
