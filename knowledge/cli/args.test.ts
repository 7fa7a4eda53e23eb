import { describe, expect, it, vi } from 'vitest';
import { parseOptions, parseOrExplain, UsageError, wholeNumber } from './args.ts';

describe('command-line arguments shared by seed, train and eval', () => {
  it('whole numbers: the fallback when absent, the value when valid, a UsageError naming the option otherwise', () => {
    expect(wholeNumber('plans', undefined, 100)).toBe(100);
    expect(wholeNumber('plans', '250', 100)).toBe(250);
    expect(wholeNumber('seed', '-7', 42, -(2 ** 31))).toBe(-7);
    expect(() => wholeNumber('plans', '0', 100)).toThrow(/--plans must be a whole number of at least 1, got "0"/);
    expect(() => wholeNumber('plans', '2.5', 100)).toThrow(UsageError);
    expect(() => wholeNumber('plans', '1e3', 100)).toThrow(UsageError);
    expect(() => wholeNumber('plans', '99999999999999999999', 100)).toThrow(UsageError);
  });

  it('unknown or malformed options become a UsageError', () => {
    const options = { out: { type: 'string' as const } };
    expect(parseOptions(['--out', 'x'], options).values.out).toBe('x');
    expect(() => parseOptions(['--bogus'], options)).toThrow(UsageError);
    expect(() => parseOptions(['stray'], options)).toThrow(UsageError);
    expect(parseOptions(['stray'], options, true).positionals).toEqual(['stray']);
  });

  it('parseOrExplain prints the reason with the usage and returns null; other errors propagate', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(parseOrExplain(() => 5, 'USAGE')).toBe(5);
      expect(parseOrExplain(() => { throw new UsageError('--x is wrong'); }, 'USAGE', 'seed: ')).toBeNull();
      expect(error).toHaveBeenCalledWith('seed: --x is wrong\n\nUSAGE');
      expect(() => parseOrExplain(() => { throw new TypeError('bug'); }, 'USAGE')).toThrow(TypeError);
    } finally {
      error.mockRestore();
    }
  });
});
