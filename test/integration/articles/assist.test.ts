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
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      uri,
      await positionOf(document, 'diagnostics"', 1),
    );
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('problemScopingQuestions') && labels.includes('TSG_Content'), labels.slice(0, 20).join());
  });

  it('offers a new GUID for articleId', async () => {
    const uri = workspaceFile(FILE);
    const document = await vscode.workspace.openTextDocument(uri);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      uri,
      await positionOf(document, 'vm-clean-0001', 2),
    );
    const guid = list.items.find((i) =>
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(String(i.label)),
    );
    assert.ok(guid, 'a GUID is offered');
  });

  it("shows an attribute's meaning on hover", async () => {
    const uri = workspaceFile(FILE);
    const document = await vscode.workspace.openTextDocument(uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      await positionOf(document, 'ownershipId', 3),
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*ownershipId\*\*/);
    assert.match(text, /For `diagnostics` articles: required\./);
  });

  it("shows a replacement token's default text on hover", async () => {
    const uri = workspaceFile(FILE);
    const document = await vscode.workspace.openTextDocument(uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      await positionOf(document, '<!--$vmName-->', 6),
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Default text: "your VM"/);
  });
});

describe('completions and hovers in the body', () => {
  it('completes replacement-token names after <!--$ and blade extensions after data-blade:', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content:
        '<properties\n\tpageTitle="x"\n\tselfHelpType="diagnostics"\n/>\n# T\n\n<!--$vmName-->your VM<!--/$vmName-->\n\nName: <!--$vm\n\n[open](data-blade:Microsoft_Azure_C\n',
    });
    const tokenAt = document.positionAt(document.getText().indexOf('<!--$vm\n') + '<!--$vm'.length);
    const tokens = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      tokenAt,
    );
    assert.ok(
      tokens.items.some((i) => i.label === 'vmName'),
      tokens.items
        .map((i) => String(i.label))
        .slice(0, 10)
        .join(),
    );
    const bladeAt = document.positionAt(document.getText().indexOf('Microsoft_Azure_C\n') + 'Microsoft_Azure_C'.length);
    const blades = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      bladeAt,
    );
    assert.ok(blades.items.some((i) => i.label === 'Microsoft_Azure_Compute'));
  });

  it('describes a blade link on hover, and stays quiet on a broken block', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content:
        '<properties\n\tpageTitle="x\n\tselfHelpType=\n# T\n\n[Boot](data-blade:Microsoft_Azure_Compute.BootBlade.id.$resourceId)\n',
    });
    const at = document.positionAt(document.getText().indexOf('BootBlade'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      at,
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Extension: `Microsoft_Azure_Compute`/);
    assert.match(text, /`id` = `\$resourceId`/);
    const inBroken = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      new vscode.Position(2, 5),
    );
    assert.ok(Array.isArray(inBroken));
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      new vscode.Position(2, 14),
    );
    assert.ok(Array.isArray(completions.items));
  });
});
