/**
 * The GitHub Action on the runtime GitHub's runners give JavaScript actions today (action.yml: `using: node24`): the
 * bundled entry run by the Node 24 the harness installs (test/harness/tools.ts), as a runner runs it.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { annotations, pullRequest, runStep } from '../helpers/action';
import { ensureTools } from '../harness/tools';

describe('the GitHub Action on Node 24', function () {
  this.timeout(60_000);
  let node: string;

  before(() => {
    node = ensureTools(() => {}).node;
    assert.match(spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout, /^v24\./);
  });

  it('annotates only what a pull request changed, and fails on its error, as on Node 20', () => {
    const { root, base } = pullRequest();
    const event = { pull_request: { number: 7, base: { sha: base } } };
    const step = runStep(root, { paths: 'articles' }, event, node);
    assert.strictEqual(step.code, 1, step.stdout + step.stderr);
    assert.doesNotMatch(step.stderr, /DeprecationWarning|ExperimentalWarning/, 'nothing in the log but the findings');
    const found = annotations(step.stdout).map((l) => /^::(\w+) file=([^,]+),line=(\d+),.*title=(SH\d+)/.exec(l)!);
    assert.deepStrictEqual(
      found.map((m) => m.slice(1).join(' ')),
      ['error articles/new.md 12 SH113', 'warning articles/touched.md 28 SH601'],
    );
    assert.deepStrictEqual(
      runStep(root, { paths: 'articles' }, event).stdout,
      step.stdout,
      'the same output on Node 20',
    );
  });
});
