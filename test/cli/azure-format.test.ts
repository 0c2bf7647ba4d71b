/**
 * `--format azure`: Azure DevOps logging commands, escaped as its documentation says, one a finding (the JSON
 * report's count), and with --summary the tables attached to the run's page.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { escapeAzureData, formatAzure } from '../../src/cli/formatters/azure';
import { article } from '../helpers/article';
import { runCli, workspace } from '../helpers/cli';

describe('--format azure', () => {
  it('writes one task.logissue a finding, with %, CR, LF, ; and ] escaped as Azure DevOps documents', () => {
    const output = formatAzure({
      files: 1,
      skipped: 0,
      fixed: 0,
      services: new Map(),
      findings: [
        {
          file: 'articles/a;b]c.md',
          rule: 'SH112',
          severity: 'error',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 9,
          message: '100% wrong; see [x]\r\nnext line',
          messageId: 'test',
          fixable: false,
        },
        {
          file: 'articles/d.md',
          rule: 'SH805',
          severity: 'info',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
          message: 'asks to sign in',
          messageId: 'test',
          fixable: false,
        },
      ],
    });
    assert.strictEqual(
      output,
      '##vso[task.logissue type=error;sourcepath=articles/a%3Bb%5Dc.md;linenumber=3;columnnumber=5;code=SH112]' +
        'SH112/required-attribute 100%AZP25 wrong; see [x]%0D%0Anext line\n' +
        '##vso[task.logissue type=warning;sourcepath=articles/d.md;linenumber=1;columnnumber=1;code=SH805]' +
        '(info) SH805/link-sign-in asks to sign in\n' +
        '1 file checked, 0 skipped (no properties block): 1 error, 0 warnings, 1 info\n',
    );
    assert.strictEqual(escapeAzureData('a%b\nc'), 'a%AZP25b%0Ac');
  });

  it("logs as many issues as the JSON report has findings, and the exit code is check's", async () => {
    const root = workspace({
      'articles/a/one.md': article({ ownershipId: undefined }).replace('articleId=', 'articleid='),
      'articles/b/two.md': article({ articleId: 'two-1', description: '' }),
    });
    const json = JSON.parse((await runCli(root, 'check', '--format', 'json')).stdout) as { findings: unknown[] };
    const azure = await runCli(root, 'check', '--format', 'azure');
    assert.ok(json.findings.length >= 3);
    assert.strictEqual(
      azure.stdout.split('\n').filter((l) => l.startsWith('##vso[task.logissue ')).length,
      json.findings.length,
    );
    assert.strictEqual(azure.code, 1);
  });

  it("--summary: the tables in the log, and a file attached to the run's page with task.uploadsummary", async () => {
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-agent-'));
    const root = workspace({ 'a.md': article({ ownershipId: undefined }) });
    const before = process.env.AGENT_TEMPDIRECTORY;
    process.env.AGENT_TEMPDIRECTORY = temp;
    try {
      const run = await runCli(root, 'check', '--format', 'azure', '--summary');
      const upload = /^##vso\[task\.uploadsummary\](.+)$/m.exec(run.stdout);
      assert.ok(upload, run.stdout);
      assert.strictEqual(path.dirname(upload[1]), temp);
      const tables = fs.readFileSync(upload[1], 'utf8');
      assert.match(tables, /\| SH112 required-attribute \| error \| 1 \| 1 \|/);
      assert.ok(run.stdout.startsWith(tables), 'the same tables in the log');
    } finally {
      if (before === undefined) delete process.env.AGENT_TEMPDIRECTORY;
      else process.env.AGENT_TEMPDIRECTORY = before;
    }
  });
});
