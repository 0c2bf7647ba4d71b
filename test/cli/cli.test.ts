import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { writeIfUnchanged } from '../../src/cli/check-file';
import { article } from '../helpers/article';
import { runCli, workspace } from '../helpers/cli';

const run = runCli;

const clean = article();
const withError = article({ ownershipId: undefined });
const withWarning = article().replace('articleId=', 'articleid=');

describe('selfhelp check', () => {
  it('exits 0 on clean articles and counts the Markdown files without a block as skipped', async () => {
    const root = workspace({ 'articles/a/ok.md': clean, 'README.md': '# Not an article\n' });
    const result = await run(root, 'check');
    assert.strictEqual(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /1 file checked, 1 skipped/);
  });

  it('exits 1 when an error-level finding is present, 0 with warnings only', async () => {
    const error = await run(workspace({ 'a.md': withError }), 'check');
    assert.strictEqual(error.code, 1);
    assert.match(error.stdout, /1 file checked, 0 skipped \(no properties block\): 1 error, 0 warnings, 0 info\n$/);
    const warning = await run(
      workspace({
        'a.md': withWarning,
        'b.md': withWarning.replace('vm-does-not-start-0001', 'vm-does-not-start-0002'),
      }),
      'check',
    );
    assert.strictEqual(warning.code, 0);
    assert.match(warning.stdout, /2 files checked, 0 skipped \(no properties block\): 0 errors, 2 warnings, 0 info\n$/);
  });

  it('prints exactly one JSON object with 1-based places', async () => {
    const root = workspace({ 'articles/a/bad.md': withError, 'articles/a/warn.md': withWarning, 'notes.md': 'plain' });
    const result = await run(root, 'check', '--format', 'json');
    const report = JSON.parse(result.stdout);
    assert.deepStrictEqual(Object.keys(report), ['version', 'files', 'skipped', 'findings']);
    assert.deepStrictEqual([report.version, report.files, report.skipped], [1, 2, 1]);
    const missing = report.findings.find((f: { rule: string }) => f.rule === 'SH112');
    assert.deepStrictEqual(missing, {
      file: 'articles/a/bad.md',
      rule: 'SH112',
      slug: 'required-attribute',
      severity: 'error',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 12,
      message: 'Missing required attribute "ownershipId"; add it with its value.',
      messageId: 'missing',
      fixable: false,
    });
    const casing = report.findings.find((f: { rule: string }) => f.rule === 'SH109');
    assert.deepStrictEqual(
      [casing.file, casing.line, casing.column, casing.endColumn],
      ['articles/a/warn.md', 10, 2, 11],
    );
  });

  it('prints SARIF 2.1.0 with the rules and the results', async () => {
    const result = await run(workspace({ 'a.md': withError }), 'check', '--format=sarif');
    const sarif = JSON.parse(result.stdout);
    assert.strictEqual(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.ok(run0.tool.driver.rules.some((r: { id: string }) => r.id === 'SH112'));
    assert.deepStrictEqual(
      run0.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level]),
      [['SH112', 'error']],
    );
    assert.strictEqual(run0.results[0].locations[0].physicalLocation.region.startLine, 1);
  });

  it('reports duplicate articleIds across files, with the other file named', async () => {
    const root = workspace({
      'x/a.md': clean,
      'y/b.md': clean.replace('vm-does-not-start-0001', 'VM-DOES-NOT-START-0001'),
    });
    const result = await run(root, 'check', '--format', 'json');
    const duplicates = JSON.parse(result.stdout).findings.filter((f: { rule: string }) => f.rule === 'SH502');
    assert.deepStrictEqual(
      duplicates.map((f: { file: string; line: number }) => [f.file, f.line]),
      [
        ['x/a.md', 10],
        ['y/b.md', 10],
      ],
    );
    assert.match(duplicates[0].message, /y\/b\.md/);
    assert.strictEqual(result.code, 1);
  });

  it('--fix writes only the reported fixes and then reports what is left', async () => {
    const text = withWarning.replace('\townershipId="Compute_VirtualMachines"\n', '');
    const root = workspace({ 'a.md': text });
    const before = await run(root, 'check', '--format', 'json');
    const findings = JSON.parse(before.stdout).findings as { rule: string; fixable: boolean }[];
    assert.deepStrictEqual(
      findings.filter((f) => f.fixable).map((f) => f.rule),
      ['SH109'],
    );
    assert.ok(
      findings.some((f) => f.rule === 'SH112' && !f.fixable),
      'a missing value is for the author: not fixable',
    );
    assert.strictEqual(fs.readFileSync(path.join(root, 'a.md'), 'utf8'), text, 'a check without --fix writes nothing');
    const after = await run(root, 'check', '--fix');
    const fixed = fs.readFileSync(path.join(root, 'a.md'), 'utf8');
    assert.strictEqual(fixed, text.replace('articleid=', 'articleId='));
    assert.match(after.stdout, /SH112.*Missing required attribute "ownershipId"/);
    assert.match(after.stdout, /1 fixed/);
  });

  it('--fix keeps the BOM, the CRLF line endings and the file mode, and leaves no temporary file', async () => {
    const text = '\ufeff' + withWarning.replace(/\n/g, '\r\n');
    const root = workspace({ 'a.md': Buffer.from(text, 'utf8') });
    fs.chmodSync(path.join(root, 'a.md'), 0o640);
    await run(root, 'check', '--fix');
    const bytes = fs.readFileSync(path.join(root, 'a.md'));
    assert.deepStrictEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.strictEqual(bytes.toString('utf8'), text.replace('articleid=', 'articleId='));
    assert.strictEqual(fs.statSync(path.join(root, 'a.md')).mode & 0o777, 0o640);
    assert.deepStrictEqual(fs.readdirSync(root), ['a.md']);
  });

  it('--fix leaves a file alone when it changed on disk after it was read, and says so', () => {
    const root = workspace({ 'a.md': withWarning });
    const file = path.join(root, 'a.md');
    const read = fs.readFileSync(file);
    fs.writeFileSync(file, withWarning + '\nSaved by an editor meanwhile.\n');
    const reason = writeIfUnchanged(file, read, Buffer.from('fixed'), 'a.md');
    assert.match(reason ?? '', /a\.md changed on disk while it was checked; its fixes were not written/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), withWarning + '\nSaved by an editor meanwhile.\n');
    assert.deepStrictEqual(fs.readdirSync(root), ['a.md']);
  });

  it('--fix that cannot write leaves the file as it was, touches nothing of others, and exits 2 with the reason', async () => {
    const root = workspace({ 'a.md': withWarning });
    // Something of someone else's stands where the temporary file would go (the same failure as a read-only folder).
    const blocker = path.join(root, `.a.md.selfhelp-${process.pid}.tmp`);
    fs.mkdirSync(blocker);
    const result = await run(root, 'check', '--fix', '--jobs', '1');
    assert.strictEqual(result.code, 2);
    assert.match(result.stderr, /Cannot write the fixes of a\.md: EEXIST/);
    assert.strictEqual(fs.readFileSync(path.join(root, 'a.md'), 'utf8'), withWarning);
    assert.ok(fs.statSync(blocker).isDirectory(), 'what was there is left');
    assert.match(result.stdout, /SH109/, 'the file is still reported as it is on disk');
  });

  it('--fix leaves a file alone when it cannot be read back exactly', async () => {
    const bytes = Buffer.concat([Buffer.from(withWarning, 'utf8'), Buffer.from([0x92, 0x0a])]);
    const root = workspace({ 'a.md': bytes });
    const result = await run(root, 'check', '--fix', '--format', 'json');
    assert.ok(JSON.parse(result.stdout).findings.some((f: { rule: string }) => f.rule === 'SH105'));
    assert.deepStrictEqual(fs.readFileSync(path.join(root, 'a.md')), bytes);
  });

  it('--summary counts by rule and by service, as Markdown tables and as JSON', async () => {
    const web = article({ service: 'microsoft.web', resource: 'sites', articleId: 'web-1' }).replace(
      'articleId=',
      'articleid=',
    );
    const warn = article({ articleId: 'vm-2' }).replace('articleId=', 'articleid=');
    const root = workspace({
      'articles/a/bad.md': withError,
      'articles/a/warn.md': warn,
      'articles/b/web.md': web,
      'notes.md': 'plain',
    });
    const text = await run(root, 'check', '--summary');
    assert.strictEqual(text.code, 1, 'the exit code is that of the check');
    assert.match(text.stdout, /^### Self-help articles: 3 articles checked, 1 error, 2 warnings, 0 info\n/);
    assert.match(text.stdout, /\n\| SH112 required-attribute \| error \| 1 \| 1 \|\n/);
    assert.match(text.stdout, /\n\| SH109 attribute-case \| warning \| 2 \| 2 \|\n/);
    assert.match(
      text.stdout,
      /\n\| microsoft\.compute \| 2 \| 1 \| 1 \| 0 \|\n\| microsoft\.web \| 1 \| 0 \| 1 \| 0 \|\n$/,
    );
    const json = JSON.parse((await run(root, 'check', '--summary', '--format', 'json')).stdout);
    assert.deepStrictEqual([json.files, json.errors, json.warnings], [3, 1, 2]);
    assert.deepStrictEqual(json.byRule[0], {
      rule: 'SH112',
      slug: 'required-attribute',
      severity: 'error',
      findings: 1,
      files: 1,
    });
    assert.deepStrictEqual(
      json.byService.map((s: { service: string; articles: number }) => [s.service, s.articles]),
      [
        ['microsoft.compute', 2],
        ['microsoft.web', 1],
      ],
    );
    const sarif = await run(root, 'check', '--summary', '--format', 'sarif');
    assert.strictEqual(sarif.code, 2);
    assert.match(sarif.stderr, /--summary prints text or JSON, not SARIF/);
  });

  it('takes globs, files and folders', async () => {
    const root = workspace({ 'articles/a/one.md': clean, 'articles/b/two.md': withError, 'other/three.md': withError });
    assert.match((await run(root, 'check', 'articles/**/*.md')).stdout, /2 files checked/);
    assert.match((await run(root, 'check', 'articles/a/one.md', 'other')).stdout, /2 files checked/);
  });

  it('exits 2 with a clear message for usage errors, missing inputs and a bad config', async () => {
    const root = workspace({ 'a.md': clean, 'bad.json': '{ "rules": { "SH999": "off" } }' });
    const unknown = await run(root, 'check', '--format', 'xml');
    assert.strictEqual(unknown.code, 2);
    assert.match(unknown.stderr, /--format takes text, json, sarif, github or azure/);
    const missing = await run(root, 'check', 'nope.md');
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /No such file or folder: nope\.md/);
    const jobs = await run(root, 'check', '--jobs', '0');
    assert.strictEqual(jobs.code, 2);
    assert.match(jobs.stderr, /--jobs takes a whole number/);
    const config = await run(root, 'check', '--config', 'bad.json');
    assert.strictEqual(config.code, 2);
    assert.match(config.stderr, /Unknown rule "SH999"/);
  });

  it('reads .selfhelp.json from the folder', async () => {
    const root = workspace({ 'a.md': withError, '.selfhelp.json': '{ "rules": { "required-attribute": "warning" } }' });
    assert.strictEqual((await run(root, 'check')).code, 0);
  });
});

