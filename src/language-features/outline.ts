import * as vscode from 'vscode';
import type { ParsedArticles } from './parsed-articles';
import { foldingRanges, outline, type OutlineItem, type OutlineKind } from '../core';
import { isArticle } from './article-documents';

const KIND: Record<OutlineKind, vscode.SymbolKind> = {
  block: vscode.SymbolKind.Namespace,
  attribute: vscode.SymbolKind.Property,
  heading: vscode.SymbolKind.String,
  marker: vscode.SymbolKind.Event,
  json: vscode.SymbolKind.Module,
  'json-item': vscode.SymbolKind.Field,
};

function toSymbol(document: vscode.TextDocument, item: OutlineItem): vscode.DocumentSymbol {
  const range = new vscode.Range(document.positionAt(item.range.start), document.positionAt(item.range.end));
  const selection = new vscode.Range(
    document.positionAt(item.selection.start),
    document.positionAt(item.selection.end),
  );
  const symbol = new vscode.DocumentSymbol(
    item.name,
    item.detail,
    KIND[item.kind],
    range,
    range.contains(selection) ? selection : range,
  );
  symbol.children = item.children.map((child) => toSymbol(document, child));
  return symbol;
}

/** Outline (properties block and attributes, headings, marker blocks, JSON section) and folding for articles. */
export class ArticleOutline implements vscode.DocumentSymbolProvider, vscode.FoldingRangeProvider {
  constructor(private readonly articles: ParsedArticles) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    if (!isArticle(document)) return [];
    return outline(this.articles.get(document)).map((item) => toSymbol(document, item));
  }

  provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
    if (!isArticle(document)) return [];
    return foldingRanges(this.articles.get(document)).map(
      (r) => new vscode.FoldingRange(r.startLine, r.endLine, vscode.FoldingRangeKind.Region),
    );
  }
}
