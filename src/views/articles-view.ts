import * as vscode from 'vscode';
import { COMMAND } from '../commands/ids';
import type { ProjectFinding } from '../core';
import type { Trace } from '../language-features/trace';
import type { IndexedArticle, WorkspaceIndex } from '../language-features/workspace-index';

export const ARTICLES_VIEW = 'selfhelp.articles';
export type Grouping = 'service' | 'type' | 'scenario';

export interface ArticleNode {
  kind: 'article';
  article: IndexedArticle;
  errors: number;
  warnings: number;
  parent?: GroupNode;
}

export interface GroupNode {
  kind: 'group';
  /** Unique among its siblings' parents: the path of labels from the root. */
  id: string;
  label: string;
  children: ArticlesNode[];
  articles: number;
  withErrors: number;
  parent?: GroupNode;
}

export type ArticlesNode = ArticleNode | GroupNode;

const NONE: Record<Grouping, string> = {
  service: '(no service)',
  type: '(no type)',
  scenario: '(no diagnostic scenario)',
};
const byLabel = (a: ArticlesNode, b: ArticlesNode) =>
  labelOf(a).localeCompare(labelOf(b), undefined, { sensitivity: 'base' });

function labelOf(node: ArticlesNode): string {
  return node.kind === 'group' ? node.label : node.article.entry.pageTitle || node.article.path.split('/').pop()!;
}

/**
 * The "Self-Help Articles" view: the index's articles grouped by service and resource, by type or by diagnostic
 * scenario, each with its title, type and scenario, its errors and warnings, a filter for articles with errors, and
 * the active editor's article revealed as the editor changes.
 */
