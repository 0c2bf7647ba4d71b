import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsWhen, extensionApi, workspaceFile } from '../helpers';

const ruleOf = (d: vscode.Diagnostic) => (d.code as { value: string }).value;
const duplicate = (d: readonly vscode.Diagnostic[]) => d.find((x) => ruleOf(x) === 'SH502');

describe('the workspace index', () => {
  it('reports a duplicate articleId in both files, each pointing to the other, and clears it when one changes', async () => {
    const a = workspaceFile('articles/microsoft.web/dup-a.md');
    const b = workspaceFile('articles/microsoft.web/dup-b.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(a));
    const inA = duplicate(await diagnosticsWhen(a, (d) => !!duplicate(d)))!;
    assert.strictEqual(inA.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(inA.message, 'articleId "web-errors-0001" is also used by articles/microsoft.web/dup-b.md.');
    assert.deepStrictEqual([inA.range.start.line, inA.range.start.character, inA.range.end.character], [5, 12, 27]);
    assert.strictEqual(inA.relatedInformation?.[0].location.uri.toString(), b.toString());
    assert.strictEqual(inA.relatedInformation?.[0].location.range.start.line, 5);

    const documentB = await vscode.workspace.openTextDocument(b);
    await vscode.window.showTextDocument(documentB);
    const inB = duplicate(await diagnosticsWhen(b, (d) => !!duplicate(d)))!;
    assert.strictEqual(inB.relatedInformation?.[0].location.uri.toString(), a.toString());

    const edit = new vscode.WorkspaceEdit();
    edit.replace(b, documentB.lineAt(5).range, '\tarticleId="web-errors-0002"');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await diagnosticsWhen(b, (d) => !duplicate(d));
    await diagnosticsWhen(a, (d) => !duplicate(d));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a rebuild keeps exactly what the search finds: articles the setting no longer covers go, then come back', async () => {
    const api = await extensionApi();
    const config = () => vscode.workspace.getConfiguration('selfhelp');
    await api.index.rebuild();
    // The view's tree built again from the index as it is now (the view itself waits 200 ms for more changes).
    const paths = async () => {
      api.articles.refresh();
      return (await api.articles.getChildren()).map((n) => String(api.articles.getTreeItem(n).label));
    };
    const files = async (): Promise<string[]> => {
      api.articles.refresh();
      const found: string[] = [];
      const walk = async (node?: Parameters<typeof api.articles.getChildren>[0]) => {
        for (const child of await api.articles.getChildren(node)) {
          if (child.kind === 'article') found.push(child.article.path);
          else await walk(child);
        }
      };
      await walk();
      // Only files on disk: another suite's article deleted a moment ago may still be on its way out of the index.
      const onDisk = await Promise.all(
        found.map((path) =>
          vscode.workspace.fs.stat(workspaceFile(path)).then(
            () => true,
            () => false,
          ),
        ),
      );
      return found.filter((_, i) => onDisk[i]).sort();
    };
    const allFiles = await files();
    const webFiles = allFiles.filter((path) => path.startsWith('articles/microsoft.web/'));
    assert.ok(webFiles.length > 0 && webFiles.length < allFiles.length, allFiles.join());
    assert.deepStrictEqual(await paths(), ['microsoft.compute', 'microsoft.web']);
    try {
      await config().update('articles', ['articles/microsoft.web/**/*.md'], vscode.ConfigurationTarget.Workspace);
      // The rebuild reads the articles it held while the search runs: those outside the new setting must still go.
      await api.index.rebuild();
      assert.deepStrictEqual(await files(), webFiles);
      assert.deepStrictEqual(await paths(), ['microsoft.web']);
    } finally {
      await config().update('articles', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await api.index.rebuild();
    assert.deepStrictEqual(await files(), allFiles);
    assert.deepStrictEqual(await paths(), ['microsoft.compute', 'microsoft.web']);
  });

  it("offers ownershipId values that the workspace's articles use", async () => {
    const uri = workspaceFile('articles/microsoft.compute/vm-clean.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const offset = document.getText().indexOf('Compute_VirtualMachines');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      uri,
      document.positionAt(offset + 2),
    );
    const labels = list.items.map((i) => String(typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('AppService_WebApps'), labels.join());
  });
});
