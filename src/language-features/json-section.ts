/**
 * The JSON section of forms and cards edited like a settings file with a schema (the core's json-language: VS Code's
 * own JSON service), plus the form's language: element ids in `visibility` clauses and `dependsOn` completed, found,
 * renamed. Every answer comes from the one parse of the document version (ParsedArticles); outside the section,
 * nothing.
 */
import * as vscode from 'vscode';
import {
  formatJsonSection,
  formDefinitionAt,
  formHoverAt,
  formReferencesAt,
  formRenameAt,
  formRenameTargetAt,
  jsonCompletionsAt,
  jsonFoldingRanges,
  jsonHoverAt,
  jsonSelectionRanges,
  visibilityCompletionsAt,
  type JsonSelectionRange,
  type JsonTextEdit,
  type Span,
} from '../core';
import { isArticle } from './article-documents';
import type { ParsedArticles } from './parsed-articles';

/** Typing these inside the section asks for completions: a key or value's quote, a colon, the clause's parts. */
export const JSON_TRIGGER_CHARACTERS = ['"', ':', ' ', '=', '&', '|', '('];

type LspPosition = { line: number; character: number };
type LspRange = { start: LspPosition; end: LspPosition };

const position = (p: LspPosition) => new vscode.Position(p.line, p.character);
const range = (r: LspRange) => new vscode.Range(position(r.start), position(r.end));
const spanRange = (document: vscode.TextDocument, span: Span) =>
  new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));

/** LSP's markup (a string, a MarkupContent or marked strings) as VS Code's Markdown. */
function markdownOf(contents: unknown): vscode.MarkdownString {
  const parts = Array.isArray(contents) ? contents : [contents];
  return new vscode.MarkdownString(
    parts
      .map((part) => (typeof part === 'string' ? part : ((part as { value?: string })?.value ?? '')))
      .filter(Boolean)
      .join('\n\n'),
  );
}

function selectionRange(lsp: JsonSelectionRange): vscode.SelectionRange {
  return new vscode.SelectionRange(range(lsp.range), lsp.parent && selectionRange(lsp.parent));
}

