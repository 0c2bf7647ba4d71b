import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsWhen } from '../helpers';

describe('snippets in a real VS Code', () => {
  for (const name of ['Article: diagnostics', 'Article: problemScopingQuestions']) {
    it(`"${name}" expands into an article with no error-level diagnostics`, async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
      const editor = await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
      assert.match(
        editor.document.getText(),
        /articleId="[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"/,
      );
      // Past the debounce, the expanded article has been checked: no error-level diagnostic.
      await new Promise((r) => setTimeout(r, 1000));
      const errors = vscode.languages
        .getDiagnostics(document.uri)
        .filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
      assert.deepStrictEqual(
        errors.map((d) => d.message),
        [],
      );
      // And the document is being checked: emptying selfHelpType brings an error at once.
      const typeLine = editor.document
        .getText()
        .split('\n')
        .findIndex((l) => l.includes('selfHelpType='));
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, editor.document.lineAt(typeLine).range, '\tselfHelpType=""');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await diagnosticsWhen(document.uri, (d) =>
        d.some(
          (x) => x.severity === vscode.DiagnosticSeverity.Error && (x.code as { value: string }).value === 'SH113',
        ),
      );
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  }
});
