/** Third-party benchmark data lives outside the repository (licences forbid copying it in); read it at run time. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** WAYFINDER_EXTERNAL_DATA, else ../shared/external-data beside the repository. */
export function externalDataDir(): string {
  return process.env.WAYFINDER_EXTERNAL_DATA ?? path.resolve(repoRoot, '..', 'shared', 'external-data');
}

export const scifactDir = (): string => path.join(externalDataDir(), 'beir-scifact');