describe('the built selfhelp executable', () => {
  const cli = path.resolve(__dirname, '../../../dist/cli.js');

  it('runs as a command with worker threads on a large folder and agrees with the in-process run, the configuration read on every thread', async () => {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is built (npm run build) before the tests');
    const files: Record<string, string> = {};
    for (let i = 0; i < 450; i++)
      files[`articles/f${i % 7}/article-${i}.md`] = article({
        articleId: `id-${i}`,
        displayOrder: i === 5 || i === 12 ? '3' : '',
      });
    files['articles/f0/broken.md'] = withError;
    // The team's internal host, linked from articles every thread checks.
    files['.selfhelp.json'] = '{ "internalHosts": ["*.contoso-corp.net"] }';
    for (let i = 0; i < 450; i += 50)
      files[`articles/f${i % 7}/article-${i}.md`] = files[`articles/f${i % 7}/article-${i}.md`].replace(
        'https://learn.microsoft.com/azure/virtual-machines/troubleshooting/boot-error',
        'https://wiki.contoso-corp.net/boot-error',
      );
    const root = workspace(files);
    const child = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--jobs', '2'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.strictEqual(child.status, 1, child.stderr);
    const inProcess = await run(root, 'check', '--format', 'json');
    assert.deepStrictEqual(JSON.parse(child.stdout), JSON.parse(inProcess.stdout));
    assert.strictEqual(JSON.parse(child.stdout).files, 451);
    assert.strictEqual(child.stdout.match(/"rule":"SH313"|"rule": "SH313"/g)?.length, 9);
  });

  it('--fix killed mid-run leaves each file either as it was or fully fixed (never half-written)', async function () {
    this.timeout(120_000);
    const original = article()
      .replace('articleId=', 'articleid=')
      .replace(/\n/g, '\r\n')
      .replace('https://learn.microsoft.com/azure', 'https://learn.microsoft.com/en-us/azure');
    const files: Record<string, string> = {};
    for (let i = 0; i < 3000; i++)
      files[`articles/f${i % 10}/a-${i}.md`] = original.replace('vm-does-not-start-0001', `id-${i}`);
    const root = workspace(files);
    const child = spawn(process.execPath, [cli, 'check', '--fix', '--no-progress'], { cwd: root, stdio: 'ignore' });
    // Killed at once, as a power cut would: no handler of ours runs.
    await new Promise((resolve) => setTimeout(resolve, 900));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    let untouched = 0;
    let fixed = 0;
    let leftovers = 0;
    for (const folder of fs.readdirSync(path.join(root, 'articles'))) {
      for (const name of fs.readdirSync(path.join(root, 'articles', folder))) {
        if (name.endsWith('.tmp')) {
          leftovers++;
          continue;
        }
        const text = fs.readFileSync(path.join(root, 'articles', folder, name), 'utf8');
        const id = /a-(\d+)\.md$/.exec(name)![1];
        const before = files[`articles/${folder}/${name}`];
        const after = before.replace('articleid=', 'articleId=').replace('/en-us/azure', '/azure');
        assert.ok(text === before || text === after, `${name} is neither as it was nor fully fixed (id ${id})`);
        if (text === before) untouched++;
        else fixed++;
      }
    }
    console.log(
      `    killed after 900 ms: ${fixed} files fixed, ${untouched} as they were, ${leftovers} temporary files left by the kill`,
    );
    assert.strictEqual(untouched + fixed, 3000);
  });
});

