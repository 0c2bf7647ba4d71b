import * as assert from 'assert';
import * as vscode from 'vscode';
import { extensionApi, workspaceFile } from '../helpers';

const FILE = 'articles/microsoft.compute/vm-clean.md';

async function openArticle(relative = FILE): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relative));
  await vscode.window.showTextDocument(document);
  return document;
}

const lineWith = (document: vscode.TextDocument, name: string) =>
  document
    .getText()
    .split('\n')
    .find((l) => l.trimStart().startsWith(`${name}=`));

describe('the catalogue commands', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('Set Diagnostic Scenario with an argument edits just the value, in one undo step', async () => {
    const document = await openArticle();
    const before = document.getText();
    assert.strictEqual(
      await vscode.commands.executeCommand('selfhelp.setDiagnosticScenario', { diagnosticScenario: 'VmBootFailure' }),
      true,
    );
    assert.strictEqual(lineWith(document, 'diagnosticScenario'), '\tdiagnosticScenario="VmBootFailure"');
    assert.strictEqual(document.getText().length, before.length - 'VmRestarted'.length + 'VmBootFailure'.length);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), before);
  });

  it('adds a missing diagnosticScenario where the template puts it', async () => {
    const document = await openArticle('articles/microsoft.compute/vm-scoping.md');
    assert.strictEqual(
      await vscode.commands.executeCommand('selfhelp.setDiagnosticScenario', { diagnosticScenario: 'VmBootFailure' }),
      true,
    );
    const lines = document.getText().split('\n');
    assert.deepStrictEqual(lines.slice(11, 14), [
      '\townershipId="Compute_VirtualMachines"',
      '\tdiagnosticScenario="VmBootFailure"',
      '/>',
    ]);
  });

  it('Set Article ID refuses an id another article uses, and leaves the text as it was', async () => {
    const document = await openArticle();
    const before = document.getText();
    assert.strictEqual(
      await vscode.commands.executeCommand('selfhelp.setArticleId', { articleId: 'WEB-errors-0001' }),
      false,
    );
    assert.strictEqual(document.getText(), before);
  });

  it('Set Article ID from the file name, a new GUID or the scenario', async () => {
    const document = await openArticle();
    assert.strictEqual(await vscode.commands.executeCommand('selfhelp.setArticleId', { source: 'fileName' }), true);
    assert.strictEqual(lineWith(document, 'articleId'), '\tarticleId="vm-clean"');
    assert.strictEqual(await vscode.commands.executeCommand('selfhelp.setArticleId', { source: 'guid' }), true);
    assert.match(
      lineWith(document, 'articleId') ?? '',
      /^\tarticleId="[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"$/,
    );
    assert.strictEqual(await vscode.commands.executeCommand('selfhelp.setArticleId', { source: 'scenario' }), true);
    assert.strictEqual(lineWith(document, 'articleId'), '\tarticleId="VmRestarted"');
  });

  it('a broken team catalogue gets diagnostics in its own file, and the commands still work', async () => {
    const broken = workspaceFile('broken/selfhelp-catalogue.json');
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode('[\n  { "title": "no scenario" }\n]\n'));
    try {
      const document = await openArticle();
      // Picking through the list needs a person; an argument sets the value, and the catalogue is read to offer ids.
      assert.strictEqual(
        await vscode.commands.executeCommand('selfhelp.setDiagnosticScenario', { diagnosticScenario: 'Other' }),
        true,
      );
      assert.strictEqual(lineWith(document, 'diagnosticScenario'), '\tdiagnosticScenario="Other"');
      const until = Date.now() + 10_000;
      let problems: vscode.Diagnostic[] = [];
      while (Date.now() < until && !problems.length) {
        // The quick pick reads the catalogue; it is closed again at once.
        void vscode.commands.executeCommand('selfhelp.setArticleId');
        await new Promise((resolve) => setTimeout(resolve, 500));
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        problems = vscode.languages.getDiagnostics(broken);
      }
      assert.deepStrictEqual(
        problems.map((d) => [d.source, d.message, d.range.start.line]),
        [['selfhelp-catalogue', 'Entry 1 has no "diagnosticScenario" text.', 1]],
      );
    } finally {
      await vscode.workspace.fs.delete(broken);
    }
  });
});

