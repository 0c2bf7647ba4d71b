/** `--new-from-rev`, `--new-from-merge-base`, `--format github` and `--fail-on`, in temporary git repositories. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseUnifiedDiff } from '../../src/cli/changes';
import { formatGithub } from '../../src/cli/formatters/github';
import { article } from '../helpers/article';
import { commitAll, emptyRepository, git, runCli, writeFiles } from '../helpers/cli';

const check = (cwd: string, ...argv: string[]) => runCli(cwd, 'check', '--no-progress', ...argv);

/** Findings as `file:line rule`, from the JSON format. */
async function found(cwd: string, ...argv: string[]): Promise<string[]> {
  const result = await check(cwd, '--format', 'json', ...argv);
  assert.ok(result.code === 0 || result.code === 1, result.stderr);
  return JSON.parse(result.stdout).findings.map(
    (f: { file: string; line: number; rule: string }) => `${f.file}:${f.line} ${f.rule}`,
  );
}

const write = writeFiles;

/** A repository whose first commit holds these files. */
function repository(files: Record<string, string>): string {
  const root = emptyRepository('selfhelp-git-');
  write(root, files);
  commitAll(root, 'first');
  return root;
}

const edit = (root: string, file: string, from: string, to: string) => {
  const full = path.join(root, file);
  const text = fs.readFileSync(full, 'utf8');
  assert.ok(text.includes(from), `${file} holds ${from}`);
  fs.writeFileSync(full, text.replace(from, to));
};

/** An article with an old warning (attribute casing, line 10) and unique id. */
const old = (id: string) => article({ articleId: id }).replace('articleId=', 'articleid=');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const TYPO_LINE = lineOf(article(), 'Restart the virtual machine from the portal.');

