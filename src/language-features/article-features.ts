/**
 * The editor's features over the article service: one provider a feature, each a few lines of conversion. The
 * service decides which part of the article a place is in; outside an article, nothing.
 */
import * as vscode from 'vscode';
import type { ArticleService } from '../core';
import { isArticle } from './article-documents';
import {
  articleDocument,
  fromPosition,
  fromRange,
  toCompletionItem,
  toDocumentSymbol,
  toFoldingRange,
  toLocation,
  toMarkdown,
  toRange,
  toSelectionRange,
  toTextEdit,
  toWorkspaceEdit,
} from './lsp-convert';

/**
 * Typing these asks for completions: in the properties block a value's quote, a list's comma, a space; in the body a
 * token's `$` or a blade link's `:` and `.`; in the JSON section a key's quote, a colon, a clause's parts.
 */
export const TRIGGER_CHARACTERS = ['"', ',', ' ', '$', ':', '.', '=', '&', '|', '('];

export class ArticleFeatures
  implements
    vscode.CompletionItemProvider,
    vscode.HoverProvider,
    vscode.DefinitionProvider,
    vscode.ReferenceProvider,
    vscode.RenameProvider,
    vscode.DocumentSymbolProvider,
    vscode.FoldingRangeProvider,
    vscode.SelectionRangeProvider,
    vscode.DocumentFormattingEditProvider,
    vscode.DocumentRangeFormattingEditProvider
{
  constructor(private readonly service: ArticleService) {}

  async provideCompletionItems(document: vscode.TextDocument, at: vscode.Position) {
    if (!isArticle(document)) return [];
    const list = await this.service.getCompletionItems(articleDocument(document), fromPosition(at));
    return new vscode.CompletionList(list.items.map(toCompletionItem), list.isIncomplete);
  }

  async provideHover(document: vscode.TextDocument, at: vscode.Position) {
    if (!isArticle(document)) return undefined;
    const hover = await this.service.getHover(articleDocument(document), fromPosition(at));
    const markdown = hover && toMarkdown(hover.contents);
    return markdown?.value ? new vscode.Hover(markdown, hover!.range && toRange(hover!.range)) : undefined;
  }

  provideDefinition(document: vscode.TextDocument, at: vscode.Position) {
    if (!isArticle(document)) return [];
    return this.service.getDefinition(articleDocument(document), fromPosition(at)).map(toLocation);
  }

  provideReferences(document: vscode.TextDocument, at: vscode.Position, context: vscode.ReferenceContext) {
    if (!isArticle(document)) return [];
    return this.service.getReferences(articleDocument(document), fromPosition(at), context).map(toLocation);
  }

  // VS Code shows the message of a refusal where the rename was asked for.
  prepareRename(document: vscode.TextDocument, at: vscode.Position) {
    const target = isArticle(document) && this.service.prepareRename(articleDocument(document), fromPosition(at));
    if (!target || 'refused' in target) throw new Error(target ? target.refused : 'Not a self-help article.');
    return { range: toRange(target.range), placeholder: target.placeholder };
  }

  provideRenameEdits(document: vscode.TextDocument, at: vscode.Position, newName: string) {
    const edit =
      isArticle(document) && this.service.getRenameEdits(articleDocument(document), fromPosition(at), newName);
    if (!edit || 'refused' in edit) throw new Error(edit ? edit.refused : 'Not a self-help article.');
    return toWorkspaceEdit(edit);
  }

  provideDocumentSymbols(document: vscode.TextDocument) {
    if (!isArticle(document)) return [];
    return this.service.getDocumentSymbols(articleDocument(document)).map(toDocumentSymbol);
  }

  provideFoldingRanges(document: vscode.TextDocument) {
    if (!isArticle(document)) return [];
    return this.service.getFoldingRanges(articleDocument(document)).map(toFoldingRange);
  }

  provideSelectionRanges(document: vscode.TextDocument, positions: readonly vscode.Position[]) {
    if (!isArticle(document)) return [];
    return (
      this.service.getSelectionRanges(articleDocument(document), positions.map(fromPosition))?.map(toSelectionRange) ??
      []
    );
  }

  provideDocumentFormattingEdits(document: vscode.TextDocument) {
    if (!isArticle(document)) return [];
    return this.service.format(articleDocument(document)).map(toTextEdit);
  }

  provideDocumentRangeFormattingEdits(document: vscode.TextDocument, range: vscode.Range) {
    if (!isArticle(document)) return [];
    return this.service.format(articleDocument(document), fromRange(range)).map(toTextEdit);
  }
}
