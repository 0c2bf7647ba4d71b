import * as assert from 'assert';
import * as vscode from 'vscode';
import type { RenderedEvent } from '../../../src/preview/preview-manager';
import { EXTENSION_ID, extensionApi, workspaceFile } from '../helpers';
import { OUTPUT_MARKER } from '../protocol';

/** The next report of the page's own script that satisfies `accept`. */
async function renderedWhen(accept: (e: RenderedEvent) => boolean, timeoutMs = 20_000): Promise<RenderedEvent> {
  const api = await extensionApi();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error('the preview page did not report the expected content'));
    }, timeoutMs);
    const subscription = api.preview.onDidRender((e) => {
      if (!accept(e)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(e);
    });
  });
}

describe('the preview', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens beside an article and its page shows the article as customers see it', async () => {
    const uri = workspaceFile('articles/microsoft.compute/vm-clean.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const shown = renderedWhen((e) => e.uri === uri.toString());
    await vscode.commands.executeCommand('selfhelp.showPreviewToSide');
    const page = await shown;
    assert.match(page.text, /Your virtual machine restarted\. See details on the right/);
    assert.match(page.text, /Your virtual machine your VM restarted\./);
    assert.match(page.text, /Recommended Steps/);
    assert.doesNotMatch(page.text, /pageTitle|<!--|issueDescription/);
    assert.strictEqual((await extensionApi()).preview.previewed?.toString(), uri.toString());
  });

  it('updates after an edit: the page reports the new version and text', async () => {
    const uri = workspaceFile('articles/microsoft.compute/vm-clean.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, document.lineAt(document.lineCount - 1).range.end, '\n2. Check the boot diagnostics.\n');
    const updated = renderedWhen((e) => e.uri === uri.toString() && /Check the boot diagnostics/.test(e.text));
    assert.ok(await vscode.workspace.applyEdit(edit));
    const page = await updated;
    assert.strictEqual(page.version, document.version);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('follows the active article', async () => {
    const other = workspaceFile('articles/microsoft.compute/vm-faults.md');
    const followed = renderedWhen((e) => e.uri === other.toString());
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(other), vscode.ViewColumn.One);
    const page = await followed;
    assert.ok(page.text.length > 100);
  });
});

describe('the built-in Markdown preview', () => {
  it('renders the properties block as a metadata card and marks the tokens', async function () {
    // VS Code's Markdown extension takes plugins from extensions in its own extension host. In the browser tests here
    // it runs in the remote Node host beside the worker that holds ours (github.dev has no remote: both run in the
    // worker).
    const markdown = vscode.extensions.getExtension('vscode.markdown-language-features');
    const ours = vscode.extensions.getExtension(EXTENSION_ID)!;
    if (markdown?.extensionKind !== ours.extensionKind) {
      console.log(
        `${OUTPUT_MARKER}      (skipped: the Markdown extension runs in another extension host here, ${markdown?.extensionKind} vs ${ours.extensionKind})`,
      );
      this.skip();
    }
    const document = await vscode.workspace.openTextDocument(workspaceFile('articles/microsoft.compute/vm-clean.md'));
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', document.getText());
    assert.match(
      html,
      /<div class="selfhelp-properties"[^>]*><div class="selfhelp-properties-facts"><span><span class="selfhelp-properties-name">selfHelpType<\/span> diagnostics<\/span>/,
    );
    assert.match(html, /<span class="selfhelp-token" title="Replacement token \$vmName: its default">your VM<\/span>/);
    assert.doesNotMatch(html, /&lt;properties/);
  });
});

describe('the preview and the editor scroll together', () => {
  it('the page follows the editor to a line further down', async () => {
    const uri = workspaceFile('articles/microsoft.compute/vm-clean.md');
    const document = await vscode.workspace.openTextDocument(uri);
    // A long article, so that there is somewhere to scroll to.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(
      uri,
      document.lineAt(document.lineCount - 1).range.end,
      Array.from({ length: 120 }, (_, i) => `\n${i + 2}. Step number ${i + 2}.`).join('') + '\n',
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const api = await extensionApi();
    const long = renderedWhen((e) => e.uri === uri.toString() && /Step number 121/.test(e.text));
    await vscode.commands.executeCommand('selfhelp.showPreviewToSide');
    await long;
    const target = document
      .getText()
      .split('\n')
      .findIndex((l) => l.includes('Step number 80.'));
    const followed = new Promise<number>((resolve) => {
      const subscription = api.preview.onDidScrollPage((line) => {
        if (line < target - 5) return;
        subscription.dispose();
        resolve(line);
      });
    });
    editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
    const line = await followed;
    assert.ok(line >= target - 5 && line <= target + 1, `the page's top line ${line}, the editor's ${target}`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