export class JsonSectionFeatures
  implements
    vscode.CompletionItemProvider,
    vscode.HoverProvider,
    vscode.DefinitionProvider,
    vscode.ReferenceProvider,
    vscode.RenameProvider,
    vscode.FoldingRangeProvider,
    vscode.SelectionRangeProvider,
    vscode.DocumentFormattingEditProvider,
    vscode.DocumentRangeFormattingEditProvider
{
  constructor(private readonly articles: ParsedArticles) {}

  private articleOf(document: vscode.TextDocument) {
    if (!isArticle(document)) return undefined;
    const article = this.articles.get(document);
    return article.json ? article : undefined;
  }

  async provideCompletionItems(
    document: vscode.TextDocument,
    at: vscode.Position,
  ): Promise<vscode.CompletionItem[] | vscode.CompletionList> {
    const article = this.articleOf(document);
    if (!article) return [];
    const offset = document.offsetAt(at);
    const clauses = visibilityCompletionsAt(article, offset);
    if (clauses.length)
      return clauses.map((c, i) => {
        const item = new vscode.CompletionItem(
          c.label,
          c.kind === 'element'
            ? vscode.CompletionItemKind.Reference
            : c.kind === 'value'
              ? vscode.CompletionItemKind.EnumMember
              : vscode.CompletionItemKind.Operator,
        );
        item.insertText = c.insert;
        item.range = spanRange(document, c.replace);
        item.detail = c.detail;
        item.sortText = String(i).padStart(4, '0');
        return item;
      });
    const list = await jsonCompletionsAt(article, offset);
    if (!list) return [];
    const items = list.items.map((lsp) => {
      const item = new vscode.CompletionItem(lsp.label, lsp.kind === undefined ? undefined : lsp.kind - 1);
      const text = lsp.textEdit?.newText ?? lsp.insertText ?? lsp.label;
      item.insertText = lsp.insertTextFormat === 2 ? new vscode.SnippetString(text) : text;
      if (lsp.textEdit && 'range' in lsp.textEdit) item.range = range(lsp.textEdit.range);
      item.detail = lsp.detail;
      if (lsp.documentation) item.documentation = markdownOf(lsp.documentation);
      item.filterText = lsp.filterText;
      item.sortText = lsp.sortText;
      return item;
    });
    return new vscode.CompletionList(items, list.isIncomplete);
  }

  async provideHover(document: vscode.TextDocument, at: vscode.Position): Promise<vscode.Hover | undefined> {
    const article = this.articleOf(document);
    if (!article) return undefined;
    const offset = document.offsetAt(at);
    const clause = formHoverAt(article, offset);
    if (clause) return new vscode.Hover(new vscode.MarkdownString(clause.markdown), spanRange(document, clause.span));
    const hover = await jsonHoverAt(article, offset);
    if (!hover) return undefined;
    const markdown = markdownOf(hover.contents);
    return markdown.value ? new vscode.Hover(markdown, hover.range && range(hover.range)) : undefined;
  }

  provideDefinition(document: vscode.TextDocument, at: vscode.Position): vscode.Location | undefined {
    const article = this.articleOf(document);
    const span = article && formDefinitionAt(article, document.offsetAt(at));
    return span && new vscode.Location(document.uri, spanRange(document, span));
  }

  provideReferences(
    document: vscode.TextDocument,
    at: vscode.Position,
    context: vscode.ReferenceContext,
  ): vscode.Location[] {
    const article = this.articleOf(document);
    if (!article) return [];
    return formReferencesAt(article, document.offsetAt(at), context.includeDeclaration).map(
      (span) => new vscode.Location(document.uri, spanRange(document, span)),
    );
  }

  prepareRename(document: vscode.TextDocument, at: vscode.Position): { range: vscode.Range; placeholder: string } {
    const article = this.articleOf(document);
    const target = article && formRenameTargetAt(article, document.offsetAt(at));
    if (!target) throw new Error('Only the id of an element of this form can be renamed here.');
    return { range: spanRange(document, target.span), placeholder: target.id };
  }

  provideRenameEdits(document: vscode.TextDocument, at: vscode.Position, newName: string): vscode.WorkspaceEdit {
    const article = this.articleOf(document);
    if (!article) throw new Error('Only the id of an element of this form can be renamed here.');
    const outcome = formRenameAt(article, document.offsetAt(at), newName);
    // VS Code shows the message of a refusal where the rename was asked for.
    if ('refused' in outcome) throw new Error(outcome.refused);
    const edit = new vscode.WorkspaceEdit();
    for (const e of outcome.edits) edit.replace(document.uri, spanRange(document, e), e.text);
    return edit;
  }

  provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
    const article = this.articleOf(document);
    if (!article) return [];
    return jsonFoldingRanges(article).map((r) => new vscode.FoldingRange(r.startLine, r.endLine));
  }

  provideSelectionRanges(
    document: vscode.TextDocument,
    positions: readonly vscode.Position[],
  ): vscode.SelectionRange[] {
    const article = this.articleOf(document);
    if (!article) return [];
    const found = jsonSelectionRanges(
      article,
      positions.map((p) => document.offsetAt(p)),
    );
    if (found.every((lsp) => !lsp)) return [];
    // A position outside the section keeps VS Code's own word-based selection.
    return found.map((lsp, i) =>
      lsp ? selectionRange(lsp) : new vscode.SelectionRange(new vscode.Range(positions[i], positions[i])),
    );
  }

  provideDocumentFormattingEdits(document: vscode.TextDocument): vscode.TextEdit[] {
    const article = this.articleOf(document);
    return article ? formatJsonSection(article).map(textEdit) : [];
  }

  provideDocumentRangeFormattingEdits(document: vscode.TextDocument, selected: vscode.Range): vscode.TextEdit[] {
    const article = this.articleOf(document);
    if (!article) return [];
    const span = { start: document.offsetAt(selected.start), end: document.offsetAt(selected.end) };
    return formatJsonSection(article, span).map(textEdit);
  }
}

const textEdit = (edit: JsonTextEdit) => new vscode.TextEdit(range(edit.range), edit.newText);
