/**
 * The preview's page as VS Code shows it, met as a customer with assistive technology meets the portal: audited by
 * axe-core in each colour theme, and its form filled in with the keyboard alone. The harness does what only the
 * browser around VS Code can (see PAGE_REQUEST): this suite runs under test/harness only, in both hosts.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { newArticleText } from '../../../src/core/authoring/new-article';
import { TYPES } from '../../../src/core/format/schema';
import type { RenderedEvent } from '../../../src/preview/preview-manager';
import { askPage, extensionApi, sleep, workspaceFile } from '../helpers';
import type { AuditViolation } from '../protocol';

const FORM = 'articles/microsoft.compute/vm-scoping.md';
const DIAGNOSTIC = 'articles/microsoft.compute/vm-clean.md';
const THEMES = ['Default Light Modern', 'Default Dark Modern', 'Default High Contrast', 'Default High Contrast Light'];
/** A new article of every type, as the New Article command writes it, beside the fixtures' form and diagnostic. */
const NEW_ARTICLES = 'articles/new-of-each-type';
/** What New Article has no skeleton for: the portal's cards of a JSON section, and a solution with a table. */
const OWN_ARTICLES: Record<string, string> = {
  'support-topic.md': `<properties
  pageTitle="Virtual machine cannot connect"
  description="What customers see when they pick the support topic"
  articleId="support-topic-0001"
  selfHelpType="supportTopicDescription"
  supportTopicIds="32628854"
  cloudEnvironments="public"
  ownershipId="Compute_VirtualMachines"
/>
# Virtual machine cannot connect
---
{
  "title": "Cannot connect to my virtual machine",
  "description": "Remote Desktop or SSH to the virtual machine fails.",
  "cards": [
    { "title": "Reset Remote Desktop", "description": "Resets the configuration of Remote Desktop.", "actions": ["Reset"] },
    { "title": "Check the network security group", "description": "Allows port 3389 or 22.", "actions": [] }
  ]
}
---
`,
  'apollo.md': `<properties
  pageTitle="Sizes of virtual machines"
  description="Which size fits which workload"
  articleId="apollo-0001"
  selfHelpType="apollo"
  cloudEnvironments="public"
  ownershipId="Compute_VirtualMachines"
/>
# Sizes of virtual machines

| Size | Virtual CPUs | Memory |
| --- | --- | --- |
| Standard_D2s_v5 | 2 | 8 GiB |
| Standard_D4s_v5 | 4 | 16 GiB |

Read [the sizes of virtual machines](https://learn.microsoft.com/azure/virtual-machines/sizes) for every series.
`,
};

/** Shows the article's preview beside it and resolves once the page has drawn it. */
async function preview(article: string): Promise<void> {
  const api = await extensionApi();
  const uri = workspaceFile(article);
  // Listening first: the preview follows the active editor, and may draw the article as soon as it is shown.
  const shown = new Promise<RenderedEvent>((resolve) => {
    const subscription = api.preview.onDidRender((e) => {
      if (e.uri !== uri.toString()) return;
      subscription.dispose();
      resolve(e);
    });
  });
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), vscode.ViewColumn.One);
  await vscode.commands.executeCommand('selfhelp.showPreviewToSide');
  await shown;
}

const serious = (violations: AuditViolation[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

describe('the preview inside VS Code, for customers with assistive technology', function () {
  this.timeout(120_000);
  after(async () => {
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, true);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const audited = [FORM, DIAGNOSTIC];
  before(async () => {
    for (const type of TYPES) {
      const text = newArticleText({ type: type.name, title: `A new ${type.name} article`, articleId: type.name })!;
      const article = `${NEW_ARTICLES}/${type.name}.md`;
      await vscode.workspace.fs.writeFile(workspaceFile(article), new TextEncoder().encode(text));
      audited.push(article);
    }
    for (const [name, text] of Object.entries(OWN_ARTICLES)) {
      await vscode.workspace.fs.writeFile(workspaceFile(`${NEW_ARTICLES}/${name}`), new TextEncoder().encode(text));
      audited.push(`${NEW_ARTICLES}/${name}`);
    }
  });

  for (const theme of THEMES)
    it(`passes axe-core (WCAG 2.1 A and AA) in ${theme}: an article of each presentation`, async () => {
      await vscode.workspace.getConfiguration('workbench').update('colorTheme', theme, true);
      assert.strictEqual(
        audited.length,
        TYPES.length + 4,
        "a new article of each type, two of our own, the fixtures' form and diagnostic",
      );
      for (const article of audited) {
        await preview(article);
        // The theme's colours reach the page's styles.
        await sleep(500);
        const { violations } = await askPage<{ violations: AuditViolation[] }>({ action: 'audit' });
        assert.deepStrictEqual(
          serious(violations).map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`),
          [],
          `${article} in ${theme}`,
        );
      }
    });

  it('fills in the form with the keyboard alone, the elements its visibility rules show and hide following', async () => {
    await preview(FORM);
    // Into the preview as a keyboard user goes: the editor group beside.
    await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
    await sleep(500);
    const press = (...keys: string[]) => askPage<{ focused: string[]; shown: string[] }>({ action: 'press', keys });
    let reached = false;
    const path: string[] = [];
    for (let tab = 0; tab < 25 && !reached; tab++) {
      const [focused] = (await press('Tab')).focused;
      path.push(focused);
      reached = focused.startsWith('select@vm_os');
    }
    assert.ok(reached, `Tab reaches the operating system's dropdown: ${path.join(' → ')}`);
    // Hidden until the answer asks for it, and then next in the order of Tab.
    let step = await press('ArrowDown');
    assert.ok(step.shown.includes('windows_error'), `Windows shows the stop code: ${step.shown.join(', ')}`);
    step = await press('Tab');
    assert.match(step.focused[0], /^input@windows_error/);
    step = await press('Shift+Tab', 'ArrowDown');
    assert.ok(!step.shown.includes('windows_error'), `Linux hides the stop code: ${step.shown.join(', ')}`);
    step = await press('Tab');
    assert.match(step.focused[0], /^textarea@problem_description/, 'the hidden element is skipped');
  });
});
