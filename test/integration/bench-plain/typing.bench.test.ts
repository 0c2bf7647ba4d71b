/**
 * Not a test: a workspace of plain Markdown files and no article, with the extension and without it
 * (npm run bench:vscode runs this suite both ways): opening a file and typing in it should cost the same.
 */
import * as vscode from 'vscode';
import type { Api } from '../../../src/extension';
import { EXTENSION_ID, longestTimerDelay, sleep, workspaceFile } from '../helpers';
import { EXPECTED_HOST, say } from '../protocol';

const EDITS = 400;

describe('typing in a plain Markdown file', () => {
  it('times opening, activation and typing', async () => {
    const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    const uri = workspaceFile('notes/00/note-00000.md');
    const openStart = performance.now();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const opened = performance.now() - openStart;
    // Whatever opening the file starts (activation, a search for articles) settles before the typing is timed.
    await sleep(5000);
    const typingStart = performance.now();
    const { longestMs: longestDelay } = await longestTimerDelay(async () => {
      for (let i = 0; i < EDITS; i++) {
        const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
        await editor.edit((b) => b.insert(end, i % 40 === 39 ? '\n' : 'x'));
      }
    });
    const perEdit = (performance.now() - typingStart) / EDITS;
    const files = (await vscode.workspace.findFiles('**/*.md')).length;
    const api = extension?.isActive ? extension.exports : undefined;
    const who = extension
      ? `with the extension (${extension.isActive ? `active, activate ${api!.activation.ms.toFixed(1)} ms, index ${api!.index.started ? 'STARTED' : 'not started'}` : 'not active'})`
      : 'without the extension';
    say(
      `plain (${EXPECTED_HOST} host), ${files} Markdown files, ${who}: opened in ${Math.round(opened)} ms; ${EDITS} typed edits ${perEdit.toFixed(2)} ms each; longest timer delay while typing ${Math.round(longestDelay)} ms`,
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
