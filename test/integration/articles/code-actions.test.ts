import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeActionsWhen, diagnosticsWhen, workspaceFile } from '../helpers';

const FILE = 'articles/microsoft.compute/vm-fixes.md';
const ruleOf = (d: vscode.Diagnostic) => (d.code as { value: string }).value;

async function open(): Promise<{ uri: vscode.Uri; document: vscode.TextDocument; diagnostics: vscode.Diagnostic[] }> {
  const uri = workspaceFile(FILE);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const diagnostics = await diagnosticsWhen(uri, (d) => d.length > 0);
  return { uri, document, diagnostics };
}

/** The actions at the range, once the workbench has the diagnostics to offer them for. */
const actionsAt = (uri: vscode.Uri, range: vscode.Range, kind?: string) =>
  codeActionsWhen(uri, range, kind, (actions) => actions.length > 0);

describe('quick fixes and code actions', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it("offers the rule's fix as the preferred quick fix; applying it changes the text and the diagnostic goes", async () => {
    const { uri, document, diagnostics } = await open();
    const casing = diagnostics.find((d) => ruleOf(d) === 'SH109')!;
    const actions = await actionsAt(uri, casing.range);
    const fix = actions.find((a) => a.title === 'Rename to articleId');
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.strictEqual(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.strictEqual(document.lineAt(6).text, '\tarticleId="vm-fixes-0001"');
    await diagnosticsWhen(uri, (d) => !d.some((x) => ruleOf(x) === 'SH109') && d.length > 0);
  });

  it('fixes every problem of one rule in the file', async () => {
    const { uri, document, diagnostics } = await open();
    const locale = diagnostics.filter((d) => ruleOf(d) === 'SH301');
    assert.strictEqual(locale.length, 2);
    const all = (await actionsAt(uri, locale[0].range)).find(
      (a) => a.title === 'Fix all SH301 link-locale problems in this file',
    );
    assert.ok(all);
    assert.ok(await vscode.workspace.applyEdit(all.edit!));
    assert.ok(!document.getText().includes('/en-us/'));
    await diagnosticsWhen(uri, (d) => !d.some((x) => ruleOf(x) === 'SH301'));
  });

  it('computes "fix all of a rule" only when it is chosen (resolved), not each time the light bulb is asked', async () => {
    const { uri } = await open();
    const locale = (await diagnosticsWhen(uri, (d) => d.some((x) => ruleOf(x) === 'SH301'))).find(
      (d) => ruleOf(d) === 'SH301',
    )!;
    const title = 'Fix all SH301 link-locale problems in this file';
    await codeActionsWhen(uri, locale.range, undefined, (a) => a.some((x) => x.title === title));
    const unresolved =
      (await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        locale.range,
      )) ?? [];
    assert.strictEqual(unresolved.find((a) => a.title === title)?.edit, undefined);
    const resolved = await codeActionsWhen(uri, locale.range, undefined, (a) => a.some((x) => x.title === title));
    assert.ok(resolved.find((a) => a.title === title)?.edit);
  });

  it("turns a rule off for one line with an inline comment, and links to the rule's documentation", async () => {
    const { uri, document, diagnostics } = await open();
    const fence = diagnostics.find((d) => ruleOf(d) === 'SH218')!;
    const actions = await actionsAt(uri, fence.range);
    const learn = actions.find((a) => a.title === 'Learn more about SH218 code-fence-language');
    assert.match(String(learn?.command?.command), /(^|[._])open$/, 'opens the documentation through VS Code');
    assert.match(String(learn?.command?.arguments?.[0]), /docs\/rules\.md#sh218-code-fence-language$/);
    const disable = actions.find((a) => a.title === 'Disable code-fence-language for this line')!;
    assert.ok(await vscode.workspace.applyEdit(disable.edit!));
    assert.strictEqual(
      document.lineAt(fence.range.start.line).text,
      '<!-- selfhelp-disable-next-line code-fence-language -->',
    );
    await diagnosticsWhen(uri, (d) => !d.some((x) => ruleOf(x) === 'SH218') && d.length > 0);
  });

  it('inside the properties block offers only the file-wide comment, which keeps the block valid', async () => {
    const { uri, document, diagnostics } = await open();
    const title = diagnostics.find((d) => ruleOf(d) === 'SH117')!;
    const titles = (await actionsAt(uri, title.range)).map((a) => a.title);
    assert.ok(!titles.includes('Disable page-title-style for this line'));
    const file = (await actionsAt(uri, title.range)).find((a) => a.title === 'Disable page-title-style for this file')!;
    assert.ok(await vscode.workspace.applyEdit(file.edit!));
    assert.strictEqual(document.lineAt(0).text, '<!-- selfhelp-disable page-title-style -->');
    const after = await diagnosticsWhen(uri, (d) => !d.some((x) => ruleOf(x) === 'SH117') && d.length > 0);
    assert.ok(!after.some((d) => ['SH102', 'SH103'].includes(ruleOf(d))), 'the comment is not flagged');
  });

  it('source.fixAll.selfhelp applies every clear fix in one edit', async () => {
    const { uri, document } = await open();
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const [fixAll] = await actionsAt(uri, whole, 'source.fixAll.selfhelp');
    assert.ok(fixAll, 'a fix-all action is offered');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit!));
    const after = await diagnosticsWhen(
      uri,
      (d) => !d.some((x) => ['SH109', 'SH117', 'SH301', 'SH218'].includes(ruleOf(x))),
    );
    assert.deepStrictEqual(after.map(ruleOf), []);
    assert.ok(document.getText().includes('```\nGet-AzVM'));
    await vscode.commands.executeCommand('undo');
    assert.ok(document.getText().includes('/en-us/'), 'one undo step brings everything back');
  });

  it('a missing attribute gets a suggestion (not preferred) that Fix All leaves alone', async () => {
    const { uri, document } = await open();
    const edit = new vscode.WorkspaceEdit();
    edit.delete(uri, document.lineAt(2).rangeIncludingLineBreak);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const diagnostics = await diagnosticsWhen(uri, (d) => d.some((x) => ruleOf(x) === 'SH116'));
    const missing = diagnostics.find((d) => ruleOf(d) === 'SH116')!;
    const suggestion = (await actionsAt(uri, missing.range)).find((a) => a.title === 'Add description=""');
    assert.ok(suggestion, 'offered as a quick fix');
    assert.notStrictEqual(suggestion.isPreferred, true, 'not preferred: the value is for the author to write');
    const [fixAll] = await actionsAt(uri, new vscode.Range(0, 0, document.lineCount, 0), 'source.fixAll.selfhelp');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit!));
    assert.ok(!document.getText().includes('description='), 'Fix All does not insert it');
    assert.ok(await vscode.workspace.applyEdit(suggestion.edit!));
    assert.strictEqual(document.lineAt(10).text, '\tdescription=""');
  });

  it('a fix that would add another finding there is not offered (the linter withdraws it), and Fix All leaves it', async () => {
    const { uri, document } = await open();
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(2, 0), '\tsupportToicIds="Azure AD"\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const diagnostics = await diagnosticsWhen(uri, (d) => d.some((x) => ruleOf(x) === 'SH107'));
    const misspelled = diagnostics.find((d) => ruleOf(d) === 'SH107')!;
    const rename = (await actionsAt(uri, misspelled.range)).find((a) => a.title === 'Rename to supportTopicIds');
    assert.strictEqual(
      rename,
      undefined,
      'renaming would bring out "Azure AD" as a bad id list: the author looks first',
    );
    const [fixAll] = await actionsAt(uri, new vscode.Range(0, 0, document.lineCount, 0), 'source.fixAll.selfhelp');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit!));
    assert.ok(document.getText().includes('supportToicIds="Azure AD"'), 'Fix All leaves it');
    assert.ok(document.getText().includes('articleId="vm-fixes-0001"'), 'and fixes the rest');
  });
});
