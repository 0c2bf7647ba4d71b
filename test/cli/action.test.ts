/**
 * The GitHub Action's entry run the way a runner runs it: `node dist/action.js` in the workspace, with the inputs as
 * `INPUT_*` variables, a pull-request event in GITHUB_EVENT_PATH, and the step summary and outputs files.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { article } from '../helpers/article';
import { emptyRepository, git } from '../helpers/cli';

const ENTRY = path.resolve(__dirname, '../../../dist/action.js');

interface Step {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: string;
}

/** Runs the action's entry in `workspace` with these inputs (as the runner names them) and event. */
function runStep(workspace: string, inputs: Record<string, string>, event?: object): Step {
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
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const run = spawnSync(process.execPath, [ENTRY], { cwd: workspace, env, encoding: 'utf8' });
  return {
    code: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    summary: fs.readFileSync(files.summary, 'utf8'),
    outputs: fs.readFileSync(files.outputs, 'utf8'),
  };
}

/** A repository with an article carrying an old error and an old warning, and a pull request that adds a typo. */
function pullRequest(): { root: string; base: string } {
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

const annotations = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::'));

describe('the GitHub Action, run as a runner runs it', function () {
  this.timeout(60_000);
  before(() => assert.ok(fs.existsSync(ENTRY), 'dist/action.js is built (npm run build) before the tests'));

  it('on a pull request: annotates only the lines it changed, writes the summary tables and the outputs, and fails on the new error', () => {
    const { root, base } = pullRequest();
    const step = runStep(root, { paths: 'articles' }, { pull_request: { number: 7, base: { sha: base } } });
    const lines = annotations(step.stdout);
    assert.deepStrictEqual(
      lines.map((l) => /^::(\w+) file=([^,]+),line=(\d+),.*title=(SH\d+)/.exec(l)!.slice(1).join(' ')),
      ['error articles/new.md 12 SH113', 'warning articles/touched.md 28 SH601'],
    );
    assert.strictEqual(step.code, 1, step.stdout + step.stderr);
    assert.match(
      step.summary,
      /^### Self-help articles: 3 articles checked, 1 error, 1 warning, 0 info on lines changed since [0-9a-f]{40}\n/,
    );
    assert.match(step.summary, /\| SH113 self-help-type \| error \| 1 \| 1 \|/);
    assert.doesNotMatch(step.summary, /SH112|SH109/, 'the old findings stay quiet');
    assert.strictEqual(step.outputs, 'errors=1\nwarnings=1\n');
  });

  it('fail-on: never passes with the error, warning fails on the warning alone; sarif writes the reported findings', () => {
    const { root, base } = pullRequest();
    fs.rmSync(path.join(root, 'articles/new.md'));
    const event = { pull_request: { base: { sha: base } } };
    assert.strictEqual(runStep(root, { paths: 'articles' }, event).code, 0, 'a warning does not fail by default');
    assert.strictEqual(runStep(root, { paths: 'articles', 'fail-on': 'warning' }, event).code, 1);
    const step = runStep(root, { paths: 'articles', 'fail-on': 'never', sarif: 'reports/selfhelp.sarif' }, event);
    assert.strictEqual(step.code, 0);
    const sarif = JSON.parse(fs.readFileSync(path.join(root, 'reports/selfhelp.sarif'), 'utf8'));
    assert.deepStrictEqual(
      sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId),
      ['SH601'],
    );
  });

  it('outside a pull request, and with new-from: none, every finding is reported', () => {
    const { root, base } = pullRequest();
    const push = runStep(root, { paths: 'articles' });
    const rules = (step: Step) =>
      annotations(step.stdout)
        .map((l) => /title=(SH\d+)/.exec(l)![1])
        .sort();
    assert.deepStrictEqual(rules(push), ['SH109', 'SH109', 'SH112', 'SH113', 'SH601']);
    const none = runStep(root, { paths: 'articles', 'new-from': 'none' }, { pull_request: { base: { sha: base } } });
    assert.deepStrictEqual(rules(none), rules(push));
  });

  it('a base the checkout does not hold (fetch-depth 1): exit 2 with an annotation that says what to do', () => {
    const { root } = pullRequest();
    const step = runStep(root, {}, { pull_request: { base: { sha: 'f'.repeat(40) } } });
    assert.strictEqual(step.code, 2);
    assert.match(step.stdout, /^::error title=selfhelp::Unknown revision "f{40}".*fetch-depth: 0/m);
  });

  it('a bad fail-on is an error annotation and exit 2', () => {
    const { root } = pullRequest();
    const step = runStep(root, { 'fail-on': 'sometimes' });
    assert.strictEqual(step.code, 2);
    assert.match(step.stdout, /^::error title=selfhelp::fail-on takes error, warning or never, not "sometimes"\./m);
  });

  it('a narrow paths still compares with the whole repository; root narrows that', () => {
    const { root, base } = pullRequest();
    fs.mkdirSync(path.join(root, 'other'));
    fs.writeFileSync(path.join(root, 'other/copy.md'), article({ articleId: 'new-1', displayOrder: '' }));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'a copy elsewhere, in the base');
    const event = { pull_request: { base: { sha: base } } };
    const rules = (step: Step) =>
      annotations(step.stdout)
        .map((l) => /file=([^,]+),.*title=(SH\d+)/.exec(l)!.slice(1).join(' '))
        .sort();
    assert.ok(
      rules(runStep(root, { paths: 'articles/new.md' }, event)).includes('articles/new.md SH502'),
      'the id used in other/copy.md',
    );
    assert.ok(
      !rules(runStep(root, { paths: 'articles/new.md', root: 'articles' }, event)).includes('articles/new.md SH502'),
    );
  });
});
