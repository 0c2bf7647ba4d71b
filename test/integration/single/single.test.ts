import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeActionsWhen, described, diagnosticsWhen, EXTENSION_ID, extensionApi, ruleOf } from '../helpers';

const { Error: E, Warning: W } = vscode.DiagnosticSeverity;

describe('an article opened as a single file, in a window without a folder', () => {
  it('is checked, and no workspace index is started', async () => {
    assert.strictEqual(vscode.workspace.workspaceFolders, undefined, 'the window has no folder');
    // The fixture ships inside the extension's folder, so both hosts can reach it whatever the file system.
    const uri = vscode.Uri.joinPath(
      vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri,
      'test',
      'fixtures',
      'single',
      'lone-article.md',
    );
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await diagnosticsWhen(uri, (d) => d.length === 2);
    assert.deepStrictEqual(
      diagnostics.map(described).sort((a, b) => a.range[0] - b.range[0]),
      [
        {
          code: 'SH202',
          severity: E,
          range: [13, 0, 13, 27],
          message: 'No space after "#": this line is not a heading. Write "# " before the text.',
        },
        { code: 'SH301', severity: W, range: [21, 58, 21, 64], message: 'Remove the locale "en-us" from this link.' },
      ],
    );
    assert.strictEqual((await extensionApi()).index.started, false);

    const heading = diagnostics.find((d) => ruleOf(d) === 'SH202')!;
    const actions = await codeActionsWhen(uri, heading.range, vscode.CodeActionKind.QuickFix.value, (list) =>
      list.some((x) => x.isPreferred),
    );
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, `a preferred quick fix for SH202 among ${actions.map((a) => a.title).join(' | ')}`);
    assert.deepStrictEqual(
      fix.edit.get(uri).map((e) => e.newText),
      [' '],
    );
  });

  it("checks an article on a virtual file system, as github.dev's vscode-vfs serves them", async () => {
    const text = new TextEncoder().encode(
      '<properties\n\tpageTitle="Virtual"\n\tselfHelpType="generic"\n/>\n#Virtual\n',
    );
    const changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
    const provider: vscode.FileSystemProvider = {
      onDidChangeFile: changes.event,
      watch: () => new vscode.Disposable(() => undefined),
      stat: () => ({ type: vscode.FileType.File, ctime: 0, mtime: 0, size: text.length }),
      readDirectory: () => [],
      createDirectory: () => undefined,
      readFile: () => text,
      writeFile: () => undefined,
      delete: () => undefined,
      rename: () => undefined,
    };
    const registration = vscode.workspace.registerFileSystemProvider('selfhelp-test', provider, { isReadonly: true });
    try {
      const uri = vscode.Uri.parse('selfhelp-test:/articles/virtual.md');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const diagnostics = await diagnosticsWhen(uri, (d) => d.some((x) => ruleOf(x) === 'SH202'));
      assert.deepStrictEqual(diagnostics.find((d) => ruleOf(d) === 'SH202')!.range.start.line, 4);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      registration.dispose();
      changes.dispose();
    }
  });
});
