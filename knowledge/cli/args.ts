/**
 * What the command-line tools (seed, train, eval) share: one error type for bad arguments, strict
 * option parsing that turns node's parse errors into it, whole-number options, and the usual
 * "print the reason and the usage, exit 2" handling.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A bad option or value; the message names it. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** node:util parseArgs in strict mode, with unknown or malformed options reported as UsageError. */
export function parseOptions<T extends ParseArgsConfig['options']>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals, options });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** A whole-number option: the fallback when absent, else an integer of at least `min`. */
export function wholeNumber(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value) || Number(value) < min || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`--${name} must be a whole number${min > 0 ? ` of at least ${min}` : ''}, got "${value}"`);
  }
  return Number(value);
}

/** Parses with `parse`; on a UsageError prints it with the usage to stderr and returns null. */
export function parseOrExplain<A>(parse: () => A, usage: string, prefix = ''): A | null {
  try {
    return parse();
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`${prefix}${err.message}\n\n${usage}`);
    return null;
  }
}
