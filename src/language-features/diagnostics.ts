import * as vscode from 'vscode';
import {
  type ArticleService,
  DIAGNOSTIC_SOURCE,
  diagnosticAt,
  projectDiagnosticOf,
  type ProjectFinding,
} from '../core';
import { isArticle, isTooLarge, MAX_ARTICLE_CHARS, opensWithBlock } from './article-documents';
import { articleDocument, toDiagnostic } from './lsp-convert';
import type { RuleConfigs } from './rule-config';
import type { Spelling } from './spelling';
import { settings } from './settings';
import type { WorkspaceIndex } from './workspace-index';

export { DIAGNOSTIC_SOURCE };

/** A finding placed by 0-based positions as a diagnostic of ours (Check Links', the closed articles'). */
export function placedDiagnostic(
  range: Parameters<typeof diagnosticAt>[0],
  finding: Parameters<typeof diagnosticAt>[1],
): vscode.Diagnostic {
  return toDiagnostic(diagnosticAt(range, finding));
}

export function toProjectDiagnostic(finding: ProjectFinding, index: WorkspaceIndex): vscode.Diagnostic {
  return toDiagnostic(projectDiagnosticOf(finding, (path) => index.uriOf(path)?.toString()));
}

function tooLarge(): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(0, 0, 0, 11),
    `Not checked in the editor: larger than ${MAX_ARTICLE_CHARS / 1_000_000} million characters (the selfhelp CLI checks it).`,
    vscode.DiagnosticSeverity.Information,
  );
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}

/**
 * Publishes the service's diagnostics for open articles: debounced while typing, and a result is dropped when the
 * document changed after it was asked for.
 */
export class ArticleDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    configs: RuleConfigs,
    private readonly index: WorkspaceIndex,
    private readonly service: ArticleService,
    spelling: Spelling,
  ) {
    this.subscriptions.push(
      index.onDidChangeFacts(() => this.scheduleAll()),
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document, settings.debounce(e.document.uri))),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      configs.onDidChange(() => this.scheduleAll()),
      spelling.onDidLoad(() => this.scheduleAll()),
    );
  }

  /** Checks every open document that is an article (once activated, for those opened before). */
  scheduleAll(): void {
    vscode.workspace.textDocuments.forEach((d) => this.schedule(d, 0));
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    if (!isArticle(document) || !settings.enabled(document.uri)) {
      this.timers.delete(key);
      this.collection.delete(document.uri);
      if (settings.enabled(document.uri) && opensWithBlock(document) && isTooLarge(document))
        this.collection.set(document.uri, [tooLarge()]);
      return;
    }
    const version = document.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.lint(document, version);
      }, delay),
    );
  }

  private lint(document: vscode.TextDocument, version: number): void {
    if (document.isClosed || document.version !== version) return;
    const checked = articleDocument(document);
    const { article, findings } = this.service.check(checked);
    // An article in a workspace folder: the folder holds articles, so the other articles are wanted too.
    if (vscode.workspace.getWorkspaceFolder(document.uri)) void this.index.start();
    // The open document's text is what the other articles are compared with; an unsaved one is no file of theirs.
    if (!document.isUntitled) this.index.store(document.uri, article, true, findings);
    this.collection.set(document.uri, this.service.computeDiagnostics(checked).map(toDiagnostic));
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.collection.delete(document.uri);
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.subscriptions.forEach((s) => s.dispose());
    this.collection.dispose();
  }
}
