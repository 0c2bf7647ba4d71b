/**
 * The preview's page as VS Code shows it, met as a customer with assistive technology meets the portal: audited by
 * axe-core in each colour theme, and its form filled in with the keyboard alone. The harness does what only the
 * browser around VS Code can (see PAGE_REQUEST): this suite runs under test/harness only, in both hosts.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { RenderedEvent } from '../../../src/preview/preview-manager';
import { askPage, extensionApi, sleep, workspaceFile } from '../helpers';
import type { AuditViolation } from '../protocol';

const FORM = 'articles/microsoft.compute/vm-scoping.md';
const DIAGNOSTIC = 'articles/microsoft.compute/vm-clean.md';
const THEMES = ['Default Light Modern', 'Default Dark Modern', 'Default High Contrast', 'Default High Contrast Light'];

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

  for (const theme of THEMES)
    it(`passes axe-core (WCAG 2.1 A and AA) in ${theme}: a form and a diagnostic`, async () => {
      await vscode.workspace.getConfiguration('workbench').update('colorTheme', theme, true);
      for (const article of [FORM, DIAGNOSTIC]) {
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
