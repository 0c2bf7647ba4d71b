/**
 * What ships, in the web worker host: the installed .vsix made to run there (`remote.extensionKind` set to `web`, as
 * VS Code for the Web runs it), driven from the Node host where this runner lives. Diagnostics and tabs are the
 * workbench's, so they are seen from here; the extension's API is not (it lives in the other host).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsWhen, EXTENSION_ID, ruleOf, sleep, workspaceFile } from '../helpers';

describe('the installed .vsix in the web worker host', () => {
  it('is not in this (Node) host, where it would be of kind Workspace: it runs in the web worker', () => {
    const here = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(!here || here.extensionKind === vscode.ExtensionKind.UI, `kind ${here?.extensionKind}`);
  });

  it('checks an article with faults: its diagnostics appear', async () => {
    const uri = workspaceFile('articles/microsoft.compute/vm-faults.md');
    await vscode.window.showTextDocument(uri);
    const diagnostics = await diagnosticsWhen(uri, (d) => d.some((x) => ruleOf(x) === 'SH114'), 60_000);
    assert.ok(diagnostics.length >= 3, diagnostics.map(ruleOf).join(', '));
  });

  it('opens the preview beside the article', async () => {
    await vscode.window.showTextDocument(workspaceFile('articles/microsoft.compute/vm-clean.md'));
    await vscode.commands.executeCommand('selfhelp.showPreviewToSide');
    for (let i = 0; i < 100; i++) {
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
      if (tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('selfhelp.preview')))
        return;
      await sleep(100);
    }
    assert.fail(`no preview tab: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)).join(', ')}`);
  });
});
