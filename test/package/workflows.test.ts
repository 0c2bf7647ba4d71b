/**
 * The GitHub Actions workflows (ours, and the one the README offers content repositories) and action.yml, checked
 * against their schemas.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');

function validate(file: string): { ok: boolean; output: string } {
  const result = spawnSync('npx', ['action-validator', file], { cwd: ROOT, encoding: 'utf8' });
  return { ok: result.status === 0, output: result.stdout + result.stderr };
}

describe('GitHub Actions workflows', function () {
  this.timeout(60_000);
  const folder = path.join(ROOT, '.github/workflows');

  for (const name of fs.readdirSync(folder).filter((f) => f.endsWith('.yml'))) {
    it(`${name} is a valid workflow`, () => {
      const { ok, output } = validate(path.join(folder, name));
      assert.ok(ok, output);
    });
  }

  it('the workflow in the README for a content repository is valid: the history checked out, then the action in one step', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /```yaml\n(# \.github\/workflows\/selfhelp\.yml[\s\S]*?)```/.exec(readme);
    assert.ok(block, 'the README has the workflow');
    assert.match(block[1], /fetch-depth: 0/);
    assert.match(block[1], /uses: selfhelp-authoring\/selfhelp-authoring@v1/);
    assert.doesNotMatch(block[1], /npm|setup-node/, 'nothing to install or build');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-workflow-')), 'selfhelp.yml');
    fs.writeFileSync(file, block[1]);
    const { ok, output } = validate(file);
    assert.ok(ok, output);
  });

  it('action.yml is a valid action with the inputs the README documents, run by the bundled entry on Node 24', () => {
    const text = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    // The validator's schema (action-validator 0.6.0, its latest release) predates node24, which GitHub's runners
    // run JavaScript actions on since June 2026: the schema is checked on a copy that differs in that word alone.
    assert.match(text, /^ {2}using: node24$/m);
    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-action-')), 'action.yml');
    fs.writeFileSync(copy, text.replace(/^ {2}using: node24$/m, '  using: node20'));
    const { ok, output } = validate(copy);
    assert.ok(ok, output);
    const inputs = /^inputs:\n((?: {2}.*\n| {4}.*\n)+)/m
      .exec(text)![1]
      .match(/^ {2}([\w-]+):/gm)!
      .map((l) => l.trim().replace(':', ''));
    assert.deepStrictEqual(inputs, ['paths', 'new-from', 'root', 'fail-on', 'sarif', 'links']);
    assert.match(text, /^ {2}using: node24\n {2}main: dist\/action\.js$/m);
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const input of inputs) assert.ok(readme.includes(`| \`${input}\` |`), `the README documents ${input}`);
  });

  it("our workflows and the README's use the majors of GitHub's actions that run on Node 24", () => {
    // The first major of each that runs on Node 24 (GitHub removed Node 20 from its runners in September 2026).
    const NODE_24_FROM: Record<string, number> = { checkout: 5, 'setup-node': 5, 'upload-artifact': 5 };
    const texts = [
      ...fs.readdirSync(folder).map((name) => fs.readFileSync(path.join(folder, name), 'utf8')),
      fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'),
    ];
    const uses = texts.flatMap((text) => [...text.matchAll(/uses: actions\/([\w-]+)@v(\d+)/g)]);
    assert.ok(uses.length >= 5, 'the workflows use actions/checkout and actions/setup-node');
    for (const [, action, major] of uses) {
      assert.ok(action in NODE_24_FROM, `actions/${action} is known here`);
      assert.ok(Number(major) >= NODE_24_FROM[action], `actions/${action}@v${major} runs on Node 20`);
    }
  });

  it('the validator rejects a broken action (a control)', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-action-')), 'action.yml');
    fs.writeFileSync(file, 'name: broken\ndescription: no runs\nruns:\n  using: node99\n');
    assert.strictEqual(validate(file).ok, false);
  });

  it('the validator rejects a broken workflow (a control)', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-workflow-')), 'broken.yml');
    fs.writeFileSync(file, 'name: broken\non: push\njobs:\n  check:\n    runs-on: ubuntu-latest\n    stepz: []\n');
    assert.strictEqual(validate(file).ok, false);
  });
});
