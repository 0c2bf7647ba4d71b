/** The GitHub Action's entry run as a runner runs it, and a pull request to run it on (test/cli/action.test.ts). */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { article } from './article';
import { emptyRepository, git } from './cli';

export const ENTRY = path.resolve(__dirname, '../../../dist/action.js');

export interface Step {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: string;
}

/** Runs the action's entry in `workspace` with these inputs (as the runner names them) and event. */
export function runStep(
  workspace: string,
  inputs: Record<string, string>,
  event?: object,
  node: string = process.execPath,
): Step {
  const runner = fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-runner-'));
  const files = {
    summary: path.join(runner, 'step_summary'),
    outputs: path.join(runner, 'output'),
    event: path.join(runner, 'event.json'),
  };
  fs.writeFileSync(files.summary, '');
  fs.writeFileSync(files.outputs, '');
  fs.writeFileSync(files.event, JSON.stringify(event ?? { ref: 'refs/heads/main' }));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event ? 'pull_request' : 'push',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.outputs,
    // The defaults of action.yml, as the runner passes them, then the step's `with:`.
    INPUT_PATHS: '.',
    'INPUT_NEW-FROM': '',
    INPUT_ROOT: '',
    'INPUT_FAIL-ON': 'error',
    INPUT_SARIF: '',
    INPUT_LINKS: 'false',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const run = spawnSync(node, [ENTRY], { cwd: workspace, env, encoding: 'utf8' });
  return {
    code: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    summary: fs.readFileSync(files.summary, 'utf8'),
    outputs: fs.readFileSync(files.outputs, 'utf8'),
  };
}

/** A repository with an article carrying an old error and an old warning, and a pull request that adds a typo. */
export function pullRequest(): { root: string; base: string } {
  const root = emptyRepository('selfhelp-action-');
  fs.mkdirSync(path.join(root, 'articles'));
  fs.writeFileSync(
    path.join(root, 'articles/old.md'),
    article({ ownershipId: undefined, articleId: 'old-1' }).replace('articleId=', 'articleid='),
  );
  fs.writeFileSync(
    path.join(root, 'articles/touched.md'),
    article({ articleId: 'touched-1' }).replace('articleId=', 'articleid='),
  );
  fs.writeFileSync(path.join(root, 'README.md'), '# Articles\n');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  const base = git(root, 'rev-parse', 'HEAD');
  git(root, 'checkout', '-q', '-b', 'pr');
  const file = path.join(root, 'articles/touched.md');
  fs.writeFileSync(
    file,
    fs.readFileSync(file, 'utf8').replace('Restart the virtual machine from', 'Restart the virtual machien from'),
  );
  fs.writeFileSync(path.join(root, 'articles/new.md'), article({ articleId: 'new-1', selfHelpType: 'diagnostic' }));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'the pull request');
  return { root, base };
}

export const annotations = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::'));
