/** Not a test: sets one scene of the README's pictures (SELFHELP_SCENE) for the harness's screenshot. */
import * as vscode from 'vscode';
import { codeActionsWhen, diagnosticsWhen, extensionApi, sleep, workspaceFile } from '../helpers';
import { say, SCREENSHOT_REQUEST } from '../protocol';

/** An article with a typo in infoBubbleText and in a step, written for the spelling scene and removed after it. */
const TYPO_ARTICLE = 'articles/microsoft.compute/vm-maintenance-scene.md';
const TYPO_TEXT = [
  '<properties',
  '\tpageTitle="Virtual machine restarted for maintenance"',
  '\tdescription="A maintenance event restarted the virtual machine"',
  '\tinfoBubbleText="Your virtual machine restarted for a platform maintanence event. See details on the right"',
  '\tservice="microsoft.compute"',
  '\tresource="virtualmachines"',
  '\tarticleId="vm-maintenance-scene-0001"',
  '\tdiagnosticScenario="VmMaintenanceRestart"',
  '\tselfHelpType="diagnostics"',
  '\tsupportTopicIds="32628854"',
  '\tproductPesIds="14749"',
  '\tcloudEnvironments="public, fairfax, usnat, ussec"',
  '\townershipId="Compute_VirtualMachines"',
  '/>',
  '# Virtual machine restarted for maintenance',
  '',
  '<!--issueDescription-->',
  'Your virtual machine <!--$vmName-->your VM<!--/$vmName--> restarted during planned maintenance.',
  '<!--/issueDescription-->',
  '',
  '## **Recommended Steps**',
  '',
  '1. Check that the applications on the machine started again after the restart.',
  '2. Configure an availability set so that maintenance restarts one machine at a time. It is reccommended for production.',
  '',
].join('\n');

const SCENES: Record<string, () => Promise<void>> = {
  /** A typo in a step with its quick fixes: corrections, the workspace's words, the article. */
  async spelling() {
    const uri = workspaceFile(TYPO_ARTICLE);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TYPO_TEXT));
    const editor = await vscode.window.showTextDocument(uri);
    const diagnostics = await diagnosticsWhen(
      uri,
      (d) => d.filter((x) => (x.code as { value: string }).value === 'SH601').length >= 2,
      30_000,
    );
    const typo = diagnostics.find((d) => editor.document.getText(d.range) === 'reccommended')!;
    await codeActionsWhen(uri, typo.range, undefined, (a) => a.some((x) => x.title.startsWith('Change to')));
    editor.selection = new vscode.Selection(typo.range.start, typo.range.start);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('editor.action.quickFix');
  },
  /** The light bulb's menu on a lower-case attribute name: the rule's fix first, then the others. */
  async quickfix() {
    const uri = workspaceFile('articles/microsoft.compute/vm-fixes.md');
    const editor = await vscode.window.showTextDocument(uri);
    const diagnostics = await diagnosticsWhen(uri, (d) => d.length > 0);
    const casing = diagnostics.find((d) => (d.code as { value: string }).value === 'SH109') ?? diagnostics[0];
    await codeActionsWhen(uri, casing.range, undefined, (a) => a.length > 1);
    editor.selection = new vscode.Selection(casing.range.start, casing.range.start);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('editor.action.quickFix');
  },
  /** Completions in the properties block: the attributes the article still needs, first. */
  async completions() {
    const uri = workspaceFile('articles/microsoft.compute/vm-clean.md');
    const editor = await vscode.window.showTextDocument(uri);
    await diagnosticsWhen(uri, () => true);
    const line = editor.document
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('/>'));
    await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), '\t\n'));
    editor.selection = new vscode.Selection(line, 1, line, 1);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
  },
  /** Inside a form's JSON section: the control types the schema offers, each with how the customer meets it. */
  async form() {
    const uri = workspaceFile('articles/microsoft.compute/vm-scoping.md');
    const editor = await vscode.window.showTextDocument(uri);
    await diagnosticsWhen(uri, () => true);
    const at = editor.document.positionAt(editor.document.getText().indexOf('"textbox"') + 1);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
  },
  /** Set Diagnostic Scenario…: the catalogue's pick, ranked for the article. */
  async catalogue() {
    const uri = workspaceFile('articles/microsoft.compute/vm-clean.md');
    await vscode.window.showTextDocument(uri);
    await diagnosticsWhen(uri, () => true);
    await (
      await extensionApi()
    ).index.ready;
    await sleep(1000);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    void vscode.commands.executeCommand('selfhelp.setDiagnosticScenario');
  },
  /** Check All Articles with the Articles view open. */
  async articles() {
    const api = await extensionApi();
    await api.index.ready;
    await sleep(1000);
    await vscode.commands.executeCommand('selfhelp.checkAllArticles');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('selfhelp.articles.focus');
    await sleep(500);
    // The view follows the active editor: the article is revealed in its group.
    await vscode.window.showTextDocument(workspaceFile('articles/microsoft.compute/vm-faults.md'), {
      preserveFocus: true,
    });
  },
};

describe('screenshot scene', () => {
  after(async () => {
    await vscode.workspace.fs.delete(workspaceFile(TYPO_ARTICLE)).then(undefined, () => undefined);
  });

  it(`sets the scene "${process.env.SELFHELP_SCENE}"`, async () => {
    // The secondary side bar (the Chat view, empty here) would take a fifth of the picture.
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar').then(undefined, () => undefined);
    await SCENES[process.env.SELFHELP_SCENE ?? '']();
    await sleep(2500);
    say(SCREENSHOT_REQUEST);
    await sleep(3000);
  });
});
