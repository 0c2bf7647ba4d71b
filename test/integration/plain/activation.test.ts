import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, sleep, workspaceFile } from '../helpers';

describe('a workspace without articles', () => {
  it('opening a plain Markdown file neither activates the extension nor gives diagnostics', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'the extension under development is installed');
    const notes = workspaceFile('notes.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(notes));
    await sleep(2000);
    assert.strictEqual(extension.isActive, false);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(notes), []);
  });
});
