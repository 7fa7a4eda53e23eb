/** Facts about the run itself: the commit it ran at. */
import { execFileSync } from 'node:child_process';

export function gitState(cwd = process.cwd()): { commit: string | null; dirty: boolean | null } {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    let dirty: boolean | null = null;
    try {
      dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim().length > 0;
    } catch {
      dirty = null;
    }
    return { commit: /^[0-9a-f]{40}$/.test(commit) ? commit : null, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}

/** "2026-11-23T11-32-29Z": sortable, and valid as a folder name everywhere. */
export function timestampFolder(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
}
