/** Not a test: sets the scene for the harness's screenshot (the faulty article with the Problems panel open). */
import * as vscode from 'vscode';
import { SCREENSHOT_REQUEST } from '../../harness/runTests';
import { diagnosticsWhen, sleep, workspaceFile } from '../helpers';
import { OUTPUT_MARKER } from '../index';

describe('screenshot scene', () => {
  it('shows an article with its problems', async () => {
    const uri = workspaceFile('articles/microsoft.compute/vm-faults.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await diagnosticsWhen(uri, (d) => d.length > 0);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await sleep(1500);
    console.log(OUTPUT_MARKER + SCREENSHOT_REQUEST);
    await sleep(3000);
  });
});
