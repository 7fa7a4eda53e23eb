/**
 * A retriever that replays a TREC run file ("query-id Q0 doc-id rank score tag" per line), so a
 * researcher can score any system's output — ours from another commit, or someone else's — with
 * exactly the same metrics and report. Every document is an 'article' (BEIR has one kind).
 */
import { readFileSync } from 'node:fs';
import type { RetrievedItem, RetrieverUnderTest } from './port.ts';

export class RunFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunFileError';
  }
}

export function parseRunFile(text: string, file = 'run'): Map<string, RetrievedItem[]> {
  const run = new Map<string, RetrievedItem[]>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const cols = line.trim().split(/\s+/);
    if (cols.length < 6) throw new RunFileError(`${file}:${i + 1}: expected "query-id Q0 doc-id rank score tag"`);
    const score = Number(cols[4]);
    if (!Number.isFinite(score)) throw new RunFileError(`${file}:${i + 1}: score "${cols[4]}" is not a number`);
    if (!run.has(cols[0])) run.set(cols[0], []);
    run.get(cols[0])!.push({ id: cols[2], kind: 'article', score });
  });
  return run;
}

/** `queryIds` maps each query text to its id, as the evaluator searches by text. */
export function runFileRetriever(name: string, run: Map<string, RetrievedItem[]>, queryIds: ReadonlyMap<string, string>): RetrieverUnderTest {
  return {
    name,
    async search(query, options) {
      const id = queryIds.get(query);
      if (id === undefined) throw new RunFileError(`the run has no query with this text`);
      return [...(run.get(id) ?? [])].sort((a, b) => b.score - a.score).slice(0, Math.max(options.k, 1));
    },
  };
}

export function loadRunFile(file: string): Map<string, RetrievedItem[]> {
  return parseRunFile(readFileSync(file, 'utf8'), file);
}
