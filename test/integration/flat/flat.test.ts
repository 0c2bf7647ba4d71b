import * as assert from 'assert';
import * as vscode from 'vscode';
import { described, diagnosticsWhen, extensionApi, ruleOf, sleep, workspaceFile } from '../helpers';

const { Error: E } = vscode.DiagnosticSeverity;

describe('a flat folder of articles, without the repository layout or a configuration file', () => {
  it('checks an article opened there, and starts the workspace index', async () => {
    const uri = workspaceFile('storage-throttling.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await diagnosticsWhen(uri, (d) => d.some((x) => ruleOf(x) === 'SH502'));
    assert.deepStrictEqual(
      diagnostics.map(described).sort((a, b) => a.range[0] - b.range[0]),
      [
        {
          code: 'SH502',
          severity: E,
          range: [6, 12, 6, 35],
          message: 'articleId "storage-throttling-0001" is also used by storage-latency.md.',
        },
        {
          code: 'SH107',
          severity: E,
          range: [9, 1, 9, 15],
          message: '"supportToicIds" is a misspelling of "supportTopicIds"; the value is ignored.',
        },
        {
          code: 'SH202',
          severity: E,
          range: [14, 0, 14, 39],
          message: 'No space after "#": this line is not a heading. Write "# " before the text.',
        },
      ],
    );
    const related = diagnostics.find((d) => ruleOf(d) === 'SH502')!.relatedInformation ?? [];
    assert.deepStrictEqual(
      related.map((r) => r.location.uri.toString()),
      [workspaceFile('storage-latency.md').toString()],
    );
    assert.strictEqual((await extensionApi()).index.started, true);
  });

  it('leaves a plain Markdown file in the same window untouched', async () => {
    const notes = workspaceFile('notes.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(notes));
    // An article opened after it is checked once the plain file was handled.
    const article = workspaceFile('storage-latency.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
    await diagnosticsWhen(article, (d) => d.some((x) => ruleOf(x) === 'SH502'));
    await sleep(300);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(notes), []);
  });
});
