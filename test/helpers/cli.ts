/** The CLI run in-process, and the folders and git repositories its tests work in. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `selfhelp …argv` in `cwd`, its output gathered. */
export async function runCli(cwd: string, ...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main({ argv, cwd, stdout: (t) => void (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Writes the files under `root`, folders made as needed (`modes`: a file's mode other than 0644). */
export function writeFiles(
  root: string,
  files: Record<string, string | Buffer>,
  modes: Record<string, number> = {},
): void {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content, { mode: modes[name] ?? 0o644 });
  }
}

/** A new temporary folder holding these files. */
export function workspace(files: Record<string, string | Buffer>, prefix = 'selfhelp-cli-'): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  writeFiles(root, files);
  return root;
}

/** git in `root`; its output, trimmed; a failure fails the test with git's message. */
export function git(root: string, ...args: string[]): string {
  const run = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  assert.strictEqual(run.status, 0, `git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

/** A new repository (branch main, an author, no line-ending conversion) in a temporary folder, nothing committed. */
export function emptyRepository(prefix: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.email', 'author@example.com');
  git(root, 'config', 'user.name', 'Author');
  git(root, 'config', 'core.autocrlf', 'false');
  return root;
}

export function commitAll(root: string, message: string): void {
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', message);
}

/** The built files the release workflow commits onto the hook's tag, read from the workflow itself. */
export function releasedFiles(): string[] {
  const workflow = fs.readFileSync(path.resolve(__dirname, '../../../.github/workflows/release.yml'), 'utf8');
  const added = /git add --force ([^\n]+)/.exec(workflow);
  assert.ok(added, 'the release workflow commits the built checker with `git add --force`');
  return added[1].trim().split(/\s+/);
}