describe('New Article', () => {
  const argument = {
    type: 'diagnostics',
    folder: 'articles/microsoft.compute',
    fileName: 'disk-is-full',
    title: 'Disk is full',
    service: 'microsoft.compute',
    resource: 'virtualmachines',
    diagnosticScenario: 'DiskFull',
  };

  it('writes a complete article from its argument, opens it, and leaves no error-level diagnostic', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('selfhelp.newArticle', argument);
    assert.ok(uri, 'the command returns the new file');
    assert.strictEqual(uri.toString(), workspaceFile('articles/microsoft.compute/disk-is-full.md').toString());
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.match(text, /^<properties\n\tpageTitle="Disk is full"\n/);
    assert.match(text, /\n\tdiagnosticScenario="DiskFull"\n/);
    assert.match(text, /\n\tarticleId="[0-9a-f-]{36}"\n/);
    assert.match(text, /\n\townershipId="[A-Za-z_]+"\n/);
    assert.match(text, /\n# Disk is full\n/);
    // The article is checked like any other: warnings at most.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.deepStrictEqual(
      vscode.languages
        .getDiagnostics(uri)
        .filter((d) => d.severity === vscode.DiagnosticSeverity.Error)
        .map((d) => d.message),
      [],
    );
  });

  it('refuses a file name that exists, and leaves that file as it was', async () => {
    const existing = workspaceFile('articles/microsoft.compute/vm-clean.md');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(existing));
    assert.strictEqual(
      await vscode.commands.executeCommand('selfhelp.newArticle', { ...argument, fileName: 'vm-clean.md' }),
      undefined,
    );
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(existing)), before);
  });
});

describe('the insert commands', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('Insert Replacement Token wraps the selection as the default, in one undo step', async () => {
    const document = await openArticle();
    const editor = vscode.window.activeTextEditor!;
    const line = document
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('1. Check the activity log.'));
    editor.selection = new vscode.Selection(line, 9, line, 21);
    assert.strictEqual(
      await vscode.commands.executeCommand('selfhelp.insertReplacementToken', { name: 'logName' }),
      true,
    );
    assert.strictEqual(document.lineAt(line).text, '1. Check <!--$logName-->the activity<!--/$logName--> log.');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.lineAt(line).text, '1. Check the activity log.');
    assert.strictEqual(
      await vscode.commands.executeCommand('selfhelp.insertReplacementToken', { name: 'bad name"' }),
      false,
    );
  });

  it('Insert Blade Link writes a well-formed data-blade link', async () => {
    const document = await openArticle();
    const editor = vscode.window.activeTextEditor!;
    const end = document.lineAt(document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    assert.strictEqual(
      await vscode.commands.executeCommand('selfhelp.insertBladeLink', {
        extension: 'Microsoft_Azure_Compute',
        blade: 'BootDiagnosticsBlade',
        text: 'boot diagnostics',
      }),
      true,
    );
    assert.ok(
      document.getText().endsWith('[boot diagnostics](data-blade:Microsoft_Azure_Compute.BootDiagnosticsBlade)'),
      document.getText().slice(-80),
    );
    assert.strictEqual(
      await vscode.commands.executeCommand('selfhelp.insertBladeLink', { extension: 'Bad Extension', blade: 'X' }),
      false,
    );
  });
});

describe('every catalogue command without its argument', () => {
  // The index (and the word list it waits for) is ready first: a picker that opens while the host is busy building
  // it would open after the test gave up waiting for it.
  before(async () => {
    await (
      await extensionApi()
    ).index.ready;
  });

  for (const command of [
    'selfhelp.setDiagnosticScenario',
    'selfhelp.setArticleId',
    'selfhelp.insertReplacementToken',
    'selfhelp.insertBladeLink',
    'selfhelp.newArticle',
  ]) {
    it(`${command} opens a picker; dismissing it changes nothing`, async () => {
      const document = await openArticle();
      const before = document.getText();
      const files = (await vscode.workspace.findFiles('**/*.md')).length;
      let settled = false;
      const result = Promise.resolve(vscode.commands.executeCommand(command)).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 800));
      assert.strictEqual(settled, false, 'the command waits for a choice');
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      assert.ok(!(await result), `${command} did nothing: ${String(await result)}`);
      assert.strictEqual(document.getText(), before);
      assert.strictEqual((await vscode.workspace.findFiles('**/*.md')).length, files);
    });
  }
});