export class ArticlesView implements vscode.TreeDataProvider<ArticlesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ArticlesNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<ArticlesNode>;
  private readonly subscriptions: vscode.Disposable[];
  private roots: Promise<ArticlesNode[]> | undefined;
  private nodes = new Map<string, ArticleNode>();
  private grouping: Grouping = 'service';
  private onlyErrors = false;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly memory: vscode.Memento,
    private readonly trace: Trace,
  ) {
    this.grouping = memory.get<Grouping>('selfhelp.articles.grouping', 'service');
    this.onlyErrors = memory.get<boolean>('selfhelp.articles.onlyErrors', false);
    this.view = vscode.window.createTreeView(ARTICLES_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions = [
      this.changed,
      this.view,
      index.onDidChange(() => this.refreshSoon()),
      this.view.onDidChangeVisibility(() => this.revealActive()),
      vscode.window.onDidChangeActiveTextEditor(() => this.revealActive()),
    ];
    this.setContext();
  }

  /** Opens the article of a node (the selection's when the command comes from elsewhere). */
  async open(node?: ArticlesNode): Promise<void> {
    await this.withUri(this.uriOf(node), (uri) => vscode.window.showTextDocument(uri));
  }

  async openPreview(node?: ArticlesNode): Promise<void> {
    await this.withUri(this.uriOf(node), (uri) => vscode.commands.executeCommand(COMMAND.showPreview, uri));
  }

  setDiagnosticScenario(node?: ArticlesNode): Promise<void> {
    return this.inEditor(this.uriOf(node), COMMAND.setDiagnosticScenario);
  }

  setArticleId(node?: ArticlesNode): Promise<void> {
    return this.inEditor(this.uriOf(node), COMMAND.setArticleId);
  }

  private uriOf(node?: ArticlesNode): vscode.Uri | undefined {
    return node?.kind === 'article'
      ? node.article.uri
      : this.view.selection.find((n): n is ArticleNode => n.kind === 'article')?.article.uri;
  }

  private async withUri(uri: vscode.Uri | undefined, action: (uri: vscode.Uri) => Thenable<unknown>): Promise<void> {
    if (uri) await action(uri);
  }

  /** The catalogue commands work on the active editor: the article is opened first. */
  private async inEditor(uri: vscode.Uri | undefined, command: string): Promise<void> {
    if (!uri) return;
    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand(command);
  }

  setGrouping(grouping: Grouping): void {
    this.grouping = grouping;
    void this.memory.update('selfhelp.articles.grouping', grouping);
    this.refresh();
  }

  setOnlyErrors(onlyErrors: boolean): void {
    this.onlyErrors = onlyErrors;
    void this.memory.update('selfhelp.articles.onlyErrors', onlyErrors);
    this.refresh();
  }

  private refreshSoon(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.refresh(), 200);
  }

  /** Builds the tree again from the index (at once; the view asks for it when it shows). */
  refresh(): void {
    clearTimeout(this.refreshTimer);
    this.roots = undefined;
    this.setContext();
    this.changed.fire(undefined);
  }

  private setContext(): void {
    void vscode.commands.executeCommand('setContext', 'selfhelp.hasArticles', this.index.size > 0);
    void vscode.commands.executeCommand('setContext', 'selfhelp.articles.grouping', this.grouping);
    void vscode.commands.executeCommand('setContext', 'selfhelp.articles.onlyErrors', this.onlyErrors);
  }

  getTreeItem(node: ArticlesNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `group:${node.id}`;
      item.description = `${node.articles} article${node.articles === 1 ? '' : 's'}${node.withErrors ? ` · ${node.withErrors} with errors` : ''}`;
      item.iconPath = new vscode.ThemeIcon(
        this.grouping === 'scenario' ? 'pulse' : this.grouping === 'type' ? 'symbol-class' : 'folder',
      );
      item.contextValue = 'selfhelp.articleGroup';
      return item;
    }
    const { article, errors, warnings } = node;
    const item = new vscode.TreeItem(labelOf(node), vscode.TreeItemCollapsibleState.None);
    item.id = `article:${article.uri.toString()}`;
    item.resourceUri = article.uri;
    const counts = [
      errors && `${errors} error${errors === 1 ? '' : 's'}`,
      warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`,
    ]
      .filter(Boolean)
      .join(', ');
    item.description = [counts, article.entry.selfHelpType, article.entry.scenario].filter(Boolean).join(' · ');
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`**${escape(labelOf(node))}**\n\n`);
    tooltip.appendMarkdown(`articleId: \`${escape(article.entry.facts?.articleId?.value ?? '(none)')}\`\n\n`);
    tooltip.appendMarkdown(`${escape(article.path)}${counts ? `\n\n${counts}` : ''}`);
    item.tooltip = tooltip;
    item.iconPath = errors
      ? new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'))
      : warnings
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
        : new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
    item.command = { title: 'Open', command: 'vscode.open', arguments: [article.uri] };
    item.contextValue = 'selfhelp.article';
    return item;
  }

  async getChildren(node?: ArticlesNode): Promise<ArticlesNode[]> {
    if (!node) return this.tree();
    return node.kind === 'group' ? node.children : [];
  }

  getParent(node: ArticlesNode): ArticlesNode | undefined {
    return node.parent;
  }

  /** The roots of the tree, built once per change of the index, grouping or filter. */
  private tree(): Promise<ArticlesNode[]> {
    this.roots ??= this.build();
    return this.roots;
  }

  private async build(): Promise<ArticlesNode[]> {
    // A tree built while the index is read again would hold part of the articles until the next refresh.
    await this.index.ready;
    const project = await this.index.allProjectFindings();
    const count = (findings: readonly { severity: string }[], severity: string) =>
      findings.filter((f) => f.severity === severity).length;
    this.nodes = new Map();
    const leaves: ArticleNode[] = [];
    for (const article of this.index.articles()) {
      const shared: ProjectFinding[] = project.get(article.path) ?? [];
      const node: ArticleNode = {
        kind: 'article',
        article,
        errors: count(article.findings, 'error') + count(shared, 'error'),
        warnings: count(article.findings, 'warning') + count(shared, 'warning'),
      };
      this.nodes.set(article.uri.toString(), node);
      if (!this.onlyErrors || node.errors) leaves.push(node);
    }
    const keys = (a: IndexedArticle): string[] => {
      const { service, resource, selfHelpType, scenario } = a.entry;
      if (this.grouping === 'service')
        return [service?.toLowerCase() || NONE.service, resource?.toLowerCase() || '(no resource)'];
      if (this.grouping === 'type') return [selfHelpType || NONE.type];
      return [scenario || NONE.scenario];
    };
    const roots = new Map<string, GroupNode>();
    const subgroups = new Map<GroupNode, Map<string, GroupNode>>();
    for (const leaf of leaves) {
      let siblings = roots;
      let parent: GroupNode | undefined;
      for (const label of keys(leaf.article)) {
        const key = label.toLowerCase();
        let group = siblings.get(key);
        if (!group) {
          group = {
            kind: 'group',
            id: parent ? `${parent.id}/${key}` : key,
            label,
            children: [],
            articles: 0,
            withErrors: 0,
            parent,
          };
          siblings.set(key, group);
          subgroups.set(group, new Map());
          if (parent) parent.children.push(group);
        }
        group.articles++;
        if (leaf.errors) group.withErrors++;
        parent = group;
        siblings = subgroups.get(group)!;
      }
      leaf.parent = parent;
      parent!.children.push(leaf);
    }
    const sort = (nodes: ArticlesNode[]): ArticlesNode[] => {
      nodes.sort(byLabel);
      for (const node of nodes) if (node.kind === 'group') sort(node.children);
      return nodes;
    };
    const sorted = sort([...roots.values()]);
    const withErrors = leaves.filter((l) => l.errors).length;
    this.view.badge = withErrors
      ? { value: withErrors, tooltip: `${withErrors} article${withErrors === 1 ? '' : 's'} with errors` }
      : undefined;
    this.view.message = this.onlyErrors && !leaves.length && this.index.size ? 'No article has errors.' : undefined;
    return sorted;
  }

  /** The node of the article at this URI in the current tree. */
  async nodeOf(uri: vscode.Uri): Promise<ArticleNode | undefined> {
    await this.tree();
    const node = this.nodes.get(uri.toString());
    return node?.parent ? node : undefined;
  }

  /** Follows the editor, as the Outline does: the active article is selected when the view is visible. */
  private revealActive(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    if (!this.view.visible || !uri) return;
    void this.nodeOf(uri)
      .then(async (node) => {
        if (!node) return;
        await this.view.reveal(node, { select: true, focus: false, expand: true });
        this.trace.emit({ kind: 'revealed', uri: uri.toString() });
      })
      .then(undefined, () => undefined);
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.subscriptions.forEach((s) => s.dispose());
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}
