import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeActionsWhen, diagnosticsWhen, workspaceFile } from '../helpers';

const FILE = 'articles/microsoft.compute/vm-spelling.md';
const CONFIG = '.selfhelp.json';
const ARTICLE = [
  '<properties',
  '\tpageTitle="Virtual machine maintenance"',
  '\tdescription="Steps for a maintenance event"',
  '\tinfoBubbleText="We found a maintanence event. See details on the right"',
  '\tservice="microsoft.compute"',
  '\tresource="virtualmachines"',
  '\tarticleId="vm-spelling-0001"',
  '\tdiagnosticScenario="VmMaintenance"',
  '\tselfHelpType="diagnostics"',
  '\tsupportTopicIds="32628854"',
  '\tproductPesIds="14749"',
  '\tcloudEnvironments="public"',
  '\townershipId="Compute_VirtualMachines"',
  '/>',
  '# Virtual machine maintenance',
  '',
  '<!--issueDescription-->',
  'Your machine <!--$vmQwertyname-->your VM<!--/$vmQwertyname--> restarted.',
  '<!--/issueDescription-->',
  '',
  '## **Recommended Steps**',
  '',
  '1. Restart the virtual machnie from the portal.',
  '2. Run `Restart-Qwertymachnie` or see [the docs](https://learn.microsoft.com/azure/machnie-qwerty).',
  '3. Ask Contosso support.',
  '',
].join('\n');

const ruleOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const spellingOf = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.filter((d) => ruleOf(d) === 'SH601');

describe('spelling of the words customers read', () => {
  const uri = workspaceFile(FILE);
  const config = workspaceFile(CONFIG);

  before(async () => {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ARTICLE));
  });

  after(async () => {
    for (const file of [uri, config]) {
      await vscode.window.showTextDocument(file).then(
        () => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'),
        () => undefined,
      );
    }
    await vscode.workspace.fs.delete(uri);
    await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
  });

  it('reports typos in infoBubbleText and in the body, never in a URL, a token name or a code span', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const diagnostics = spellingOf(await diagnosticsWhen(uri, (d) => spellingOf(d).length >= 3, 30_000));
    assert.deepStrictEqual(
      diagnostics.map((d) => [d.range.start.line, document.getText(d.range), d.message, d.severity]),
      [
        [
          3,
          'maintanence',
          'Unknown word "maintanence": did you mean "maintenance"?',
          vscode.DiagnosticSeverity.Warning,
        ],
        [22, 'machnie', 'Unknown word "machnie": did you mean "machine"?', vscode.DiagnosticSeverity.Warning],
        [24, 'Contosso', 'Unknown word "Contosso": did you mean "Contoso"?', vscode.DiagnosticSeverity.Warning],
      ],
    );
  });

  it('offers up to three corrections; the first writes the right word and the diagnostic goes', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    const typo = spellingOf(await diagnosticsWhen(uri, (d) => spellingOf(d).length >= 3, 30_000)).find(
      (d) => document.getText(d.range) === 'machnie',
    )!;
    const actions = await codeActionsWhen(uri, typo.range, undefined, (a) =>
      a.some((x) => x.title.startsWith('Change to')),
    );
    const corrections = actions.filter((a) => a.title.startsWith('Change to'));
    assert.ok(corrections.length >= 1 && corrections.length <= 3, actions.map((a) => a.title).join(' | '));
    assert.strictEqual(corrections[0].title, 'Change to "machine"');
    assert.ok(actions.some((a) => a.title === 'Add "machnie" to the workspace\'s words'));
    assert.ok(actions.some((a) => a.title === 'Accept "machnie" in this article'));
    assert.ok(await vscode.workspace.applyEdit(corrections[0].edit!));
    assert.strictEqual(document.lineAt(22).text, '1. Restart the virtual machine from the portal.');
    await diagnosticsWhen(uri, (d) => spellingOf(d).length === 2);
  });

  it("adds a word to the workspace's words (.selfhelp.json, created) and it is no longer reported", async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    const typo = spellingOf(await diagnosticsWhen(uri, (d) => spellingOf(d).length === 2, 30_000)).find(
      (d) => document.getText(d.range) === 'Contosso',
    )!;
    const title = 'Add "Contosso" to the workspace\'s words';
    const actions = await codeActionsWhen(uri, typo.range, undefined, (a) =>
      a.some((x) => x.title === title && !!x.edit),
    );
    assert.ok(await vscode.workspace.applyEdit(actions.find((a) => a.title === title)!.edit!));
    // An undoable edit in an editor: the file holds the word once saved, the check takes it at once.
    const written = await vscode.workspace.openTextDocument(config);
    assert.deepStrictEqual(JSON.parse(written.getText()), { words: ['Contosso'] });
    await diagnosticsWhen(uri, (d) => spellingOf(d).length === 1, 30_000);
  });

  it('accepts a word in this article with an inline comment', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    const typo = spellingOf(await diagnosticsWhen(uri, (d) => spellingOf(d).length === 1, 30_000))[0];
    assert.strictEqual(document.getText(typo.range), 'maintanence');
    const title = 'Accept "maintanence" in this article';
    const actions = await codeActionsWhen(uri, typo.range, undefined, (a) => a.some((x) => x.title === title));
    assert.ok(await vscode.workspace.applyEdit(actions.find((a) => a.title === title)!.edit!));
    assert.strictEqual(document.lineAt(0).text, '<!-- selfhelp-words maintanence -->');
    const after = await diagnosticsWhen(uri, (d) => spellingOf(d).length === 0, 30_000);
    assert.ok(!after.some((d) => ruleOf(d) === 'SH103'), 'the comment is no content before the block');
  });
});
