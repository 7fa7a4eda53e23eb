/** Reading JSON content files and turning the first schema problem into an ImportError that points at it. */
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { ImportError } from '../import/errors.ts';

/** Parses a JSON file; a syntax error names the line it is on. */
export async function readJsonFile(file: string): Promise<unknown> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ImportError(file, code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? (err as Error).message})`);
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch (err) {
    const message = (err as Error).message;
    const at = syntaxErrorOffset(raw, message);
    // V8 quotes the text around the error; for a large file that is noise in an admin's message.
    const short = message.replace(/, ".*" is not valid JSON$/s, '');
    if (at === undefined) throw new ImportError(file, `malformed JSON: ${short}`);
    const before = raw.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    throw new ImportError(file, `malformed JSON at line ${line}, column ${column}: ${short}`, line);
  }
}

/** Offset JSON.parse reports, or -1 when the text merely ends too early. */
function reportedOffset(text: string, message: string): number | undefined {
  if (/Unexpected end of JSON input/.test(message)) return -1;
  const at = /at position (\d+)/.exec(message);
  if (!at) return undefined;
  const offset = Number(at[1]);
  return offset >= text.length ? -1 : offset;
}

/**
 * Where the syntax error is. V8 omits the position for some errors ("Unexpected token ']'"), so
 * then the shortest prefix that fails for a reason other than ending early is searched for.
 */
function syntaxErrorOffset(raw: string, message: string): number | undefined {
  const direct = reportedOffset(raw, message);
  if (direct !== undefined) return direct >= 0 ? direct : raw.length;
  const failsInside = (k: number): boolean => {
    const prefix = raw.slice(0, k);
    try {
      JSON.parse(prefix);
      return false;
    } catch (e) {
      return reportedOffset(prefix, (e as Error).message) !== -1;
    }
  };
  let lo = 1;
  let hi = raw.length;
  if (!failsInside(hi)) return undefined;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (failsInside(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo - 1;
}

/** "indicators[2].label.fr" from ["indicators", 2, "label", "fr"]. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/**
 * Validates `data` and throws the first issue as an ImportError. In a top-level array the first path
 * segment is the row (index + 1); in a top-level object it is the entry, counted in file order.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path: PropertyKey[] = [...issue.path];
  let reason = issue.message;
  if (issue.code === 'unrecognized_keys') {
    path.push(issue.keys[0]);
    reason = 'unknown field';
  }
  if (path.length === 0) throw new ImportError(file, reason);
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    throw new ImportError(file, reason, head + 1, rest.length ? fieldPath(rest) : undefined);
  }
  const keys = data && typeof data === 'object' ? Object.keys(data) : [];
  const row = keys.indexOf(String(head));
  throw new ImportError(file, reason, row >= 0 ? row + 1 : undefined, fieldPath(path));
}
