import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsWhen, extensionApi, ruleOf, sleep, workspaceFile } from '../helpers';

// Files this suite writes itself: no other test opened them, so they are not open documents (VS Code keeps a document
// open for a while after its editor closes).
const FAULTS = 'articles/microsoft.storage/never-opened-faults.md';
const DUPLICATE = 'articles/microsoft.storage/never-opened-duplicate.md';
const CLEAN = 'articles/microsoft.storage/never-opened-clean.md';
const config = () => vscode.workspace.getConfiguration('selfhelp');
const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());

function article(
  attributes: string,
  body = '# Storage account is slow\n\n## **Recommended Steps**\n\n1. Check the metrics.\n',
): string {
  return `<properties\n\tpageTitle="Storage account is slow"\n\tdescription="Steps for a slow storage account"\n\tservice="microsoft.storage"\n\tresource="storageaccounts"\n\tselfHelpType="generic"\n\tcloudEnvironments="public"\n\townershipId="Storage_Accounts"\n${attributes}\n/>\n\n${body}`;
}

const write = (relative: string, text: string) =>
  vscode.workspace.fs.writeFile(workspaceFile(relative), new TextEncoder().encode(text));

describe('the whole workspace: Check All Articles, the workspace scope', () => {
  before(async () => {
    await write(
      FAULTS,
      article('\tarticleId="storage-slow-0001"').replace(
        'cloudEnvironments="public"',
        'cloudEnvironments="azurechina"',
      ),
    );
    // The same articleId as a fixture article: a finding of the rules over many articles.
    await write(DUPLICATE, article('\tarticleId="web-errors-0001"'));
    await write(CLEAN, article('\tarticleId="storage-slow-0003"'));
    await (await extensionApi()).index.rebuild();
  });
  after(async () => {
    for (const file of [FAULTS, DUPLICATE, CLEAN]) await vscode.workspace.fs.delete(workspaceFile(file));
  });
  afterEach(async () => {
    await config().update('problems.scope', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('selfhelp.clearClosedArticleProblems');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Check All Articles publishes the problems of articles never opened, file rules and project rules', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const faults = workspaceFile(FAULTS);
    const duplicate = workspaceFile(DUPLICATE);
    const result = await vscode.commands.executeCommand<{ articles: number; cancelled: boolean }>(
      'selfhelp.checkAllArticles',
    );
    assert.strictEqual(result.cancelled, false);
    // The fixture's six, this suite's three, and what other suites' commands created (New Article…).
    assert.ok(result.articles >= 9, `${result.articles} articles`);
    const found = await diagnosticsWhen(faults, (d) => d.some((x) => ruleOf(x) === 'SH114'));
    assert.ok(found.every((d) => d.source === 'selfhelp'));
    const shared = await diagnosticsWhen(duplicate, (d) => d.some((x) => ruleOf(x) === 'SH502'));
    assert.match(
      shared.find((d) => ruleOf(d) === 'SH502')!.relatedInformation?.[0]?.location.uri.path ?? '',
      /dup-[ab]\.md$/,
    );
    assert.ok(!isOpen(faults) && !isOpen(duplicate), 'read from disk, never opened as documents');
    const api = await extensionApi();
    const { errors, warnings } = api.problems.counts();
    assert.ok(errors > 0 && warnings > 0, `${errors} errors, ${warnings} warnings`);
    await vscode.window.showTextDocument(workspaceFile('articles/microsoft.compute/vm-clean.md'));
    assert.strictEqual(
      api.problems.statusText,
      `$(error) ${errors} $(warning) ${warnings}`,
      'the status bar counts them while an article is active',
    );
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.strictEqual(api.problems.statusText, undefined, 'and hides without an article');
  });

  it('Clear Problems of Closed Articles takes them away and keeps those of open articles', async () => {
    const fixes = workspaceFile('articles/microsoft.compute/vm-fixes.md');
    await vscode.window.showTextDocument(fixes);
    await diagnosticsWhen(fixes, (d) => d.length > 0);
    await vscode.commands.executeCommand('selfhelp.checkAllArticles');
    const faults = workspaceFile(FAULTS);
    await diagnosticsWhen(faults, (d) => d.length > 0);
    await vscode.commands.executeCommand('selfhelp.clearClosedArticleProblems');
    await diagnosticsWhen(faults, (d) => d.length === 0);
    await sleep(300);
    assert.ok(vscode.languages.getDiagnostics(fixes).length > 0, 'the open article keeps its problems');
  });

  it('with the scope "workspace", a change written to disk by another program updates that file\'s problems', async () => {
    const clean = workspaceFile(CLEAN);
    const original = await vscode.workspace.fs.readFile(clean);
    await config().update('problems.scope', 'workspace', vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhen(workspaceFile(FAULTS), (d) => d.length > 0);
    try {
      const broken = new TextDecoder().decode(original).replace('## **Recommended Steps**', '##**Recommended Steps**');
      await vscode.workspace.fs.writeFile(clean, new TextEncoder().encode(broken));
      const after = await diagnosticsWhen(clean, (d) => d.some((x) => ruleOf(x) === 'SH202'));
      assert.strictEqual(
        after.find((d) => ruleOf(d) === 'SH202')!.range.start.line,
        broken.split('\n').findIndex((l) => l.startsWith('##**Recommended')),
      );
      assert.ok(!isOpen(clean));
    } finally {
      await vscode.workspace.fs.writeFile(clean, original);
    }
    await diagnosticsWhen(clean, (d) => !d.some((x) => ruleOf(x) === 'SH202'));
  });
});
