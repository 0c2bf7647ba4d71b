import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsWhen, workspaceFile } from '../helpers';

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

  it('offers ownershipId values that the workspace\'s articles use', async () => {
    const uri = workspaceFile('articles/microsoft.compute/vm-clean.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const offset = document.getText().indexOf('Compute_VirtualMachines');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, document.positionAt(offset + 2));
    const labels = list.items.map((i) => String(typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('AppService_WebApps'), labels.join());
  });
});
