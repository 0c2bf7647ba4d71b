/**
 * The pre-commit hook with Debian's `pre-commit` package, offline: a hook repository laid out as the release tag is
 * (.pre-commit-hooks.yaml and the built checker committed), and a content repository that uses it.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { article } from '../helpers/article';
import { commitAll, emptyRepository, git, releasedFiles, writeFiles } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '../../..');

function repository(files: Record<string, string | Buffer>, modes: Record<string, number> = {}): string {
  const root = emptyRepository('selfhelp-pre-commit-');
  writeFiles(root, files, modes);
  return root;
}

describe("the pre-commit hook (Debian's pre-commit, offline)", function () {
  this.timeout(120_000);
  let hooks: string;
  let revision: string;
  let home: string;

  before(function () {
    const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    if (version.status !== 0) {
      console.log(
        "      (skipped: the pre-commit command is not installed here; .ci/run installs Debian's pre-commit package)",
      );
      this.skip();
    }
    // The release tag's layout: the hook's file and the built checker, committed.
    const files = Object.fromEntries(releasedFiles().map((file) => [file, fs.readFileSync(path.join(ROOT, file))]));
    hooks = repository(
      { '.pre-commit-hooks.yaml': fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml')), ...files },
      { 'dist/cli.js': fs.statSync(path.join(ROOT, 'dist/cli.js')).mode & 0o777 },
    );
    git(hooks, 'add', '-A');
    git(hooks, 'commit', '-q', '-m', 'the built checker');
    revision = git(hooks, 'rev-parse', 'HEAD');
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-pre-commit-home-'));
  });

  function run(content: string): { code: number | null; output: string } {
    const result = spawnSync('pre-commit', ['run', '--color', 'never'], {
      cwd: content,
      encoding: 'utf8',
      env: { ...process.env, PRE_COMMIT_HOME: home },
    });
    return { code: result.status, output: result.stdout + result.stderr };
  }

  const config = (args = '') =>
    `repos:\n  - repo: ${hooks}\n    rev: ${revision}\n    hooks:\n      - id: selfhelp-check\n${args}`;

  it('fails on a staged article with an error, naming it, and skips staged Markdown that is not an article', () => {
    const content = repository({
      '.pre-commit-config.yaml': config(),
      'articles/broken.md': article({ ownershipId: undefined }),
      'notes.md': '# Notes\n',
    });
    git(content, 'add', '-A');
    const { code, output } = run(content);
    assert.strictEqual(code, 1, output);
    assert.match(
      output,
      /articles\/broken\.md:1:1 error SH112\/required-attribute Missing required attribute "ownershipId"/,
    );
    assert.match(output, /1 file checked, 1 skipped \(no properties block\)/);
  });

  it("passes once the article is right, and takes the checker's options in args", () => {
    const content = repository({ '.pre-commit-config.yaml': config(), 'articles/good.md': article() });
    git(content, 'add', '-A');
    const clean = run(content);
    assert.strictEqual(clean.code, 0, clean.output);
    assert.match(clean.output, /Azure self-help articles\.+Passed/);
    const lenient = repository({
      '.pre-commit-config.yaml': config('        args: [--fail-on, never]\n'),
      'articles/broken.md': article({ ownershipId: undefined }),
    });
    git(lenient, 'add', '-A');
    const result = run(lenient);
    assert.strictEqual(result.code, 0, result.output);
    assert.match(
      result.output,
      /Azure self-help articles\.+Passed/,
      'the error is still there, and does not fail the commit',
    );
  });

  it('fails on a staged copy of a committed article: its articleId is already used by an article not staged', () => {
    const content = repository({
      '.pre-commit-config.yaml': config(),
      'articles/first.md': article({ articleId: 'shared-id' }),
    });
    commitAll(content, 'the first article');
    writeFiles(content, { 'articles/new/copy.md': article({ articleId: 'shared-id' }) });
    git(content, 'add', '-A');
    const { code, output } = run(content);
    assert.strictEqual(code, 1, output);
    assert.match(
      output,
      /articles\/new\/copy\.md:\d+:\d+ error SH502\/duplicate-article-id articleId "shared-id" is also used by articles\/first\.md/,
    );
    assert.doesNotMatch(output, /articles\/first\.md:\d+/, 'the committed article is not reported');
  });
});
