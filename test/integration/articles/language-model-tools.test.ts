/**
 * The language-model tools, invoked as an agent invokes them: through `vscode.lm.invokeTool` in a real VS Code, on the
 * workspace's articles. Where the host has no `vscode.lm`, none is registered and the extension says why.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { extensionApi, workspaceFile } from '../helpers';

const TOOLS = [
  'check_selfhelpArticle',
  'explain_selfhelpRule',
  'find_selfhelpScenarios',
  'fix_selfhelpArticle',
  'new_selfhelpArticle',
  'read_selfhelpArticle',
];

/** The JSON a tool answered with. */
async function invoke(name: string, input: object): Promise<Record<string, unknown>> {
  const result = await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined });
  const text = result.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join('');
  return JSON.parse(text) as Record<string, unknown>;
}

const FILE = 'articles/microsoft.compute/vm-agent.md';
/** An article of this suite's own, with one fault: the articleId attribute written in lower case. */
const ARTICLE = `<properties
\tpageTitle="Virtual machine agent is not ready"
\tdescription="Steps to take when the virtual machine agent is not ready"
\tinfoBubbleText="We found an issue with your virtual machine agent. See details on the right"
\tservice="microsoft.compute"
\tresource="virtualmachines"
\tarticleid="vm-agent-0001"
\tdiagnosticScenario="VmAgentNotReady"
\tselfHelpType="diagnostics"
\tcloudEnvironments="public"
\townershipId="Compute_VirtualMachines"
/>

# Virtual machine agent is not ready

## **Recommended Steps**

1. Restart the virtual machine from the portal.
`;

