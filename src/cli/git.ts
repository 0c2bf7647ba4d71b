/** git run as a child process: its output, or why it could not answer (no git, not a repository, a git error). */
import { spawnSync } from 'child_process';

/** A bounded output: a diff larger than this is not a pull request's. */
const MAX_OUTPUT = 512 * 1024 * 1024;

export function git(args: readonly string[], cwd: string): { ok: true; out: string } | { ok: false; message: string } {
  const run = spawnSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: MAX_OUTPUT,
    windowsHide: true,
  });
  if (run.error) {
    const code = (run.error as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? 'git is not installed (or not on PATH)' : run.error.message };
  }
  if (run.status !== 0) return { ok: false, message: run.stderr.trim().split('\n')[0] || `git ${args[0]} failed` };
  return { ok: true, out: run.stdout };
}
