import * as assert from 'assert';
import * as vscode from 'vscode';
import { described, diagnosticsWhen, extensionApi, sleep, workspaceFile } from '../helpers';

const ARTICLE = [
  '<properties',
  '\tpageTitle="Pasted article"',
  '\tdescription="An article pasted into a new file"',
  '\tservice="microsoft.web"',
  '\tresource="sites"',
  '\tarticleId="pasted-0001"',
  '\tselfHelpType="generic"',
  '\tsupportTopicIds="32630434"',
  '\tproductPesIds="16170"',
  '\tcloudEnvironments="public"',
  '\townershipId="AppService_WebApps"',
  '/>',
  '',
  '#Pasted article',
  '',
  'Some text.',
  '',
].join('\n');

describe('a workspace without articles', () => {
  it('a plain Markdown file gets no diagnostics, and no workspace index is started', async () => {
    const notes = workspaceFile('notes.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(notes));
    const api = await extensionApi();
    await sleep(1000);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(notes), []);
    assert.strictEqual(api.index.started, false);
  });

  it('an article pasted into an untitled buffer is checked; the plain file stays untouched', async () => {
    const untitled = await vscode.workspace.openTextDocument({ language: 'markdown' });
    const editor = await vscode.window.showTextDocument(untitled);
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), ARTICLE)));
    const diagnostics = await diagnosticsWhen(untitled.uri, (d) => d.length > 0);
    assert.deepStrictEqual(diagnostics.map(described), [
      {
        code: 'SH202',
        severity: vscode.DiagnosticSeverity.Error,
        range: [13, 0, 13, 15],
        message: 'No space after "#": this line is not a heading. Write "# " before the text.',
      },
    ]);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(workspaceFile('notes.md')), []);
    assert.strictEqual((await extensionApi()).index.started, false);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
