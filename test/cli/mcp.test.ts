/**
 * `selfhelp mcp`, driven as an agent drives it: the official SDK's client over stdio against the built CLI, on a
 * folder of articles of our own. Tools listed with their schemas, each called, malformed calls answered with errors
 * while the server keeps serving, a path outside the folder refused, fix writing only when asked.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { article } from '../helpers/article';
import { workspace } from '../helpers/cli';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');

interface ToolAnswer {
  isError?: boolean;
  content: { type: string; text: string }[];
  structuredContent?: Record<string, unknown>;
}

describe('selfhelp mcp, driven by the SDK client over stdio', function () {
  this.timeout(60_000);
  let root: string;
  let client: Client;
  const broken = article().replace('articleId=', 'articleid=');

  before(async () => {
    assert.ok(fs.existsSync(CLI), 'dist/cli.js is built (npm run build) before the tests');
    root = workspace({
      'articles/vm/broken.md': broken,
      'articles/vm/clean.md': article({ articleId: 'vm-clean-0001' }),
      'articles/vm/binary.md': Buffer.from([0x3c, 0x70, 0x00, 0x01, 0x02]),
    });
    fs.writeFileSync(path.join(path.dirname(root), 'outside.md'), article());
    client = new Client({ name: 'selfhelp-test', version: '1.0.0' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', root] }));
  });
  after(async () => client?.close());

  const call = async (name: string, args: Record<string, unknown>) =>
    (await client.callTool({ name, arguments: args })) as unknown as ToolAnswer;

  it('lists its tools, each with a description and an input schema', async () => {
    const { tools } = await client.listTools();
    assert.deepStrictEqual(tools.map((t) => t.name).sort(), [
      'check_article',
      'check_article_id',
      'explain_rule',
      'find_scenarios',
      'fix_article',
      'new_article',
      'read_article',
    ]);
    for (const tool of tools) {
      assert.ok(tool.description && tool.description.length > 40, tool.name);
      assert.strictEqual(tool.inputSchema.type, 'object');
    }
    const check = tools.find((t) => t.name === 'check_article')!;
    assert.deepStrictEqual(check.inputSchema.required, ['path']);
  });

  it('check_article: the findings with rule, place, message and the fix offered', async () => {
    const answer = await call('check_article', { path: 'articles/vm/broken.md' });
    assert.ok(!answer.isError, answer.content[0].text);
    const findings = answer.structuredContent!.findings as { rule: string; line: number; fix?: string }[];
    assert.deepStrictEqual(
      findings.map((f) => [f.rule, f.line, f.fix]),
      [['SH109', 10, 'Rename to articleId']],
    );
    assert.deepStrictEqual(JSON.parse(answer.content[0].text).findings.length, 1, 'the same as text');
  });

  it("read_article: the text customers read, in the portal's order, what they never see marked", async () => {
    const answer = await call('read_article', { path: 'articles/vm/clean.md' });
    assert.ok(!answer.isError, answer.content[0].text);
    const { presentation, text } = answer.structuredContent as { presentation: string; text: string };
    assert.strictEqual(presentation, 'insight');
    const lines = text.split('\n');
    const at = (search: string) => lines.findIndex((line) => line.includes(search));
    assert.ok(at('We found an issue with your virtual machine') < at('## Recommended Steps'), text);
    assert.ok(lines.includes('Virtual machine does not start (not shown to customers)'), 'the H1 is not shown');
    assert.ok(lines.includes('1. Restart the virtual machine from the portal.'), text);
    assert.ok(text.includes('[$vmName: your VM]'), 'a token with its default text');
    assert.ok(!text.includes('<properties') && !text.includes('ownershipId'), 'nothing of the block as text');
  });

  it('fix_article: returns the edit and writes nothing unless asked; with write: true, writes', async () => {
    const file = path.join(root, 'articles/vm/broken.md');
    const dry = await call('fix_article', { path: 'articles/vm/broken.md' });
    assert.deepStrictEqual(dry.structuredContent, {
      path: 'articles/vm/broken.md',
      fixed: 1,
      written: false,
      edit: { start: { line: 10, column: 9 }, end: { line: 10, column: 10 }, text: 'I' },
      remaining: 0,
    });
    assert.strictEqual(fs.readFileSync(file, 'utf8'), broken);
    const written = await call('fix_article', { path: 'articles/vm/broken.md', write: true });
    assert.strictEqual(written.structuredContent!.written, true);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), broken.replace('articleid=', 'articleId='));
  });

  it('explain_rule, find_scenarios, check_article_id and new_article (never over a file)', async () => {
    const rule = await call('explain_rule', { rule: 'attribute-case' });
    assert.strictEqual(rule.structuredContent!.id, 'SH109');
    const scenarios = await call('find_scenarios', { service: 'microsoft.compute', limit: 3 });
    assert.strictEqual((scenarios.structuredContent!.scenarios as unknown[]).length, 3);
    const used = await call('check_article_id', { articleId: 'VM-CLEAN-0001' });
    assert.deepStrictEqual(used.structuredContent, {
      articleId: 'VM-CLEAN-0001',
      free: false,
      usedBy: ['articles/vm/clean.md'],
    });
    const created = await call('new_article', {
      path: 'articles/vm/new.md',
      type: 'diagnostics',
      title: 'Virtual machine is slow',
      articleId: 'vm-slow-0001',
      service: 'microsoft.compute',
    });
    assert.ok(!created.isError, created.content[0].text);
    const checked = await call('check_article', { path: 'articles/vm/new.md' });
    assert.ok(
      !(checked.structuredContent!.findings as { severity: string }[]).some((f) => f.severity === 'error'),
      'the new article has no error',
    );
    const again = await call('new_article', {
      path: 'articles/vm/new.md',
      type: 'generic',
      title: 'Another',
      articleId: 'another-0001',
    });
    assert.strictEqual(again.isError, true);
    assert.match(again.content[0].text, /exists: nothing written/);
  });

  it('answers malformed calls with errors and keeps serving: unknown tool, bad arguments, a path outside, a binary file', async () => {
    const outside = await call('check_article', { path: '../outside.md' });
    assert.strictEqual(outside.isError, true);
    assert.match(outside.content[0].text, /outside the folder/);
    const binary = await call('check_article', { path: 'articles/vm/binary.md' });
    assert.match(binary.content[0].text, /not a text file/);
    const missing = await call('check_article', { path: 'articles/none.md' });
    assert.match(missing.content[0].text, /Cannot read articles\/none\.md: ENOENT/);
    const wrongType = await call('check_article', { path: 42 });
    assert.strictEqual(wrongType.isError, true);
    const noArgument = await call('explain_rule', {});
    assert.strictEqual(noArgument.isError, true);
    const unknownRule = await call('explain_rule', { rule: 'no-such-rule' });
    assert.match(unknownRule.content[0].text, /No rule "no-such-rule"/);
    await assert.rejects(() =>
      client.callTool({ name: 'no_such_tool', arguments: {} }).then((r) => {
        if ((r as ToolAnswer).isError) throw new Error((r as ToolAnswer).content[0].text);
      }),
    );
    const still = await call('explain_rule', { rule: 'SH101' });
    assert.strictEqual(still.structuredContent!.slug, 'properties-block', 'the server still serves');
  });

  it('serves the rules as resources and a prompt for a new article', async () => {
    const { resources } = await client.listResources();
    assert.ok(resources.some((r) => r.uri === 'selfhelp://rules'));
    assert.ok(resources.some((r) => r.uri === 'selfhelp://rules/SH801'));
    const rule = await client.readResource({ uri: 'selfhelp://rules/link-dead' });
    assert.match(String((rule.contents[0] as { text: string }).text), /^# SH801 link-dead/);
    const prompt = await client.getPrompt({ name: 'write_article', arguments: { type: 'diagnostics' } });
    assert.match(String((prompt.messages[0].content as { text: string }).text), /new_article/);
  });
});

describe('dist/mcp.js, the server the extension ships for VS Code', function () {
  this.timeout(60_000);
  it('serves the same tools as selfhelp mcp, over the folder it is given', async () => {
    const server = path.resolve(__dirname, '../../../dist/mcp.js');
    assert.ok(fs.existsSync(server), 'dist/mcp.js is built');
    const root = workspace({ 'articles/vm/broken.md': article().replace('articleId=', 'articleid=') });
    const shipped = new Client({ name: 'selfhelp-test', version: '1.0.0' });
    const full = new Client({ name: 'selfhelp-test', version: '1.0.0' });
    await shipped.connect(new StdioClientTransport({ command: process.execPath, args: [server, root] }));
    await full.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', root] }));
    try {
      const names = async (client: Client) => (await client.listTools()).tools.map((t) => t.name).sort();
      assert.deepStrictEqual(await names(shipped), await names(full));
      const answer = (await shipped.callTool({
        name: 'check_article',
        arguments: { path: 'articles/vm/broken.md' },
      })) as unknown as ToolAnswer;
      assert.deepStrictEqual(
        (answer.structuredContent!.findings as { rule: string }[]).map((f) => f.rule),
        ['SH109'],
      );
    } finally {
      await shipped.close();
      await full.close();
    }
  });
});
