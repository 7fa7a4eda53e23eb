import { describe, expect, it } from 'vitest';
import { main, parseCliArgs, UsageError } from './cli.ts';

describe('npm run eval arguments', () => {
  it('defaults to every split, seed 42 and the served embedder', () => {
    const a = parseCliArgs(['recommender'], {});
    expect(a).toMatchObject({ command: 'recommender', splits: ['temporal', 'client', 'last-plan'], seed: 42, maxQueries: 20_000, bootstrap: 1000, embedder: 'auto' });
  });

  it('reads repeated or comma-separated splits and the other options', () => {
    const a = parseCliArgs(['all', '--split', 'client,temporal', '--split', 'client', '--seed', '7', '--max-queries', '500', '--plans-db', 'postgres://x/y', '--out', 'r'], {});
    expect(a).toMatchObject({ command: 'all', splits: ['client', 'temporal'], seed: 7, maxQueries: 500, plansDb: 'postgres://x/y', out: 'r' });
  });

  it('reports the question set on its test split unless --report-split holdout', () => {
    expect(parseCliArgs(['bot'], {}).reportSplit).toBe('test');
    expect(parseCliArgs(['bot', '--report-split', 'holdout'], {}).reportSplit).toBe('holdout');
    expect(() => parseCliArgs(['bot', '--report-split', 'calibration'], {})).toThrow(/--report-split must be test or holdout/);
    expect(() => parseCliArgs(['bot', '--report-split', 'holdout', '--beir', 'x'], {})).toThrow(/not to --beir/);
  });

  it('takes the pseudonym key from the environment when not given', () => {
    expect(parseCliArgs(['export', '--out', 'x'], { EVAL_PSEUDONYM_KEY: 'k'.repeat(20) }).key).toBe('k'.repeat(20));
  });

  it('rejects bad input with a clear message', () => {
    expect(() => parseCliArgs([], {})).toThrow(/say what to evaluate/);
    expect(() => parseCliArgs(['everything'], {})).toThrow(/unknown command "everything"/);
    expect(() => parseCliArgs(['recommender', '--split', 'random'], {})).toThrow(/--split must be one of/);
    expect(() => parseCliArgs(['recommender', '--seed', '-1'], {})).toThrow(UsageError);
    expect(() => parseCliArgs(['recommender', '--bogus'], {})).toThrow(UsageError);
    expect(() => parseCliArgs(['export', '--key', 'k'.repeat(20)], {})).toThrow(/export needs --out/);
    expect(() => parseCliArgs(['export', '--out', 'x'], {})).toThrow(/export needs --key/);
    expect(() => parseCliArgs(['export', '--out', 'x', '--key', 'short'], {})).toThrow(/at least 16/);
    expect(() => parseCliArgs(['bot', '--include-free-text'], {})).toThrow(/only applies to export/);
  });

  it('prints the usage for --help without opening a database', async () => {
    const lines: string[] = [];
    expect(await main(['--help'], (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toContain('npm run eval -- <recommender|bot|all>');
  });
});
