/** Not a test: sets the scene for the harness's screenshot (an article beside its preview). */
import * as vscode from 'vscode';
import type { RenderedEvent } from '../../../src/preview/preview-manager';
import { extensionApi, sleep, workspaceFile } from '../helpers';
import { say, SCREENSHOT_REQUEST } from '../protocol';

describe('screenshot scene', () => {
  it('shows an article beside its preview', async () => {
    // The secondary side bar (the Chat view, empty here) would take a fifth of the picture.
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar').then(undefined, () => undefined);
    // The web worker has no environment: there the scene shows its default article.
    const article =
      (typeof process === 'object' && process.env.SELFHELP_SCENE_ARTICLE) || 'articles/microsoft.compute/vm-faults.md';
    const uri = workspaceFile(article);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const api = await extensionApi();
    const shown = new Promise<RenderedEvent>((resolve) => api.preview.onDidRender(resolve));
    await vscode.commands.executeCommand('selfhelp.showPreviewToSide');
    await shown;
    await sleep(1500);
    say(SCREENSHOT_REQUEST);
    await sleep(3000);
  });
});
