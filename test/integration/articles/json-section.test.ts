/** The JSON section of a form in a real VS Code (both hosts): schema help, the form's language, outline, formatting. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsWhen, workspaceFile } from '../helpers';

const FORM = 'articles/microsoft.compute/vm-scoping.md';

async function openForm(): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(workspaceFile(FORM));
}

function at(document: vscode.TextDocument, search: string, delta = 0): vscode.Position {
  const offset = document.getText().indexOf(search);
  assert.ok(offset >= 0, search);
  return document.positionAt(offset + delta);
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

async function completions(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    position,
  );
  return list.items.map(labelOf);
}

/** An untitled article holding this JSON section (edits to it reach no file). */
async function untitledForm(json: string): Promise<vscode.TextDocument> {
  const fixture = (await openForm()).getText();
  const head = fixture.slice(0, fixture.indexOf('---\n') + 4);
  return vscode.workspace.openTextDocument({ language: 'markdown', content: `${head}${json}\n---\n` });
}

describe('the JSON section in a real VS Code', () => {
  it('completes a controlType value from the schema', async () => {
    const document = await openForm();
    const labels = await completions(document, at(document, '"textbox"', 1));
    for (const type of ['"dropdown"', '"multilinetextbox"', '"radiobuttongroup"', '"infoblock"'])
      assert.ok(labels.includes(type), `${type} in ${labels.slice(0, 20).join(' ')}`);
  });

  it('completes a new key of an element: the keys it does not have yet', async () => {
    const document = await openForm();
    const labels = await completions(document, at(document, '"required": false', 0));
    assert.ok(labels.includes('infoBalloonText') && labels.includes('useAsAdditionalDetails'), labels.join(' '));
    assert.ok(!labels.includes('displayLabel'), 'a key the element has is not offered again');
  });

  it('shows what a key does on hover', async () => {
    const document = await openForm();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      at(document, 'useAsAdditionalDetails', 3),
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /ticket's free-text details/);
  });

  it('completes the ids of the other elements in a visibility value, then the values of the one named', async () => {
    const document = await openForm();
    const ids = await completions(document, at(document, 'vm_os == windows', 0));
    assert.ok(ids.includes('vm_os') && ids.includes('problem_description'), ids.join(' '));
    assert.ok(!ids.includes('windows_error'), 'not the element itself');
    const values = await completions(document, at(document, 'vm_os == windows', 'vm_os == '.length));
    assert.deepStrictEqual(values.filter((v) => ['windows', 'linux', 'dont_know_answer'].includes(v)).sort(), [
      'dont_know_answer',
      'linux',
      'windows',
    ]);
  });

  it('goes to the element from a visibility clause, and finds every place that names it', async () => {
    const document = await openForm();
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      at(document, 'vm_os == windows', 2),
    );
    const target = definitions.map((d) => ('targetRange' in d ? d.targetRange : d.range));
    assert.ok(
      target.some((r) => r.start.isEqual(at(document, '"vm_os"', 1))),
      JSON.stringify(target),
    );
    const references = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      document.uri,
      at(document, '"vm_os"', 2),
    );
    assert.deepStrictEqual(
      references.map((r) => document.getText(r.range)),
      ['vm_os', 'vm_os'],
    );
  });

  it('renames an element id and every clause that names it in one edit, and refuses an id in use', async () => {
    const document = await openForm();
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      document.uri,
      at(document, '"vm_os"', 2),
      'operating_system',
    );
    const edits = edit.get(document.uri);
    assert.deepStrictEqual(
      edits.map((e) => [document.getText(e.range), e.newText]),
      [
        ['vm_os', 'operating_system'],
        ['vm_os', 'operating_system'],
      ],
    );
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand(
          'vscode.executeDocumentRenameProvider',
          document.uri,
          at(document, '"vm_os"', 2),
          'problem_description',
        ),
      ),
      /already has the id "problem_description"/,
    );
  });

  it('lists the form elements under the JSON section in the outline', async () => {
    const document = await openForm();
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    );
    const json = symbols.find((s) => s.name === 'JSON');
    assert.ok(json, symbols.map((s) => s.name).join());
    assert.deepStrictEqual(
      json.children.map((c) => c.name),
      ['problem_start_time', 'vm_os', 'windows_error', 'problem_description'],
    );
    assert.match(json.children[1].detail, /Which operating system/);
  });

  it('formats a section written on one line in the indentation the file uses, and nothing outside it', async () => {
    const document = await untitledForm(
      '{"$schema": "SelfHelpContent", "formElements": [{"id": "a", "order": 1, "controlType": "textbox"}]}',
    );
    const before = document.getText();
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>(
      'vscode.executeFormatDocumentProvider',
      document.uri,
      { tabSize: 4, insertSpaces: true },
    );
    assert.ok(edits.length > 0, 'the section is laid out');
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = document.getText();
    const sectionStart = before.indexOf('---\n') + 4;
    assert.strictEqual(after.slice(0, sectionStart), before.slice(0, sectionStart), 'the block and the H1 untouched');
    assert.ok(after.endsWith('}\n---\n'), after.slice(-40));
    assert.ok(after.includes('\n  "formElements": [\n    {\n      "id": "a",'), after.slice(sectionStart));
    JSON.parse(after.slice(sectionStart, after.lastIndexOf('---')));
  });

  it("folds the section's objects and arrays", async () => {
    const document = await openForm();
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>(
      'vscode.executeFoldingRangeProvider',
      document.uri,
    );
    const options = at(document, '"dropdownOptions"').line;
    assert.ok(
      ranges.some((r) => r.start === options),
      JSON.stringify(ranges),
    );
  });

  it('inserts a complete element of a control type after the element at the cursor, with the next free order and an unused id, as one undo step', async () => {
    const fixture = (await openForm()).getText();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: fixture });
    const editor = await vscode.window.showTextDocument(document);
    const inside = at(document, '"Which operating system');
    editor.selection = new vscode.Selection(inside, inside);
    assert.ok(await vscode.commands.executeCommand('selfhelp.insertFormElement', { controlType: 'dropdown' }));
    const text = document.getText();
    const inserted = text.indexOf('"id": "new_dropdown"');
    assert.ok(inserted > text.indexOf('"id": "vm_os"') && inserted < text.indexOf('"id": "windows_error"'), text);
    assert.match(text, /\n {4}\{\n {6}"id": "new_dropdown",\n {6}"order": 4,\n {6}"controlType": "dropdown",/);
    assert.match(text.slice(inserted), /"value": "dont_know_answer"/);
    const section = text.slice(text.indexOf('---\n') + 4, text.lastIndexOf('---'));
    assert.doesNotThrow(() => JSON.parse(section), 'still strict JSON');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), fixture, 'one undo takes it all away');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('reports a dropdown without options, and its quick fix adds the options skeleton', async () => {
    const document = await untitledForm(
      '{\n  "$schema": "SelfHelpContent",\n  "formElements": [\n    {\n      "id": "os",\n      "order": 1,\n      "controlType": "dropdown",\n      "displayLabel": "Which OS?"\n    }\n  ]\n}',
    );
    await vscode.window.showTextDocument(document);
    const diagnostics = await diagnosticsWhen(document.uri, (d) =>
      d.some((x) => (x.code as { value: string })?.value === 'SH407'),
    );
    const finding = diagnostics.find((x) => (x.code as { value: string }).value === 'SH407')!;
    assert.strictEqual(finding.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(document.getText(finding.range), '"dropdown"');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      finding.range,
    );
    const add = actions.find((a) => a.title === 'Add "dropdownOptions" to fill in');
    assert.ok(add?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(add.edit));
    assert.match(document.getText(), /"dropdownOptions": \[/);
    await diagnosticsWhen(document.uri, (d) => !d.some((x) => (x.code as { value: string })?.value === 'SH407'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
