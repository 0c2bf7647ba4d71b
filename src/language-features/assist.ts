import * as vscode from 'vscode';
import type { ParsedArticles } from './parsed-articles';
import { type Completion, completionsAt, hoverAt, type Known } from '../core';
import { isArticle } from './article-documents';

const KIND: Record<Completion['kind'], vscode.CompletionItemKind> = {
  attribute: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.Value,
  token: vscode.CompletionItemKind.Variable,
  blade: vscode.CompletionItemKind.Module,
};

export const TRIGGER_CHARACTERS = ['"', ',', ' ', '$', ':', '.'];

/** Completions and hovers over the core's answers; a broken article gets what can be said, or nothing. */
export class ArticleAssist implements vscode.CompletionItemProvider, vscode.HoverProvider {
  constructor(
    private readonly known: () => Known,
    private readonly articles: ParsedArticles,
  ) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    if (!isArticle(document)) return [];
    const completions = completionsAt(
      this.articles.get(document),
      document.offsetAt(position),
      () => crypto.randomUUID(),
      this.known(),
    );
    return completions.map((c) => {
      const item = new vscode.CompletionItem(c.label, KIND[c.kind]);
      item.insertText = new vscode.SnippetString(c.insert);
      item.range = new vscode.Range(document.positionAt(c.replace.start), document.positionAt(c.replace.end));
      item.detail = c.detail;
      if (c.documentation) item.documentation = new vscode.MarkdownString(c.documentation);
      item.sortText = c.sortText;
      return item;
    });
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!isArticle(document)) return undefined;
    const hover = hoverAt(this.articles.get(document), document.offsetAt(position), this.known());
    if (!hover) return undefined;
    return new vscode.Hover(
      new vscode.MarkdownString(hover.markdown),
      new vscode.Range(document.positionAt(hover.span.start), document.positionAt(hover.span.end)),
    );
  }
}
