import * as vscode from 'vscode';
import { parseArticle, type Article } from '../core';
import { articlePath } from './article-documents';
import type { Trace } from './trace';

/**
 * One parse of each document version, with its path, shared by diagnostics, outline, completions, hovers, code
 * actions, the preview and the commands (as the Markdown language service's workspace cache). The parsed article is
 * also the key of the views the rules compute once, so sharing it shares them. Forgotten when the document closes.
 */
export class ParsedArticles implements vscode.Disposable {
  private readonly parsed = new Map<string, { version: number; article: Article }>();
  private readonly closing = vscode.workspace.onDidCloseTextDocument((document) =>
    this.parsed.delete(document.uri.toString()),
  );

  /** `trace` hears of each parse: what the shared cache saves can be counted. */
  constructor(private readonly trace: Trace) {}

  get(document: vscode.TextDocument): Article {
    const key = document.uri.toString();
    const hit = this.parsed.get(key);
    if (hit?.version === document.version) return hit.article;
    const article = parseArticle(document.getText(), { path: articlePath(document) });
    this.trace.emit({ kind: 'parse', uri: key });
    if (!document.isClosed) this.parsed.set(key, { version: document.version, article });
    return article;
  }

  /** Whether a parse of this document is kept (not after it closed). */
  holds(uri: vscode.Uri): boolean {
    return this.parsed.has(uri.toString());
  }

  dispose(): void {
    this.closing.dispose();
    this.parsed.clear();
  }
}
