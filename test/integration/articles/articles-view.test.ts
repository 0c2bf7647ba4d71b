import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ArticleNode, ArticlesNode } from '../../../src/views/articles-view';
import { extensionApi, sleep, workspaceFile } from '../helpers';

type View = Awaited<ReturnType<typeof extensionApi>>['articles'];

const label = (view: View, node: ArticlesNode) => String(view.getTreeItem(node).label);
async function leaves(view: View, node?: ArticlesNode): Promise<ArticleNode[]> {
  const found: ArticleNode[] = [];
  for (const child of await view.getChildren(node))
    found.push(...(child.kind === 'article' ? [child] : await leaves(view, child)));
  return found;
}

async function until<T>(what: string, get: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await get();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe('the Self-Help Articles view', () => {
  let view: View;
  before(async () => {
    const api = await extensionApi();
    await api.index.rebuild();
    view = api.articles;
  });
  afterEach(async () => {
    view.setGrouping('service');
    view.setOnlyErrors(false);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it("groups by service, then resource, with each article's title, type, scenario and counts", async () => {
    view.setGrouping('service');
    const roots = await view.getChildren();
    assert.deepStrictEqual(
      roots.map((n) => label(view, n)),
      ['microsoft.compute', 'microsoft.web'],
    );
    const [compute] = roots;
    const [machines] = await view.getChildren(compute);
    assert.deepStrictEqual(
      (await view.getChildren(compute)).map((n) => label(view, n)),
      ['virtualmachines'],
    );
    assert.match(String(view.getTreeItem(compute).description), /^4 articles · \d with errors$/);
    const articles = await leaves(view, compute);
    assert.strictEqual(articles.length, 4);
    const slow = articles.find((a) => a.article.path.endsWith('vm-fixes.md'))!;
    const item = view.getTreeItem(slow);
    assert.strictEqual(item.label, 'Virtual machine is slow.');
    assert.match(String(item.description), /warning.* · diagnostics · VmSlow$/);
    assert.match((item.tooltip as vscode.MarkdownString).value, /vm\\-fixes\\-0001/);
    assert.strictEqual(
      item.resourceUri?.toString(),
      workspaceFile('articles/microsoft.compute/vm-fixes.md').toString(),
    );
    const faults = articles.find((a) => a.article.path.endsWith('vm-faults.md'))!;
    assert.ok(faults.errors > 0);
    assert.strictEqual((view.getTreeItem(faults).iconPath as vscode.ThemeIcon).id, 'error');
    assert.strictEqual(view.getParent(faults), machines, 'each article knows its group (for reveal)');
  });

  it('groups by type and by scenario, and filters to the articles with errors', async () => {
    view.setGrouping('type');
    assert.deepStrictEqual(
      (await view.getChildren()).map((n) => label(view, n)),
      ['diagnostics', 'generic', 'problemScopingQuestions'],
    );
    view.setGrouping('scenario');
    assert.deepStrictEqual(
      (await view.getChildren()).map((n) => label(view, n)),
      ['(no diagnostic scenario)', 'VmDoesNotStart', 'VmRestarted', 'VmSlow'],
    );
    view.setOnlyErrors(true);
    const withErrors = await leaves(view);
    assert.ok(withErrors.length > 0 && withErrors.length < 6, `${withErrors.length} articles with errors`);
    assert.ok(withErrors.every((n) => n.errors > 0));
  });

  it('follows an edit of an open article', async () => {
    const uri = workspaceFile('articles/microsoft.compute/vm-clean.md');
    const editor = await vscode.window.showTextDocument(uri);
    const line = editor.document
      .getText()
      .split('\n')
      .findIndex((l) => /pageTitle=/.test(l));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, editor.document.lineAt(line).range, '\tpageTitle="Renamed in the editor"');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const node = await until('the renamed title', async () => {
      const found = await view.nodeOf(uri);
      return found && label(view, found) === 'Renamed in the editor' ? found : undefined;
    });
    assert.strictEqual(node.article.uri.toString(), uri.toString());
  });

  it("reveals the active editor's article while the view is visible", async () => {
    await vscode.commands.executeCommand('selfhelp.articles.focus');
    const uri = workspaceFile('articles/microsoft.web/dup-b.md');
    let revealed = false;
    const listening = (await extensionApi()).onDidTrace(
      (e) => (revealed ||= e.kind === 'revealed' && e.uri === uri.toString()),
    );
    await vscode.window.showTextDocument(uri);
    await until('the article revealed', async () => (revealed ? true : undefined));
    listening.dispose();
  });
});
