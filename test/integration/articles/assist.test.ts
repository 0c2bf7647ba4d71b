import * as assert from 'assert';
import * as vscode from 'vscode';
import { workspaceFile } from '../helpers';

const FILE = 'articles/microsoft.compute/vm-clean.md';

async function positionOf(document: vscode.TextDocument, search: string, delta = 0): Promise<vscode.Position> {
  const offset = document.getText().indexOf(search);
  assert.ok(offset >= 0, search);
  return document.positionAt(offset + delta);
}

describe('completions and hovers in a real VS Code', () => {
  it('completes selfHelpType values inside the quotes', async () => {
    const uri = workspaceFile(FILE);
    const document = await vscode.workspace.openTextDocument(uri);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, await positionOf(document, 'diagnostics"', 1));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('problemScopingQuestions') && labels.includes('TSG_Content'), labels.slice(0, 20).join());
  });

  it('offers a new GUID for articleId', async () => {
    const uri = workspaceFile(FILE);
    const document = await vscode.workspace.openTextDocument(uri);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, await positionOf(document, 'vm-clean-0001', 2));
    const guid = list.items.find((i) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(String(i.label)));
    assert.ok(guid, 'a GUID is offered');
  });

  it('shows an attribute\'s meaning on hover', async () => {
    const uri = workspaceFile(FILE);
    const document = await vscode.workspace.openTextDocument(uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, await positionOf(document, 'ownershipId', 3));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*ownershipId\*\*/);
    assert.match(text, /For `diagnostics` articles: required\./);
  });

  it('shows a replacement token\'s default text on hover', async () => {
    const uri = workspaceFile(FILE);
    const document = await vscode.workspace.openTextDocument(uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, await positionOf(document, '<!--$vmName-->', 6));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Default text: "your VM"/);
  });
});
