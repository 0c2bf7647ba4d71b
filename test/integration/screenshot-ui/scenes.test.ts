/** Not a test: sets one scene of the README's pictures (SELFHELP_SCENE) for the harness's screenshot. */
import * as vscode from 'vscode';
import { codeActionsWhen, diagnosticsWhen, extensionApi, sleep, workspaceFile } from '../helpers';
import { say, SCREENSHOT_REQUEST } from '../protocol';

const SCENES: Record<string, () => Promise<void>> = {
  /** The light bulb's menu on a lower-case attribute name: the rule's fix first, then the others. */
  async quickfix() {
    const uri = workspaceFile('articles/microsoft.compute/vm-fixes.md');
    const editor = await vscode.window.showTextDocument(uri);
    const diagnostics = await diagnosticsWhen(uri, (d) => d.length > 0);
    const casing = diagnostics.find((d) => (d.code as { value: string }).value === 'SH109') ?? diagnostics[0];
    await codeActionsWhen(uri, casing.range, undefined, (a) => a.length > 1);
    editor.selection = new vscode.Selection(casing.range.start, casing.range.start);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('editor.action.quickFix');
  },
  /** Completions in the properties block: the attributes the article still needs, first. */
  async completions() {
    const uri = workspaceFile('articles/microsoft.compute/vm-clean.md');
    const editor = await vscode.window.showTextDocument(uri);
    await diagnosticsWhen(uri, () => true);
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('/>'));
    await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), '\t\n'));
    editor.selection = new vscode.Selection(line, 1, line, 1);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
  },
  /** Set Diagnostic Scenario…: the catalogue's pick, ranked for the article. */
  async catalogue() {
    const uri = workspaceFile('articles/microsoft.compute/vm-clean.md');
    await vscode.window.showTextDocument(uri);
    await diagnosticsWhen(uri, () => true);
    await (await extensionApi()).index.ready;
    await sleep(1000);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    void vscode.commands.executeCommand('selfhelp.setDiagnosticScenario');
  },
  /** Check All Articles with the Articles view open. */
  async articles() {
    const api = await extensionApi();
    await api.index.ready;
    await sleep(1000);
    await vscode.commands.executeCommand('selfhelp.checkAllArticles');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('selfhelp.articles.focus');
    await sleep(500);
    // The view follows the active editor: the article is revealed in its group.
    await vscode.window.showTextDocument(workspaceFile('articles/microsoft.compute/vm-faults.md'), { preserveFocus: true });
  },
};

describe('screenshot scene', () => {
  it(`sets the scene "${process.env.SELFHELP_SCENE}"`, async () => {
    await SCENES[process.env.SELFHELP_SCENE ?? '']();
    await sleep(2500);
    say(SCREENSHOT_REQUEST);
    await sleep(3000);
  });
});