describe('selfhelp check --new-from-rev and --new-from-merge-base', () => {
  it('reports a finding on a changed line and none on the unchanged lines of the same file', async () => {
    const root = repository({ 'a.md': old('a-1') });
    assert.deepStrictEqual(await found(root), ['a.md:10 SH109']);
    edit(root, 'a.md', 'Restart the virtual machine', 'Restart the virtual machien');
    assert.deepStrictEqual(await found(root, '--new-from-rev', 'HEAD'), [`a.md:${TYPO_LINE} SH601`]);
  });

  it('reports nothing for an article unchanged since the revision, and its exit code follows what is reported', async () => {
    const root = repository({ 'a.md': article({ ownershipId: undefined, articleId: 'a-1' }), 'b.md': old('b-1') });
    assert.strictEqual((await check(root)).code, 1);
    edit(root, 'b.md', 'Restart the virtual machine', 'Restart the virtual machien');
    const result = await check(root, '--new-from-rev', 'HEAD');
    assert.strictEqual(result.code, 0, 'the old error of a.md is not reported');
    assert.match(result.stdout, /^b\.md:\d+:\d+ warning SH601\/spelling Unknown word "machien"/);
    assert.match(
      result.stdout,
      /2 files checked, 0 skipped \(no properties block\): 0 errors, 1 warning, 0 info on lines changed since HEAD\n$/,
    );
  });

  it('an article committed since the revision reports all its findings, and so does an untracked one', async () => {
    const root = repository({ 'a.md': old('a-1') });
    const base = git(root, 'rev-parse', 'HEAD');
    write(root, { 'new/committed.md': old('c-1') });
    commitAll(root, 'add an article');
    write(root, { 'new/untracked.md': old('u-1') });
    assert.deepStrictEqual(await found(root, '--new-from-rev', base), [
      'new/committed.md:10 SH109',
      'new/untracked.md:10 SH109',
    ]);
  });

  it('a deleted article is gone without a word; a renamed one reports only the lines its edit changed', async () => {
    const root = repository({ 'a.md': old('a-1'), 'b.md': old('b-1'), 'c.md': old('c-1') });
    fs.rmSync(path.join(root, 'a.md'));
    fs.mkdirSync(path.join(root, 'renamed'));
    git(root, 'mv', 'b.md', 'renamed/b.md');
    git(root, 'mv', 'c.md', 'renamed/c.md');
    edit(root, 'renamed/c.md', 'Restart the virtual machine', 'Restart the virtual machien');
    const result = await check(root, '--format', 'json', '--new-from-rev', 'HEAD');
    assert.strictEqual(result.stderr, '');
    assert.deepStrictEqual(
      JSON.parse(result.stdout).findings.map(
        (f: { file: string; line: number; rule: string }) => `${f.file}:${f.line} ${f.rule}`,
      ),
      [`renamed/c.md:${TYPO_LINE} SH601`],
    );
    assert.strictEqual(JSON.parse(result.stdout).files, 2);
  });

  it('an articleId the change makes a duplicate is reported on the changed line, not in the untouched article', async () => {
    const root = repository({
      'first.md': article({ articleId: 'shared-id' }),
      'second.md': article({ articleId: 'own-id' }),
    });
    edit(root, 'second.md', 'own-id', 'shared-id');
    const findings = await found(root, '--new-from-rev', 'HEAD');
    assert.deepStrictEqual(findings, [`second.md:${lineOf(article(), 'articleId=')} SH502`]);
    assert.deepStrictEqual(
      (await found(root)).filter((f) => f.endsWith('SH502')).length,
      2,
      'without the option both are reported',
    );
  });

  it('reads the lines of CRLF files and of a file with spaces (and a quote) in its name', async () => {
    const crlf = old('crlf-1').replace(/\n/g, '\r\n');
    const root = repository({ 'win.md': crlf, 'my folder/my "best" article.md': old('space-1') });
    edit(root, 'win.md', 'Restart the virtual machine', 'Restart the virtual machien');
    edit(root, 'my folder/my "best" article.md', 'Restart the virtual machine', 'Restart the virtual machien');
    assert.deepStrictEqual(await found(root, '--new-from-rev', 'HEAD'), [
      `my folder/my "best" article.md:${TYPO_LINE} SH601`,
      `win.md:${TYPO_LINE} SH601`,
    ]);
  });

  it('finds the changed lines when the articles are reached through a symbolic link, and from a folder inside the repository', async () => {
    const root = repository({ 'articles/a.md': old('a-1') });
    edit(root, 'articles/a.md', 'Restart the virtual machine', 'Restart the virtual machien');
    const link = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-link-')), 'repo');
    fs.symlinkSync(root, link);
    assert.deepStrictEqual(await found(link, '--new-from-rev', 'HEAD'), [`articles/a.md:${TYPO_LINE} SH601`]);
    assert.deepStrictEqual(await found(path.join(link, 'articles'), '--new-from-rev', 'HEAD'), [
      `a.md:${TYPO_LINE} SH601`,
    ]);
  });

  it('--new-from-merge-base reports what the branch changed, not what its base did since', async () => {
    const root = repository({ 'a.md': old('a-1'), 'b.md': old('b-1') });
    git(root, 'checkout', '-q', '-b', 'feature');
    edit(root, 'a.md', 'Restart the virtual machine', 'Restart the virtual machien');
    commitAll(root, 'feature work');
    git(root, 'checkout', '-q', 'main');
    edit(root, 'b.md', 'Restart the virtual machine', 'Restart the virtual machien');
    commitAll(root, 'main moves on');
    git(root, 'checkout', '-q', 'feature');
    assert.deepStrictEqual(await found(root, '--new-from-merge-base', 'main'), [`a.md:${TYPO_LINE} SH601`]);
    // Against main itself, main's change to b.md is a difference too, but the branch's b.md has no typo there.
    assert.deepStrictEqual(await found(root, '--new-from-rev', 'main'), [`a.md:${TYPO_LINE} SH601`]);
  });

  it('works with --summary: the tables count only what is reported', async () => {
    const root = repository({ 'a.md': old('a-1'), 'b.md': old('b-1') });
    edit(root, 'b.md', 'Restart the virtual machine', 'Restart the virtual machien');
    const result = await check(root, '--summary', '--format', 'json', '--new-from-rev', 'HEAD');
    const summary = JSON.parse(result.stdout);
    assert.deepStrictEqual([summary.files, summary.errors, summary.warnings], [2, 0, 1]);
    assert.deepStrictEqual(
      summary.byRule.map((r: { rule: string }) => r.rule),
      ['SH601'],
    );
  });

  it('a bad revision, a folder outside git, or no git at all: exit 2 with a clear message', async () => {
    const root = repository({ 'a.md': old('a-1') });
    const bad = await check(root, '--new-from-rev', 'no-such-branch');
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stderr, /Unknown revision "no-such-branch"/);
    assert.strictEqual(bad.stdout, '');
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-nogit-'));
    write(outside, { 'a.md': old('a-1') });
    const noRepository = await check(outside, '--new-from-merge-base', 'main');
    assert.strictEqual(noRepository.code, 2);
    assert.match(noRepository.stderr, /Cannot find the git repository/);
    const cli = path.resolve(__dirname, '../../../dist/cli.js');
    const noGit = spawnSync(process.execPath, [cli, 'check', '--new-from-rev', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: '' },
    });
    assert.strictEqual(noGit.status, 2);
    assert.match(noGit.stderr, /git is not installed/);
  });

  it('--fix with --new-from-rev fixes only what it reports', async () => {
    const root = repository({ 'a.md': old('a-1'), 'b.md': old('b-1') });
    edit(root, 'b.md', 'b-1', 'b-2');
    const result = await check(root, '--fix', '--new-from-rev', 'HEAD');
    assert.match(result.stdout, /1 fixed/);
    assert.ok(
      fs.readFileSync(path.join(root, 'a.md'), 'utf8').includes('articleid='),
      'the unchanged article is left as it was',
    );
    assert.ok(fs.readFileSync(path.join(root, 'b.md'), 'utf8').includes('\tarticleId='), 'the changed line is fixed');
  });

  it('parses the diff headers git writes: new files, removals, quoted names', () => {
    const diff = [
      'diff --git a/x.md b/x.md',
      '--- a/x.md',
      '+++ b/x.md',
      '@@ -2 +2,2 @@ text',
      '@@ -9,3 +10,0 @@',
      'diff --git a/n.md b/n.md',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/n.md',
      '@@ -0,0 +1,3 @@',
      'diff --git "a/caf\\303\\251 \\"1\\".md" "b/caf\\303\\251 \\"1\\".md"',
      '--- "a/caf\\303\\251 \\"1\\".md"',
      '+++ "b/caf\\303\\251 \\"1\\".md"',
      '@@ -1 +1 @@',
      'diff --git a/gone.md b/gone.md',
      'deleted file mode 100644',
      '--- a/gone.md',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
    ].join('\n');
    const changes = parseUnifiedDiff(diff, '/repo');
    assert.deepStrictEqual(
      [...changes.keys()],
      [path.join('/repo', 'x.md'), path.join('/repo', 'n.md'), path.join('/repo', 'café "1".md')],
    );
    assert.deepStrictEqual([...(changes.get(path.join('/repo', 'x.md')) as Set<number>)], [2, 3, 10, 11]);
    assert.strictEqual(changes.get(path.join('/repo', 'n.md')), 'all');
  });
});

