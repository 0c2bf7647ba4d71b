/**
 * The article service's answers (LSP's types) as VS Code's, and VS Code's places as LSP's: the only conversions the
 * adapters do. LSP's enumerations start at 1 where VS Code's start at 0 (completion, symbol kinds, severities).
 */
import * as vscode from 'vscode';
import type * as lsp from 'vscode-languageserver-types';
import type { ArticleDocument, DiagnosticData } from '../core';

export const toPosition = (p: lsp.Position) => new vscode.Position(p.line, p.character);
export const toRange = (r: lsp.Range) => new vscode.Range(toPosition(r.start), toPosition(r.end));
export const fromPosition = (p: vscode.Position): lsp.Position => ({ line: p.line, character: p.character });
export const fromRange = (r: vscode.Range): lsp.Range => ({ start: fromPosition(r.start), end: fromPosition(r.end) });

/** A VS Code document as the service reads it. */
export function articleDocument(document: vscode.TextDocument): ArticleDocument {
  return {
    uri: document.uri.toString(),
    get version() {
      return document.version;
    },
    getText: () => document.getText(),
    get isClosed() {
      return document.isClosed;
    },
  };
}

/** LSP's markup (a string, a MarkupContent or marked strings) as VS Code's Markdown. */
export function toMarkdown(contents: lsp.Hover['contents'] | lsp.MarkupContent | string): vscode.MarkdownString {
  const parts = Array.isArray(contents) ? contents : [contents];
  return new vscode.MarkdownString(
    parts
      .map((part) => (typeof part === 'string' ? part : part.value))
      .filter(Boolean)
      .join('\n\n'),
  );
}

export function toCompletionItem(item: lsp.CompletionItem): vscode.CompletionItem {
  const converted = new vscode.CompletionItem(item.label, item.kind === undefined ? undefined : item.kind - 1);
  const text = item.textEdit?.newText ?? item.insertText ?? item.label;
  converted.insertText = item.insertTextFormat === 2 ? new vscode.SnippetString(text) : text;
  if (item.textEdit && 'range' in item.textEdit) converted.range = toRange(item.textEdit.range);
  converted.detail = item.detail;
  if (item.documentation) converted.documentation = toMarkdown(item.documentation);
  converted.filterText = item.filterText;
  converted.sortText = item.sortText;
  return converted;
}

export const toLocation = (location: lsp.Location) =>
  new vscode.Location(vscode.Uri.parse(location.uri), toRange(location.range));

export const toTextEdit = (edit: lsp.TextEdit) => new vscode.TextEdit(toRange(edit.range), edit.newText);

export function toWorkspaceEdit(edit: lsp.WorkspaceEdit): vscode.WorkspaceEdit {
  const converted = new vscode.WorkspaceEdit();
  for (const [uri, edits] of Object.entries(edit.changes ?? {}))
    for (const e of edits) converted.replace(vscode.Uri.parse(uri), toRange(e.range), e.newText);
  return converted;
}

export function toDocumentSymbol(symbol: lsp.DocumentSymbol): vscode.DocumentSymbol {
  const converted = new vscode.DocumentSymbol(
    symbol.name,
    symbol.detail ?? '',
    symbol.kind - 1,
    toRange(symbol.range),
    toRange(symbol.selectionRange),
  );
  converted.children = (symbol.children ?? []).map(toDocumentSymbol);
  return converted;
}

export const toFoldingRange = (range: lsp.FoldingRange) =>
  new vscode.FoldingRange(
    range.startLine,
    range.endLine,
    range.kind === 'region' ? vscode.FoldingRangeKind.Region : undefined,
  );

export const toSelectionRange = (range: lsp.SelectionRange): vscode.SelectionRange =>
  new vscode.SelectionRange(toRange(range.range), range.parent && toSelectionRange(range.parent));

/**
 * What each of our diagnostics carries (VS Code's Diagnostic has no `data`): VS Code hands a code action provider the
 * very objects set on a collection, so the rule and message id are found again by the object.
 */
const diagnosticData = new WeakMap<vscode.Diagnostic, DiagnosticData>();

export function toDiagnostic(diagnostic: lsp.Diagnostic): vscode.Diagnostic {
  const converted = new vscode.Diagnostic(
    toRange(diagnostic.range),
    diagnostic.message,
    (diagnostic.severity ?? 1) - 1,
  );
  converted.source = diagnostic.source;
  const code = diagnostic.code ?? '';
  converted.code = diagnostic.codeDescription
    ? { value: code, target: vscode.Uri.parse(diagnostic.codeDescription.href) }
    : code;
  if (diagnostic.relatedInformation?.length)
    converted.relatedInformation = diagnostic.relatedInformation.map(
      (r) => new vscode.DiagnosticRelatedInformation(toLocation(r.location), r.message),
    );
  if (diagnostic.data) diagnosticData.set(converted, diagnostic.data as DiagnosticData);
  return converted;
}

export function fromDiagnostic(diagnostic: vscode.Diagnostic): lsp.Diagnostic {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return {
    range: fromRange(diagnostic.range),
    message: diagnostic.message,
    severity: (diagnostic.severity + 1) as lsp.DiagnosticSeverity,
    source: diagnostic.source,
    code,
    // A diagnostic VS Code copied keeps its rule; its message id is then unknown, and the place alone tells.
    data: diagnosticData.get(diagnostic) ?? (code === undefined ? undefined : { rule: String(code) }),
  };
}

/** An action of the service; its diagnostics are those of the request, found again by `original`. */
export function toCodeAction(
  action: lsp.CodeAction,
  original: Map<lsp.Diagnostic, vscode.Diagnostic>,
): vscode.CodeAction {
  const converted = new vscode.CodeAction(
    action.title,
    action.kind === undefined ? undefined : vscode.CodeActionKind.Empty.append(action.kind),
  );
  if (action.edit) converted.edit = toWorkspaceEdit(action.edit);
  if (action.isPreferred !== undefined) converted.isPreferred = action.isPreferred;
  if (action.diagnostics) converted.diagnostics = action.diagnostics.flatMap((d) => original.get(d) ?? []);
  if (action.command)
    converted.command = {
      title: action.command.title,
      command: action.command.command,
      // A page to open goes to `vscode.open` as a URI.
      arguments:
        action.command.command === 'vscode.open'
          ? action.command.arguments?.map((a: string) => vscode.Uri.parse(a))
          : action.command.arguments,
    };
  return converted;
}
