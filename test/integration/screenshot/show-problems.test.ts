/** Not a test: sets the scene for the harness's screenshot (the faulty article with the Problems panel open). */
import * as vscode from 'vscode';
import { diagnosticsWhen, sleep, workspaceFile } from '../helpers';
import { say, SCREENSHOT_REQUEST } from '../protocol';

describe('screenshot scene', () => {
  it('shows an article with its problems', async () => {
    // The secondary side bar (the Chat view, empty here) would take a fifth of the picture.
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar').then(undefined, () => undefined);
    const uri = workspaceFile('articles/microsoft.compute/vm-faults.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await diagnosticsWhen(uri, (d) => d.length > 0);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await sleep(1500);
    say(SCREENSHOT_REQUEST);
    await sleep(3000);
  });
});
