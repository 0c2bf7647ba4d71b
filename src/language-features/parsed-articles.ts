import * as vscode from 'vscode';
import type { Article, ArticleService, Finding } from '../core';
import { articleDocument } from './lsp-convert';

/**
 * The article service's one parse of each document version, for the preview and the commands (the features ask the
 * service themselves). Forgotten when the document closes.
 */
export class ParsedArticles implements vscode.Disposable {
  private readonly closing = vscode.workspace.onDidCloseTextDocument((document) =>
    this.service.forget(document.uri.toString()),
  );

  constructor(private readonly service: ArticleService) {}

  get(document: vscode.TextDocument): Article {
    return this.service.parse(articleDocument(document));
  }

  /** The document's findings, as its diagnostics have them (the preview marks some of them). */
  findings(document: vscode.TextDocument): readonly Finding[] {
    return this.service.check(articleDocument(document)).findings;
  }

  /** Whether a parse of this document is kept (not after it closed). */
  holds(uri: vscode.Uri): boolean {
    return this.service.holds(uri.toString());
  }

  dispose(): void {
    this.closing.dispose();
  }
}