describe('language-model tools for agents', function () {
  this.timeout(60_000);
  const file = workspaceFile(FILE);
  before(() => vscode.workspace.fs.writeFile(file, new TextEncoder().encode(ARTICLE)));
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
  });

  it('registers every tool package.json contributes, or none and says why', async () => {
    const api = await extensionApi();
    if (typeof (vscode as { lm?: { registerTool?: unknown } }).lm?.registerTool !== 'function') {
      assert.deepStrictEqual(api.languageModelTools.registered, []);
      assert.match(api.languageModelTools.why ?? '', /no vscode\.lm/);
      return;
    }
    assert.deepStrictEqual([...api.languageModelTools.registered].sort(), TOOLS);
    const contributed = (
      vscode.extensions.getExtension('selfhelp-authoring.selfhelp-authoring')!.packageJSON as {
        contributes: { languageModelTools: { name: string }[] };
      }
    ).contributes.languageModelTools.map((t) => t.name);
    assert.deepStrictEqual([...contributed].sort(), TOOLS);
    const listed = vscode.lm.tools.filter((t) => TOOLS.includes(t.name));
    assert.strictEqual(listed.length, TOOLS.length, 'VS Code lists them');
    for (const tool of listed) {
      assert.ok(tool.tags.includes('selfhelp'), tool.name);
      assert.strictEqual((tool.inputSchema as { type?: string })?.type, 'object', tool.name);
    }
  });

  describe('invoked through vscode.lm.invokeTool', () => {
    before(function () {
      if (typeof (vscode as { lm?: { invokeTool?: unknown } }).lm?.invokeTool !== 'function') this.skip();
    });

    it('check: the findings of an article by its path, with rule, 1-based place, message and fix', async () => {
      const answer = await invoke('check_selfhelpArticle', { path: FILE });
      const findings = answer.findings as { rule: string; line: number; messageId: string; fix: string | null }[];
      const caseFinding = findings.find((f) => f.rule === 'SH109');
      assert.ok(caseFinding, JSON.stringify(findings.map((f) => f.rule)));
      assert.strictEqual(caseFinding.line, 7);
      assert.strictEqual(caseFinding.messageId, 'wrongCase');
      assert.strictEqual(caseFinding.fix, 'Rename to articleId');
    });

    it('check and read: the active article when no path is given; not an article is an error in words', async () => {
      const document = await vscode.workspace.openTextDocument(workspaceFile('articles/microsoft.compute/vm-clean.md'));
      await vscode.window.showTextDocument(document);
      const checked = await invoke('check_selfhelpArticle', {});
      assert.strictEqual(checked.path, 'articles/microsoft.compute/vm-clean.md');
      const read = await invoke('read_selfhelpArticle', {});
      assert.match(String(read.text), /^## Recommended Steps$/m);
      assert.match(String(read.text), /\(not shown to customers\)/);
      await assert.rejects(invoke('check_selfhelpArticle', { path: 'notes.md' }), /not a self-help article/);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('fix: the clear fixes as one undoable edit of the open document, not saved', async () => {
      const document = await vscode.workspace.openTextDocument(file);
      await vscode.window.showTextDocument(document);
      const answer = await invoke('fix_selfhelpArticle', { path: FILE });
      assert.strictEqual(answer.fixed, 1);
      assert.deepStrictEqual(answer.findings, []);
      assert.match(document.getText(), /\tarticleId="vm-agent-0001"/);
      assert.ok(document.isDirty, 'the edit went through the editor; nothing was saved');
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(document.getText(), ARTICLE, 'one undo takes the whole fix back');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('new: a complete article of a type in a new file, never over an existing one', async () => {
      const input = {
        type: 'generic',
        folder: 'articles/microsoft.compute',
        fileName: 'vm-agent-new.md',
        title: 'Reset the virtual machine agent',
        service: 'microsoft.compute',
        resource: 'virtualmachines',
      };
      const created = workspaceFile('articles/microsoft.compute/vm-agent-new.md');
      try {
        const answer = await invoke('new_selfhelpArticle', input);
        assert.strictEqual(answer.path, 'articles/microsoft.compute/vm-agent-new.md');
        assert.match(String(answer.text), /selfHelpType="generic"/);
        const errors = (answer.findings as { severity: string }[]).filter((f) => f.severity === 'error');
        assert.deepStrictEqual(errors, []);
        const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
        await assert.rejects(invoke('new_selfhelpArticle', { ...input, title: 'Other' }), /Nothing was written/);
        assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(created)), written);
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.workspace.fs.delete(created).then(undefined, () => undefined);
      }
    });

    it('explain and find: a rule with its messages; scenarios and whether an id is taken', async () => {
      const rule = await invoke('explain_selfhelpRule', { rule: 'SH104' });
      assert.strictEqual(rule.slug, 'attribute-syntax');
      assert.ok(Object.keys(rule.messages as object).includes('unclosedQuote'));
      await assert.rejects(invoke('explain_selfhelpRule', { rule: 'no-such-rule' }), /No rule "no-such-rule"/);
      const found = await invoke('find_selfhelpScenarios', {
        words: 'start',
        service: 'microsoft.compute',
        articleId: 'VM-CLEAN-0001',
      });
      assert.ok((found.total as number) > 0);
      assert.deepStrictEqual(found.articleId, {
        id: 'VM-CLEAN-0001',
        free: false,
        usedBy: ['articles/microsoft.compute/vm-clean.md'],
      });
    });
  });
});

describe('the MCP server VS Code lists without configuration', () => {
  it("is `selfhelp mcp` over each folder, run by the shipped dist/mcp.js with the host's Node.js; none on the web", async () => {
    const api = await extensionApi();
    const definitions = api.mcpServers.definitions();
    if (api.mcpServers.why) {
      assert.deepStrictEqual(definitions, []);
      assert.match(api.mcpServers.why, /cannot start one/);
      return;
    }
    const folder = vscode.workspace.workspaceFolders![0];
    assert.strictEqual(definitions.length, 1);
    const [server] = definitions;
    assert.match(server.label, /Self-Help Articles/);
    assert.deepStrictEqual(server.args.slice(1), [folder.uri.fsPath]);
    assert.match(server.args[0], /[\\/]dist[\\/]mcp\.js$/);
    await vscode.workspace.fs.stat(vscode.Uri.file(server.args[0]));
    await vscode.workspace.fs.stat(vscode.Uri.file(server.command));
  });
});
