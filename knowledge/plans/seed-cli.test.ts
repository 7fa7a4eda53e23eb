import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScratchDatabase } from '../db/testing.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSeedArgs, UsageError } from '../cli/seed.ts';

const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'seed.ts');

describe('seed CLI options', () => {
  it('has defaults and parses every option', () => {
    expect(parseSeedArgs([])).toEqual({ plans: 100_000, seed: 42, endDate: '2026-10-31', years: 4, replace: false, help: false });
    expect(parseSeedArgs(['--plans', '500', '--seed=-3', '--end-date', '2025-06-30', '--years', '2', '--replace'])).toEqual({
      plans: 500,
      seed: -3,
      endDate: '2025-06-30',
      years: 2,
      replace: true,
      help: false,
    });
  });

  it.each([
    [['--plans', 'many'], /--plans must be a whole number/],
    [['--plans', '0'], /at least 1/],
    [['--seed', '1.5'], /--seed must be a whole number/],
    [['--end-date', '2025-02-30'], /--end-date must be a date/],
    [['--frobnicate'], /Unknown option/],
    [['extra'], /positional/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseSeedArgs(argv)).toThrow(UsageError);
    expect(() => parseSeedArgs(argv)).toThrow(message);
  });
});

describe(`seed CLI end to end (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (process.env.DATABASE_URL) {
      const scratch = await createScratchDatabase(process.env.DATABASE_URL, 'wf_test_seedcli');
      env.DATABASE_URL = scratch.url;
      cleanup = scratch.drop;
    } else {
      const dir = mkdtempSync(path.join(tmpdir(), 'wf-seed-cli-'));
      delete env.DATABASE_URL;
      env.WAYFINDER_DATA_DIR = dir;
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
  });
  afterAll(async () => cleanup());

  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { env, encoding: 'utf8', timeout: 120_000 });

  it('exits with 2 and the usage on a bad option', () => {
    const r = run('--plans', 'lots');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--plans must be a whole number/);
    expect(r.stderr).toMatch(/Usage: npm run seed/);
  });

  it('loads the demo content into an empty database, generates, refuses a second run, and replaces', () => {
    const first = run('--plans', '300', '--seed', '9');
    expect(first.stderr).not.toMatch(/Error/);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/loading the demo taxonomy/);
    expect(first.stdout).toMatch(/plans\s+300\b/);
    expect(first.stdout).toMatch(/db size\s+\d+(\.\d)? MB/);

    const refused = run('--plans', '300', '--seed', '9');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/already holds 300 synthetic plans.*--replace/);

    const replaced = run('--plans', '200', '--seed', '9', '--replace');
    expect(replaced.status).toBe(0);
    expect(replaced.stdout).not.toMatch(/loading the demo/);
    expect(replaced.stdout).toMatch(/replaced\s+300 earlier synthetic plans/);
    expect(replaced.stdout).toMatch(/plans\s+200\b/);
  });
});
