/**
 * What ships: the packaged .vsix, installed into the real VS Code as a user installs it (the harness runs
 * `--install-extension`), not loaded as a folder under development.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Api } from '../../../src/extension';
import { diagnosticsWhen, EXTENSION_ID, ruleOf, workspaceFile } from '../helpers';

describe('the installed .vsix', () => {
  let api: Api;

  it('is installed from the package, not from the repository', async () => {
    const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    assert.ok(extension, 'installed');
    assert.match(
      extension.extensionPath.replace(/\\/g, '/'),
      /\/extensions\/selfhelp-authoring\.selfhelp-authoring-\d+\.\d+\.\d+$/,
    );
    assert.strictEqual(extension.packageJSON.icon, 'media/icon.png');
    api = await extension.activate();
  });

  it('checks an article with faults: its diagnostics appear', async () => {
    const uri = workspaceFile('articles/microsoft.compute/vm-faults.md');
    await vscode.window.showTextDocument(uri);
    const diagnostics = await diagnosticsWhen(uri, (d) => d.some((x) => ruleOf(x) === 'SH114'));
    assert.ok(diagnostics.length >= 3, diagnostics.map(ruleOf).join(', '));
  });

  it('opens the preview, whose page reports the article', async () => {
    const uri = workspaceFile('articles/microsoft.compute/vm-clean.md');
    await vscode.window.showTextDocument(uri);
    const rendered = new Promise<string>((resolve) => {
      const subscription = api.preview.onDidRender((e) => {
        if (e.uri !== uri.toString()) return;
        subscription.dispose();
        resolve(e.text);
      });
    });
    await vscode.commands.executeCommand('selfhelp.showPreviewToSide');
    assert.match(await rendered, /Recommended Steps/);
  });
});
