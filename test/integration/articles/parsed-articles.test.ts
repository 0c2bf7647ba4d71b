import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsWhen, extensionApi, sleep } from '../helpers';

const ARTICLE = [
  '<properties pageTitle="Shared parse" description="One parse a version" selfHelpType="generic" supportTopicIds="" resourceTags="" productPesIds="" cloudEnvironments="public" articleId="shared-parse-0001" ownershipId="Compute_VirtualMachines" />',
  '# Shared parse',
  '',
  'Some text with a token <!--$vmName-->your VM<!--/$vmName-->.',
  '',
].join('\n');

describe('one parse a document version, shared by every feature', () => {
  it('diagnostics, outline, folding, completions, hovers and code actions read the same parse; an edit parses once more; closing forgets it', async () => {
    const api = await extensionApi();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: ARTICLE });
    await vscode.window.showTextDocument(document);
    await diagnosticsWhen(document.uri, () => true);
    await sleep(500);
    let parses = 0;
    const counting = api.onDidTrace((e) => e.kind === 'parse' && e.uri === document.uri.toString() && parses++);
    const position = document.positionAt(ARTICLE.indexOf('vmName') + 2);
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
    await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', document.uri);
    await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, position);
    await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position);
    await vscode.commands.executeCommand(
      'vscode.executeCodeActionProvider',
      document.uri,
      new vscode.Range(0, 0, 0, 5),
    );
    assert.strictEqual(parses, 0, 'no feature parsed the unchanged document again');
    assert.ok(api.parsed.holds(document.uri));

    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(4, 0), 'More text.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
    await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position);
    await sleep(800);
    assert.strictEqual(parses, 1, 'the new version is parsed once');
    counting.dispose();

    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    for (let i = 0; i < 50 && api.parsed.holds(document.uri); i++) await sleep(100);
    assert.ok(!api.parsed.holds(document.uri), 'forgotten once closed');
  });
});
