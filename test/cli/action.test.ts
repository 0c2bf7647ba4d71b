/**
 * The GitHub Action's entry run the way a runner runs it: `node dist/action.js` in the workspace, with the inputs as
 * `INPUT_*` variables, a pull-request event in GITHUB_EVENT_PATH, and the step summary and outputs files.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { article } from '../helpers/article';
import { annotations, ENTRY, pullRequest, runStep, type Step } from '../helpers/action';
import { git } from '../helpers/cli';
import { runAction } from '../../src/cli/action';
import { SimulatedWeb } from '../helpers/simulated-web';

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

  it("links: true follows the links the pull request adds, and annotates the dead one with the check's findings", async () => {
    const { root, base } = pullRequest();
    const web = await new SimulatedWeb({
      'https://learn.microsoft.com/azure/virtual-machines/troubleshooting/boot-error': { html: '<h1>x</h1>' },
    }).start();
    try {
      web.addressFor('contoso.com');
      fs.writeFileSync(path.join(root, '.selfhelp.json'), JSON.stringify({ links: { remap: web.remap() } }));
      const file = path.join(root, 'articles/touched.md');
      fs.writeFileSync(
        file,
        fs
          .readFileSync(file, 'utf8')
          .replace('to see the console.', 'to see the console ([notes](https://contoso.com/gone)).'),
      );
      git(root, 'add', '-A');
      git(root, 'commit', '-q', '-m', 'a link added');
      const eventFile = path.join(root, '..', `${path.basename(root)}-event.json`);
      fs.writeFileSync(eventFile, JSON.stringify({ pull_request: { base: { sha: base } } }));
      let stdout = '';
      const env = { INPUT_PATHS: 'articles', INPUT_LINKS: 'true', GITHUB_EVENT_PATH: eventFile };
      const code = await runAction(env, {
        argv: [],
        cwd: root,
        stdout: (t) => void (stdout += t),
        stderr: () => undefined,
      });
      assert.strictEqual(code, 1);
      assert.deepStrictEqual(
        annotations(stdout).map((l) => /^::(\w+) file=([^,]+),line=(\d+),.*title=(SH\d+)/.exec(l)!.slice(1).join(' ')),
        [
          'error articles/new.md 12 SH113',
          'warning articles/touched.md 28 SH601',
          'error articles/touched.md 29 SH801',
        ],
      );
      assert.deepStrictEqual(
        [...new Set(web.requests.map((r) => `${r.host}${r.path}`))].sort(),
        ['contoso.com/gone', 'learn.microsoft.com/azure/virtual-machines/troubleshooting/boot-error'],
        'the link added to touched.md, and the one of the new article',
      );
      const refused = await runAction(
        { ...env, INPUT_LINKS: 'sometimes' },
        { argv: [], cwd: root, stdout: (t) => void (stdout += t), stderr: () => undefined },
      );
      assert.strictEqual(refused, 2);
    } finally {
      await web.stop();
    }
  });
});
