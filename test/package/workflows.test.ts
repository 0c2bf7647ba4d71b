/** The GitHub Actions workflows (ours, and the one the README offers content repositories), checked against the schema. */
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

  it('the workflow in the README for a content repository is valid, and runs the checker with SARIF', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /```yaml\n(# \.github\/workflows\/selfhelp\.yml[\s\S]*?)```/.exec(readme);
    assert.ok(block, 'the README has the workflow');
    assert.match(block[1], /cli\.js check articles --format sarif/);
    assert.match(block[1], /github\/codeql-action\/upload-sarif/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-workflow-')), 'selfhelp.yml');
    fs.writeFileSync(file, block[1]);
    const { ok, output } = validate(file);
    assert.ok(ok, output);
  });

  it('the validator rejects a broken workflow (a control)', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-workflow-')), 'broken.yml');
    fs.writeFileSync(file, 'name: broken\non: push\njobs:\n  check:\n    runs-on: ubuntu-latest\n    stepz: []\n');
    assert.strictEqual(validate(file).ok, false);
  });
});
