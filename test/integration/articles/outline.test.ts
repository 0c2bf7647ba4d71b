import * as assert from 'assert';
import * as vscode from 'vscode';
import { workspaceFile } from '../helpers';

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

describe('outline and folding in a real VS Code', () => {
  it('document symbols hold the properties block with its attributes and the issueDescription block', async () => {
    const uri = workspaceFile('articles/microsoft.compute/vm-clean.md');
    await vscode.workspace.openTextDocument(uri);
    const symbols = flatten(
      (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ??
        [],
    );
    const block = symbols.find((s) => s.name === 'properties' && s.kind === vscode.SymbolKind.Namespace);
    assert.ok(block, symbols.map((s) => s.name).join(', '));
    assert.strictEqual(block.detail, 'diagnostics');
    assert.deepStrictEqual(block.children.map((c) => c.name).slice(0, 3), [
      'pageTitle',
      'description',
      'infoBubbleText',
    ]);
    assert.deepStrictEqual([block.range.start.line, block.range.end.line], [0, 11]);
    const marker = symbols.find((s) => s.name === 'issueDescription');
    assert.strictEqual(marker?.kind, vscode.SymbolKind.Event);
    assert.deepStrictEqual([marker.range.start.line, marker.range.end.line], [15, 17]);
  });

  it('folds the properties block and the issueDescription block', async () => {
    const uri = workspaceFile('articles/microsoft.compute/vm-clean.md');
    const ranges =
      (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri)) ?? [];
    const pairs = ranges.map((r) => [r.start, r.end]);
    assert.ok(
      pairs.some(([s, e]) => s === 0 && e === 11),
      JSON.stringify(pairs),
    );
    assert.ok(
      pairs.some(([s, e]) => s === 15 && e === 17),
      JSON.stringify(pairs),
    );
  });
});