describe('selfhelp render', () => {
  it('writes the article as one standalone page to a file, whatever its faults, and exits 0', async () => {
    const root = workspace({ 'a.md': withError });
    const result = await run(root, 'render', 'a.md', '-o', 'out/a.html');
    assert.strictEqual(result.code, 0, result.stderr);
    const html = fs.readFileSync(path.join(root, 'out/a.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[A-Za-z0-9+/=]+'; img-src https: data:; form-action 'none'; base-uri 'none'">/,
    );
    assert.match(html, /<style nonce="[A-Za-z0-9+/=]+">[^<]*\.info-bubble/);
    assert.doesNotMatch(html, /<script|<link|https?:\/\/[^"]*\.(css|js)"/);
    assert.match(html, /<section class="info-bubble"/);
  });

  it('writes to standard output without -o, with a fresh nonce each time', async () => {
    const root = workspace({ 'a.md': clean });
    const first = await run(root, 'render', 'a.md');
    const second = await run(root, 'render', 'a.md');
    assert.strictEqual(first.code, 0);
    const nonce = (html: string) => /nonce-([^']+)'/.exec(html)?.[1];
    assert.ok(nonce(first.stdout));
    assert.notStrictEqual(nonce(first.stdout), nonce(second.stdout));
  });

  it('exits 2 for an unreadable file or a usage error, naming the problem', async () => {
    const root = workspace({});
    const missing = await run(root, 'render', 'missing.md');
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /cannot read missing\.md: ENOENT/);
    assert.strictEqual((await run(root, 'render')).code, 2);
    assert.strictEqual((await run(root, 'render', '--all', '.')).code, 2);
    assert.strictEqual((await run(root, 'render', 'a.md', '--bogus')).code, 2);
  });

  it('--all writes a page per article and an index, skipping Markdown without a block', async () => {
    const root = workspace({
      'articles/vm/a.md': clean,
      'articles/vm/b.md': article({ selfHelpType: 'generic', pageTitle: 'Second' }),
      'articles/README.md': '# Not an article\n',
    });
    const result = await run(root, 'render', '--all', 'articles', '-o', 'site');
    assert.strictEqual(result.code, 0, result.stderr);
    assert.deepStrictEqual(fs.readdirSync(path.join(root, 'site/vm')).sort(), ['a.html', 'b.html']);
    const index = fs.readFileSync(path.join(root, 'site/index.html'), 'utf8');
    assert.match(index, /<a href="vm\/a\.html">Virtual machine does not start<\/a> <code>diagnostics<\/code>/);
    assert.match(index, /<a href="vm\/b\.html">Second<\/a> <code>generic<\/code>/);
    assert.match(result.stderr, /2 pages and index\.html written to site/);
  });
});
