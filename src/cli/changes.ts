/**
 * `--new-from-rev` and `--new-from-merge-base`: which lines of which files changed since a git revision, read from
 * `git diff` (the revision against the working tree, staged and unstaged changes included) and `git ls-files` (files
 * git does not track yet).
 */
import * as path from 'path';
import { git } from './git';

/** The lines (1-based) a change added or rewrote in a file, or `all` for a file that is new since the revision. */
export type ChangedLines = ReadonlySet<number> | 'all';

/** Files by absolute path; a file absent from the map did not change. */
export type Changes = ReadonlyMap<string, ChangedLines>;

/** A revision git cannot resolve, no git, or not a repository: the CLI's exit code 2. */
export class ChangesError extends Error {}

function must(args: readonly string[], cwd: string, what: string): string {
  const result = git(args, cwd);
  if (!result.ok) throw new ChangesError(`${what}: ${result.message}`);
  return result.out;
}

/** The top folder of the repository that holds `cwd`. */
function repositoryRoot(cwd: string): string {
  return path.resolve(
    must(['rev-parse', '--show-toplevel'], cwd, 'Cannot find the git repository of this folder').trim(),
  );
}

/** The commit a revision names; a clear error when git does not know it (or the history was fetched too shallow). */
function commitOf(revision: string, root: string): string {
  const result = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], root);
  if (!result.ok || !result.out.trim()) {
    throw new ChangesError(
      `Unknown revision "${revision}": git has no such commit here (in a CI checkout, fetch the history it needs: actions/checkout with fetch-depth: 0).`,
    );
  }
  return result.out.trim();
}

/** The commit a pull request starts from: the merge base of `ref` and HEAD. */
function mergeBase(ref: string, root: string): string {
  const commit = commitOf(ref, root);
  const head = commitOf('HEAD', root);
  const result = git(['merge-base', commit, head], root);
  if (!result.ok || !result.out.trim())
    throw new ChangesError(
      `"${ref}" and HEAD have no common ancestor here (in a CI checkout, fetch the history: actions/checkout with fetch-depth: 0).`,
    );
  return result.out.trim();
}

/** What changed since `revision`, or since the merge base of `revision` and HEAD. */
export function changesSince(revision: string, cwd: string, from: 'rev' | 'merge-base'): Changes {
  if (!revision.trim()) throw new ChangesError('A revision is needed.');
  const root = repositoryRoot(cwd);
  const base = from === 'merge-base' ? mergeBase(revision, root) : commitOf(revision, root);
  // No context lines, renames followed, every file as text, fixed prefixes whatever the user's configuration says.
  const diff = must(
    ['diff', '--no-color', '--no-ext-diff', '--text', '-U0', '-M', '--src-prefix=a/', '--dst-prefix=b/', base, '--'],
    root,
    'git diff failed',
  );
  const changes = parseUnifiedDiff(diff, root);
  const untracked = must(
    ['ls-files', '--others', '--exclude-standard', '-z', '--full-name'],
    root,
    'git ls-files failed',
  );
  for (const file of untracked.split('\0')) if (file) changes.set(path.join(root, file), 'all');
  return changes;
}

/**
 * The new side's changed lines of each file of a unified diff made with `-U0`. A hunk that only removes lines marks
 * the lines on either side of the cut, where a finding the removal caused (a list broken, a block left open) shows.
 */
export function parseUnifiedDiff(diff: string, root: string): Map<string, ChangedLines> {
  const changes = new Map<string, ChangedLines>();
  let current: Set<number> | 'all' | undefined;
  let created = false;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = undefined;
      created = false;
    } else if (line.startsWith('new file mode')) created = true;
    else if (line.startsWith('+++ ')) {
      const name = pathOfHeader(line.slice(4));
      if (name === undefined) {
        current = undefined;
        continue;
      }
      const file = path.join(root, name);
      current = created ? 'all' : new Set<number>();
      changes.set(file, current);
    } else if (line.startsWith('@@ ') && current instanceof Set) {
      const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!hunk) continue;
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count === 0) {
        if (start > 0) current.add(start);
        current.add(start + 1);
      } else for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  return changes;
}

/** The path of a `+++ b/…` header (git quotes unusual names C-style and ends names holding spaces with a tab). */
function pathOfHeader(header: string): string | undefined {
  const name = header.startsWith('"') ? unquote(header) : header.replace(/\t$/, '');
  if (name === '/dev/null' || !name.startsWith('b/')) return undefined;
  return name.slice(2);
}

const ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  '"': '"',
  '\\': '\\',
};

/** A C-style quoted name: escapes, and octal bytes that together spell UTF-8. */
function unquote(quoted: string): string {
  const bytes: number[] = [];
  const end = quoted.lastIndexOf('"');
  for (let i = 1; i < end; i++) {
    const c = quoted[i];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = quoted[++i];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(quoted.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(...Buffer.from(ESCAPES[next] ?? next, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Whether a finding over lines `line`…`endLine` (1-based) touches the change. */
export function touchesChange(changed: ChangedLines | undefined, line: number, endLine: number): boolean {
  if (!changed) return false;
  if (changed === 'all') return true;
  for (let n = line; n <= endLine; n++) if (changed.has(n)) return true;
  return false;
}