describe('selfhelp check --format github and --fail-on', () => {
  it('writes one workflow command a finding, with its place, its rule as the title and the data escaped', async () => {
    const root = repository({
      'dir/a,b.md': article({ ownershipId: undefined, articleId: 'a-1' }).replace('articleId=', 'articleid='),
    });
    const result = await check(root, '--format', 'github');
    const lines = result.stdout.trimEnd().split('\n');
    assert.deepStrictEqual(lines, [
      '::error file=dir/a%2Cb.md,line=1,col=1,endLine=1,endColumn=12,title=SH112 required-attribute::Missing required attribute "ownershipId"; add it with its value.',
      `::warning file=dir/a%2Cb.md,line=10,col=2,endLine=10,endColumn=11,title=SH109 attribute-case::${lines[1].split('::')[2]}`,
      '1 file checked, 0 skipped (no properties block): 1 error, 1 warning, 0 info',
    ]);
    assert.doesNotMatch(lines[1].split('::')[2], /[\r\n]/);
    assert.strictEqual(result.code, 1);
  });

  it('names the other file of a duplicate', async () => {
    const root = repository({ 'x.md': article({ articleId: 'same' }), 'y.md': article({ articleId: 'same' }) });
    const result = await check(root, '--format', 'github');
    assert.match(result.stdout, /^::error file=x\.md,line=\d+,.*title=SH502 duplicate-article-id::.*\(y\.md:\d+\)$/m);
  });

  it('escapes percent signs and line breaks in the message, and colons and commas in the properties', () => {
    const finding = {
      file: 'a:b,c.md',
      rule: 'SH601',
      severity: 'info' as const,
      line: 3,
      column: 4,
      endLine: 5,
      endColumn: 6,
      message: '100% sure\r\nnext: line',
      messageId: 'test',
      fixable: false,
    };
    const out = formatGithub({ files: 1, skipped: 0, fixed: 0, findings: [finding], services: new Map() });
    assert.strictEqual(
      out.split('\n')[0],
      '::notice file=a%3Ab%2Cc.md,line=3,col=4,endLine=5,endColumn=6,title=SH601 spelling::100%25 sure%0D%0Anext: line',
    );
  });

  it('--fail-on sets the level that fails: warning fails on warnings, never does not fail', async () => {
    const root = repository({ 'a.md': old('a-1') });
    assert.strictEqual((await check(root)).code, 0);
    assert.strictEqual((await check(root, '--fail-on', 'warning')).code, 1);
    const broken = repository({ 'a.md': article({ ownershipId: undefined }) });
    assert.strictEqual((await check(broken, '--fail-on', 'never')).code, 0);
    assert.strictEqual((await check(broken, '--fail-on', 'sometimes')).code, 2);
  });
});
