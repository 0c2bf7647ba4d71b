/**
 * The injection grammar, tested with vscode-tmgrammar-test against VS Code's own Markdown grammar (from the pinned
 * VS Code the harness installs), using the fixtures beside this file.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ensureTools } from '../harness/tools';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/grammar');
const OURS = path.join(ROOT, 'syntaxes/selfhelp.injection.tmLanguage.json');

function grammarTest(markdownGrammar: string, file: string): { status: number | null; output: string } {
  const tool = path.join(ROOT, 'node_modules/vscode-tmgrammar-test/dist/unit.js');
  const run = spawnSync(process.execPath, [tool, '-c', '-g', markdownGrammar, '-g', OURS, file], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const output = `${run.stdout}${run.stderr}`
    .split('\n')
    .filter((l) => !l.startsWith('grammar not found'))
    .join('\n');
  return { status: run.status, output };
}

describe('the TextMate injection grammar', function () {
  this.timeout(600_000);
  let markdownGrammar = '';

  before(() => {
    const tools = ensureTools();
    markdownGrammar = path.join(
      path.dirname(tools.codeServerEntry),
      '../../lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json',
    );
    assert.ok(fs.existsSync(markdownGrammar), markdownGrammar);
  });

  for (const file of fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.test.md'))) {
    it(`scopes ${file} as its assertions say`, () => {
      const { status, output } = grammarTest(markdownGrammar, path.join(FIXTURES, file));
      assert.strictEqual(status, 0, output);
    });
  }

  it('fails a wrong assertion (the tool really checks)', () => {
    const wrong = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-grammar-')), 'wrong.test.md');
    fs.writeFileSync(
      wrong,
      '@@ SYNTAX TEST "text.html.markdown" "wrong"\n<properties\n@@ <- string.quoted.double.selfhelp\n/>\n',
    );
    const { status, output } = grammarTest(markdownGrammar, wrong);
    assert.notStrictEqual(status, 0);
    assert.match(output, /Missing required scopes: \[ string\.quoted\.double\.selfhelp \]/);
  });
});
