import * as vscode from 'vscode';
import type { ProjectFinding } from '../core';
import { DIAGNOSTIC_SOURCE, placedDiagnostic, toProjectDiagnostic } from './diagnostics';
import { settings } from './settings';
import type { Trace } from './trace';
import type { IndexedArticle, WorkspaceIndex } from './workspace-index';
import { yieldToHost } from './yield-to-host';

/** How long publishing may hold the extension host before it yields. */
const SLICE_MS = 15;
const BATCH = 100;

/**
 * The problems of articles that are not open, from the workspace index: published by "Check All Articles" (until
 * "Clear Problems of Closed Articles"), or always with `selfhelp.problems.scope` set to `workspace`, and then kept
 * current as files change on disk. Open articles are left to the live diagnostics.
 */
export class WorkspaceProblems implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(`${DIAGNOSTIC_SOURCE}-workspace`);
  private readonly status = vscode.window.createStatusBarItem(
    'selfhelp.workspaceProblems',
    vscode.StatusBarAlignment.Left,
    -1,
  );
  private readonly subscriptions: vscode.Disposable[];
  /** Check All was run and its problems not cleared. */
  private checkedAll = false;
  /** The project findings last published, by path, to see which files they changed for. */
  private projectByPath = new Map<string, ProjectFinding[]>();
  private pending: Promise<void> | undefined;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly trace: Trace,
  ) {
    this.status.name = 'Self-help problems in the workspace';
    this.status.command = 'workbench.action.problems.focus';
    this.subscriptions = [
      this.collection,
      this.status,
      index.onDidChange((uris) => {
        if (this.active) void this.publish(uris);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => this.collection.delete(d.uri)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (this.active) void this.publish([d.uri]);
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.showStatus()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('selfhelp.problems.scope')) this.scopeChanged();
      }),
    ];
  }

  /** Whether closed articles' problems are shown. */
  get active(): boolean {
    return this.checkedAll || settings.problemsScope() === 'workspace';
  }

  /** With the scope `workspace` from the start: publishes once the index is built (called after activation). */
  scopeChanged(): void {
    if (settings.problemsScope() === 'workspace') {
      void this.index.start().then(() => this.publish([]));
    } else if (!this.checkedAll) {
      this.clear();
    }
  }

  /** "Self-Help: Check All Articles": every article's problems in the Problems panel, with cancellable progress. */
  async checkAll(): Promise<{ articles: number; cancelled: boolean }> {
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Checking self-help articles', cancellable: true },
      async (progress, token) => {
        const listening = this.index.onDidProgress(({ done, total }) =>
          progress.report({ message: `${done} of ${total} files read` }),
        );
        try {
          await this.index.start();
          await this.index.ready;
        } finally {
          listening.dispose();
        }
        if (token.isCancellationRequested) return { articles: 0, cancelled: true };
        this.checkedAll = true;
        progress.report({ message: `publishing the problems of ${this.index.size} articles` });
        await this.publish([], token);
        if (token.isCancellationRequested) this.clear();
        return { articles: this.index.size, cancelled: token.isCancellationRequested };
      },
    );
  }

  /** "Self-Help: Clear Problems of Closed Articles". */
  clear(): void {
    this.checkedAll = false;
    this.collection.clear();
    this.projectByPath.clear();
    this.showStatus();
  }

  /**
   * Publishes the problems of these articles (none: all of them), and of every article whose findings over many
   * articles changed with them. One run at a time; a request during a run makes one more run after it.
   */
  private publish(uris: readonly vscode.Uri[], token?: vscode.CancellationToken): Promise<void> {
    if (this.pending) {
      this.queued =
        this.queued === undefined ? [...uris] : this.queued.length && uris.length ? [...this.queued, ...uris] : [];
      return this.pending;
    }
    this.pending = this.run(uris, token).finally(() => {
      this.pending = undefined;
      const next = this.queued;
      this.queued = undefined;
      if (next && this.active) void this.publish(next);
    });
    return this.pending;
  }

  /** What the run after the current one must publish (empty: everything). */
  private queued: vscode.Uri[] | undefined;

  private async run(uris: readonly vscode.Uri[], token?: vscode.CancellationToken): Promise<void> {
    const project = await this.index.allProjectFindings();
    const chosen = new Map<string, IndexedArticle | vscode.Uri>();
    const everything = uris.length === 0;
    if (everything) {
      this.collection.clear();
      for (const article of this.index.articles()) chosen.set(article.uri.toString(), article);
    } else {
      for (const uri of uris) chosen.set(uri.toString(), this.index.article(uri) ?? uri);
      for (const article of this.index.articles()) {
        const before = JSON.stringify(this.projectByPath.get(article.path) ?? []);
        if (before !== JSON.stringify(project.get(article.path) ?? [])) chosen.set(article.uri.toString(), article);
      }
    }
    this.projectByPath = project;
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    let batch: [vscode.Uri, vscode.Diagnostic[]][] = [];
    let sliceStart = Date.now();
    for (const [key, item] of chosen) {
      if (token?.isCancellationRequested) break;
      if (!('entry' in item)) this.collection.delete(item);
      else if (open.has(key)) this.collection.delete(item.uri);
      else batch.push([item.uri, this.diagnosticsOf(item, project.get(item.path) ?? [])]);
      // Handing many files' diagnostics over at once is itself slow: a batch is small as well as short.
      if (batch.length >= BATCH || Date.now() - sliceStart > SLICE_MS) {
        this.collection.set(batch);
        batch = [];
        this.trace.emit({ kind: 'problems-slice', ms: Date.now() - sliceStart });
        await yieldToHost();
        sliceStart = Date.now();
      }
    }
    this.collection.set(batch);
    this.trace.emit({ kind: 'problems-slice', ms: Date.now() - sliceStart });
    this.showStatus();
  }

  private diagnosticsOf(article: IndexedArticle, project: readonly ProjectFinding[]): vscode.Diagnostic[] {
    const own = article.findings.map((f) => placedDiagnostic(f, f));
    return [...own, ...project.map((f) => toProjectDiagnostic(f, this.index))];
  }

  /** The status item's text while it shows (for tests). */
  get statusText(): string | undefined {
    return this.statusShown ? this.status.text : undefined;
  }

  private statusShown = false;

  /** Errors and warnings of the workspace's articles, shown while an article is the active editor. */
  private showStatus(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!this.active || !document || !this.index.article(document.uri)) {
      this.status.hide();
      this.statusShown = false;
      return;
    }
    const { errors, warnings } = this.counts();
    this.status.text = `$(error) ${errors} $(warning) ${warnings}`;
    this.status.tooltip = `Self-help articles in this workspace: ${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'} in ${this.index.size} articles. Click to show the Problems panel.`;
    this.status.show();
    this.statusShown = true;
  }

  /** The workspace's errors and warnings: the index's own findings and those over many articles. */
  counts(): { errors: number; warnings: number } {
    let errors = 0;
    let warnings = 0;
    const count = (severity: string) => (severity === 'error' ? errors++ : severity === 'warning' ? warnings++ : 0);
    for (const article of this.index.articles()) article.findings.forEach((f) => count(f.severity));
    for (const list of this.projectByPath.values()) list.forEach((f) => count(f.severity));
    return { errors, warnings };
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}
