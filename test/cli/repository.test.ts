/**
 * The rules over many articles see the whole repository whatever is given to check: files, globs, folders and
 * `--new-from-rev` report only what they were given, compared with every article of the repository.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { article } from '../helpers/article';
import { commitAll, emptyRepository, runCli, workspace, writeFiles } from '../helpers/cli';

/** Findings as `file:line rule`, from the JSON format, run in `cwd`. */
async function found(cwd: string, ...argv: string[]): Promise<string[]> {
  const result = await runCli(cwd, 'check', '--no-progress', '--format', 'json', ...argv);
  assert.ok(result.code === 0 || result.code === 1, result.stderr);
  return JSON.parse(result.stdout).findings.map(
    (f: { file: string; line: number; rule: string }) => `${f.file}:${f.line} ${f.rule}`,
  );
}

const ID_LINE =
  article()
    .split('\n')
    .findIndex((line) => line.includes('articleId=')) + 1;
const withId = (id: string) => article({ articleId: id });

function repository(files: Record<string, string>): string {
  const root = emptyRepository('selfhelp-repository-');
  writeFiles(root, files);
  commitAll(root, 'first');
  return root;
}

describe('selfhelp check: the rules over many articles see the whole repository', () => {
  it('a file argument gets a duplicate articleId against an article it was not given, and only its own finding', async () => {
    const root = repository({ 'articles/a/first.md': withId('shared'), 'articles/b/second.md': withId('other') });
    writeFiles(root, { 'articles/new/copy.md': withId('SHARED') });
    assert.deepStrictEqual(await found(root, 'articles/new/copy.md'), [`articles/new/copy.md:${ID_LINE} SH502`]);
    const result = await runCli(root, 'check', '--no-progress', 'articles/new/copy.md');
    assert.strictEqual(result.code, 1);
    assert.match(result.stdout, /articleId "SHARED" is also used by articles\/a\/first\.md/);
    assert.match(result.stdout, /1 file checked, 0 skipped/);
  });

  it('a glob, and a folder within the repository, get it too; the whole repository reports both sides', async () => {
    const root = repository({ 'articles/a/first.md': withId('shared'), 'articles/new/copy.md': withId('shared') });
    assert.deepStrictEqual(await found(root, 'articles/new/*.md'), [`articles/new/copy.md:${ID_LINE} SH502`]);
    assert.deepStrictEqual(await found(root, 'articles/new'), [`articles/new/copy.md:${ID_LINE} SH502`]);
    assert.deepStrictEqual(
      await found(path.join(root, 'articles'), 'new/copy.md'),
      [`new/copy.md:${ID_LINE} SH502`],
      'run from a sub-folder',
    );
    assert.deepStrictEqual(await found(root), [
      `articles/a/first.md:${ID_LINE} SH502`,
      `articles/new/copy.md:${ID_LINE} SH502`,
    ]);
  });

  it('reports the same findings for a given file as the whole check does, related places included', async () => {
    const files = {
      'articles/a/first.md': withId('shared'),
      'articles/b/first.md': withId('shared'),
      'articles/c/third.md': withId('third'),
    };
    const root = repository(files);
    const whole = JSON.parse((await runCli(root, 'check', '--no-progress', '--format', 'json')).stdout);
    const one = JSON.parse(
      (await runCli(root, 'check', '--no-progress', '--format', 'json', 'articles/b/first.md')).stdout,
    );
    assert.deepStrictEqual(
      one.findings,
      whole.findings.filter((f: { file: string }) => f.file === 'articles/b/first.md'),
    );
    assert.deepStrictEqual(
      one.findings.map((f: { rule: string }) => f.rule).sort(),
      ['SH502', 'SH504'],
      'the id and the file name',
    );
  });

  it('stops at the folder of .selfhelp.json: a sub-folder with its own configuration is a repository of its own', async () => {
    const root = repository({
      'articles/first.md': withId('shared'),
      'team/.selfhelp.json': '{}\n',
      'team/articles/second.md': withId('shared'),
    });
    assert.deepStrictEqual(
      await found(root, 'team/articles/second.md'),
      [],
      'the article outside the team folder is not compared',
    );
    assert.deepStrictEqual(
      await found(root, 'articles/first.md'),
      [`articles/first.md:${ID_LINE} SH502`],
      'from the git root, the team folder counts',
    );
    assert.deepStrictEqual(await found(root, '--root', 'articles', 'articles/first.md'), [], '--root narrows it');
  });

  it('with --new-from-rev, an unchanged article sharing its id with a changed one is reported on the changed one only', async () => {
    const root = repository({ 'articles/old.md': withId('old-id'), 'articles/changed.md': withId('changed-id') });
    const file = path.join(root, 'articles/changed.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('changed-id', 'old-id'));
    assert.deepStrictEqual(await found(root, '--new-from-rev', 'HEAD'), [`articles/changed.md:${ID_LINE} SH502`]);
    assert.deepStrictEqual(await found(root, '--new-from-rev', 'HEAD', 'articles/changed.md'), [
      `articles/changed.md:${ID_LINE} SH502`,
    ]);
    const result = await runCli(root, 'check', '--no-progress', '--new-from-rev', 'HEAD');
    assert.match(result.stdout, /2 files checked, 0 skipped/, 'an unchanged article still counts as checked');
  });

  it('outside any repository, the files and folders given are the whole set: nothing beside or above them is read', async () => {
    const outer = workspace({ 'elsewhere.md': withId('shared') }, 'selfhelp-no-git-');
    writeFiles(outer, { 'set/first.md': withId('shared'), 'set/second.md': withId('shared') });
    assert.ok(!fs.existsSync(path.join(outer, '.git')));
    assert.deepStrictEqual(await found(outer, 'set/second.md'), [], 'the sibling is not read');
    assert.deepStrictEqual(await found(outer, 'set/first.md', 'set/second.md'), [
      `set/first.md:${ID_LINE} SH502`,
      `set/second.md:${ID_LINE} SH502`,
    ]);
    assert.deepStrictEqual(
      await found(outer, 'set'),
      [`set/first.md:${ID_LINE} SH502`, `set/second.md:${ID_LINE} SH502`],
      'a folder given is read whole, the file above it not',
    );
  });

  it("in a git repository, the articles are git's: untracked ones count, ignored ones (a build folder) do not", async () => {
    const root = repository({ '.gitignore': 'build/\n', 'articles/a.md': withId('shared') });
    writeFiles(root, {
      'build/articles/a.md': withId('shared'),
      'drafts/new.md': withId('draft-id'),
      'node_modules/pkg/readme.md': withId('draft-id'),
    });
    assert.deepStrictEqual(await found(root, 'articles/a.md'), [], 'the ignored copy is not a duplicate');
    writeFiles(root, { 'articles/b.md': withId('draft-id') });
    assert.deepStrictEqual(
      await found(root, 'articles/b.md'),
      [`articles/b.md:${ID_LINE} SH502`],
      'the untracked draft counts, the ignored node_modules copy adds nothing',
    );
    fs.rmSync(path.join(root, 'articles/a.md'));
    writeFiles(root, { 'articles/c.md': withId('shared') });
    assert.deepStrictEqual(await found(root, 'articles/c.md'), [], 'a tracked article deleted from the folder is gone');
  });

  it('without git, a repository of .selfhelp.json leaves out what its .gitignore files ignore', async () => {
    const root = workspace(
      {
        '.selfhelp.json': '{}\n',
        '.gitignore': '# built\n/out/\n*.tmp.md\n',
        'articles/a.md': withId('shared'),
        'out/a.md': withId('shared'),
        'articles/copy.tmp.md': withId('shared'),
        'articles/sub/.gitignore': 'old.md\n!keep.md\n',
        'articles/sub/old.md': withId('shared'),
        'articles/sub/keep.md': withId('kept'),
        'articles/b.md': withId('kept'),
      },
      'selfhelp-no-git-ignore-',
    );
    assert.deepStrictEqual(await found(root, 'articles/a.md'), []);
    assert.deepStrictEqual(await found(root, 'articles/b.md'), [`articles/b.md:${ID_LINE} SH502`]);
  });

  it('says so when --root is not a folder', async () => {
    const root = repository({ 'a.md': withId('a') });
    const result = await runCli(root, 'check', '--root', path.join(os.tmpdir(), 'no-such-folder-selfhelp'), 'a.md');
    assert.strictEqual(result.code, 2);
    assert.match(result.stderr, /--root: no such folder/);
  });
});
