import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsWhen, EXTENSION_ID, sleep, workspaceFile } from '../helpers';

const FAULTY = 'articles/microsoft.compute/vm-faults.md';
const docs = (anchor: string) =>
  `https://github.com/selfhelp-authoring/selfhelp-authoring/blob/main/docs/rules.md#${anchor}`;

interface Expected {
  code: string;
  anchor: string;
  severity: vscode.DiagnosticSeverity;
  range: [number, number, number, number];
  message: string;
}

function describeDiagnostic(d: vscode.Diagnostic): Expected {
  const code = d.code as { value: string; target: vscode.Uri };
  return {
    code: code.value,
    anchor: code.target.toString(true),
    severity: d.severity,
    range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
    message: d.message,
  };
}

const byPlace = (a: vscode.Diagnostic, b: vscode.Diagnostic) => a.range.start.compareTo(b.range.start);

describe('diagnostics in a real VS Code', () => {
  it('the extension is active in a workspace of articles', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'the extension under development is loaded');
    await extension.activate();
    assert.strictEqual(extension.isActive, true);
  });

  it('publishes exact diagnostics for an article with known faults', async () => {
    const uri = workspaceFile(FAULTY);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await diagnosticsWhen(uri, (d) => d.length === 4);
    assert.deepStrictEqual([...diagnostics].sort(byPlace).map(describeDiagnostic), [
      {
        code: 'SH117',
        anchor: docs('sh117-page-title-style'),
        severity: vscode.DiagnosticSeverity.Warning,
        range: [1, 42, 1, 43],
        message: 'pageTitle ends with a period.',
      },
      {
        code: 'SH109',
        anchor: docs('sh109-attribute-case'),
        severity: vscode.DiagnosticSeverity.Warning,
        range: [6, 1, 6, 10],
        message: 'Write "articleId" instead of "articleid".',
      },
      {
        code: 'SH114',
        anchor: docs('sh114-cloud-environments'),
        severity: vscode.DiagnosticSeverity.Error,
        range: [9, 37, 9, 47],
        message:
          'Unknown cloud "azurechina" in cloudEnvironments; expected one of public, fairfax, mooncake, blackforest, usnat, ussec.',
      },
      {
        code: 'SH301',
        anchor: docs('sh301-link-locale'),
        severity: vscode.DiagnosticSeverity.Warning,
        range: [17, 47, 17, 53],
        message: 'Remove the locale "en-us" from this link.',
      },
    ]);
    assert.ok(diagnostics.every((d) => d.source === 'selfhelp'));
  });

  it('updates the diagnostics as the document is edited', async () => {
    const uri = workspaceFile(FAULTY);
    const document = await vscode.workspace.openTextDocument(uri);
    const edit = new vscode.WorkspaceEdit();
    const line = document.lineAt(6);
    edit.replace(uri, line.range, '\tarticleId="vm-faults-0001"');
    edit.insert(uri, document.lineAt(document.lineCount - 1).range.end, '\n2. Read [the boot guide](https://)\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const diagnostics = await diagnosticsWhen(
      uri,
      (d) =>
        !d.some((x) => (x.code as { value: string }).value === 'SH109') &&
        d.some((x) => (x.code as { value: string }).value === 'SH304'),
    );
    const placeholder = diagnostics.find((d) => (d.code as { value: string }).value === 'SH304')!;
    assert.strictEqual(placeholder.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(
      placeholder.range.start.line,
      document
        .getText()
        .split(/\r?\n/)
        .findIndex((l) => l.includes('[the boot guide]')),
    );
    assert.strictEqual(
      placeholder.message,
      'The link "the boot guide" has a placeholder target "https://"; link to the real page or remove the link.',
    );
    assert.strictEqual(diagnostics.length, 4);
  });

  it('clears the diagnostics when an article is closed', async () => {
    // An untitled article: reverting and closing its editor disposes the document at once.
    const text = (await vscode.workspace.openTextDocument(workspaceFile(FAULTY))).getText();
    const untitled = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(untitled);
    await diagnosticsWhen(untitled.uri, (d) => d.length > 0);
    const closed = new Promise<void>((resolve) => {
      const subscription = vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() === untitled.uri.toString()) {
          subscription.dispose();
          resolve();
        }
      });
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
    await diagnosticsWhen(untitled.uri, (d) => d.length === 0);
  });

  it('clears the diagnostics when a document stops being Markdown', async () => {
    const uri = workspaceFile(FAULTY);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await diagnosticsWhen(uri, (d) => d.length > 0);
    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    await diagnosticsWhen(uri, (d) => d.length === 0);
    await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    await diagnosticsWhen(uri, (d) => d.length > 0);
  });

  it('gives a plain Markdown file no diagnostics and a clean article none either', async () => {
    const notes = workspaceFile('notes.md');
    const clean = workspaceFile('articles/microsoft.compute/vm-clean.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(notes));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(clean));
    // The faulty article is linted after both were opened: once its diagnostics arrive, the others were handled.
    const faulty = workspaceFile(FAULTY);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(faulty));
    await diagnosticsWhen(faulty, (d) => d.length === 4);
    await sleep(300);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(notes), []);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(clean), []);
  });
});

describe('a huge article', () => {
  it('is not checked in the editor, and says so with one information diagnostic', async () => {
    const content =
      '<properties\n\tpageTitle="Huge"\n\tselfHelpType="generic"\n/>\n# Huge\n\n' +
      'Words and [a link](https://) here.\n\n'.repeat(70_000);
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(document);
    const diagnostics = await diagnosticsWhen(document.uri, (d) => d.length > 0);
    assert.deepStrictEqual(
      diagnostics.map((d) => [d.severity, d.message]),
      [
        [
          vscode.DiagnosticSeverity.Information,
          'Not checked in the editor: larger than 2 million characters (the selfhelp CLI checks it).',
        ],
      ],
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
