/**
 * The one door to the editor's features, after the Markdown language service (`createLanguageService`): created once
 * with the host's workspace, one method a feature, each taking a document and a place in LSP's positions and
 * answering in LSP's types (`vscode-languageserver-types`). The service decides which part of the article a place is
 * in (the properties block, the body, the JSON section, a `visibility` clause); a host only converts types.
 */
import * as lsp from 'vscode-languageserver-types';
import { bundledKnown, completionsAt, hoverAt, type Completion } from '../authoring/assist';
import {
  formDefinitionAt,
  formHoverAt,
  formReferencesAt,
  formRenameAt,
  formRenameTargetAt,
  visibilityCompletionsAt,
  type FormCompletion,
} from '../authoring/form-language';
import {
  formatJsonSection,
  jsonCompletionsAt,
  jsonFoldingRanges,
  jsonHoverAt,
  jsonSelectionRanges,
} from '../authoring/json-language';
import { foldingRanges, outline, type OutlineItem, type OutlineKind } from '../authoring/outline';
import type { FixOutcome } from '../lint/fix';
import type { Article } from '../parse/article';
import type { Span } from '../text/span';
import { type ArticleDocument, type ArticleWorkspace, type CheckedArticle, checkedArticles } from './checked-articles';
import { codeActionsOf, resolveFixAllOfRule, type CodeActionRequest } from './code-actions';
import { diagnosticOf, projectDiagnosticOf } from './diagnostics';
import { rangeOf } from './positions';
import { regionAt } from './regions';

export type { ArticleDocument, ArticleWorkspace, CheckedArticle };

export interface ArticleServiceOptions {
  workspace: ArticleWorkspace;
  /** A fresh GUID, for `articleId` completions. */
  newGuid: () => string;
}

export interface ArticleService {
  /** The one parse of a document version that every feature shares. */
  parse(document: ArticleDocument): Article;
  /** The document checked with its folder's configuration; the last result while the version and setup hold. */
  check(document: ArticleDocument): CheckedArticle;
  /** Whether a parse of this document is kept. */
  holds(uri: string): boolean;
  /** Forgets a closed document. */
  forget(uri: string): void;

  getCompletionItems(document: ArticleDocument, position: lsp.Position): Promise<lsp.CompletionList>;
  getHover(document: ArticleDocument, position: lsp.Position): Promise<lsp.Hover | undefined>;
  getDefinition(document: ArticleDocument, position: lsp.Position): lsp.Location[];
  getReferences(document: ArticleDocument, position: lsp.Position, context: lsp.ReferenceContext): lsp.Location[];
  /** What a rename here would rename, or why nothing can be. */
  prepareRename(
    document: ArticleDocument,
    position: lsp.Position,
  ): { range: lsp.Range; placeholder: string } | { refused: string };
  getRenameEdits(
    document: ArticleDocument,
    position: lsp.Position,
    newName: string,
  ): lsp.WorkspaceEdit | { refused: string };
  getDocumentSymbols(document: ArticleDocument): lsp.DocumentSymbol[];
  getFoldingRanges(document: ArticleDocument): lsp.FoldingRange[];
  /** Growing selections; undefined where none of the positions is in the JSON section (the editor's own serve). */
  getSelectionRanges(document: ArticleDocument, positions: readonly lsp.Position[]): lsp.SelectionRange[] | undefined;
  /** The JSON section laid out (or the part a range covers): nothing else of an article has a layout to restore. */
  format(document: ArticleDocument, range?: lsp.Range): lsp.TextEdit[];
  /** The findings of the article and of the rules over many articles, as diagnostics. */
  computeDiagnostics(document: ArticleDocument): lsp.Diagnostic[];
  /** Quick fixes, suggestions, "fix all" of a rule and of the file, comments that turn a rule off, the rule's page. */
  getCodeActions(document: ArticleDocument, range: lsp.Range, context: CodeActionRequest): lsp.CodeAction[];
  /** The edit of an action left to compute when chosen ("fix all" of a rule). */
  resolveCodeAction(document: ArticleDocument, action: lsp.CodeAction): lsp.CodeAction;
  /** Every fix applied (or those of one rule), as `--fix` would. */
  fixAll(document: ArticleDocument, rule?: string): FixOutcome;
}

const COMPLETION_KIND: Record<Completion['kind'], lsp.CompletionItemKind> = {
  attribute: lsp.CompletionItemKind.Property,
  value: lsp.CompletionItemKind.Value,
  token: lsp.CompletionItemKind.Variable,
  blade: lsp.CompletionItemKind.Module,
};

const CLAUSE_KIND: Record<FormCompletion['kind'], lsp.CompletionItemKind> = {
  element: lsp.CompletionItemKind.Reference,
  value: lsp.CompletionItemKind.EnumMember,
  operator: lsp.CompletionItemKind.Operator,
};

const SYMBOL_KIND: Record<OutlineKind, lsp.SymbolKind> = {
  block: lsp.SymbolKind.Namespace,
  attribute: lsp.SymbolKind.Property,
  heading: lsp.SymbolKind.String,
  marker: lsp.SymbolKind.Event,
  json: lsp.SymbolKind.Module,
  'json-item': lsp.SymbolKind.Field,
};

const NOT_RENAMEABLE = 'Only the id of an element of this form can be renamed here.';

export function createArticleService({ workspace, newGuid }: ArticleServiceOptions): ArticleService {
  const { parse, check, holds, forget, fixAll: fixAllOf } = checkedArticles(workspace);

  const offsetOf = (article: Article, position: lsp.Position) =>
    article.lines.offsetAt(position.line, position.character);
  const location = (document: ArticleDocument, article: Article, span: Span) =>
    lsp.Location.create(document.uri, rangeOf(article, span));
  const known = () => workspace.knownValues?.() ?? bundledKnown();

  const symbol = (article: Article, item: OutlineItem): lsp.DocumentSymbol => {
    const range = rangeOf(article, item.range);
    const inside = item.range.start <= item.selection.start && item.selection.end <= item.range.end;
    return lsp.DocumentSymbol.create(
      item.name,
      item.detail,
      SYMBOL_KIND[item.kind],
      range,
      inside ? rangeOf(article, item.selection) : range,
      item.children.map((child) => symbol(article, child)),
    );
  };

  return {
    parse,
    check,
    holds,
    forget,

    async getCompletionItems(document, position) {
      const article = parse(document);
      const offset = offsetOf(article, position);
      if (regionAt(article, offset) !== 'json') {
        const items = completionsAt(article, offset, newGuid, known()).map((c) => ({
          label: c.label,
          kind: COMPLETION_KIND[c.kind],
          detail: c.detail,
          documentation: c.documentation && { kind: lsp.MarkupKind.Markdown, value: c.documentation },
          sortText: c.sortText,
          insertTextFormat: lsp.InsertTextFormat.Snippet,
          textEdit: lsp.TextEdit.replace(rangeOf(article, c.replace), c.insert),
        }));
        return lsp.CompletionList.create(items, false);
      }
      const clauses = visibilityCompletionsAt(article, offset);
      if (clauses.length)
        return lsp.CompletionList.create(
          clauses.map((c, i) => ({
            label: c.label,
            kind: CLAUSE_KIND[c.kind],
            detail: c.detail,
            sortText: String(i).padStart(4, '0'),
            textEdit: lsp.TextEdit.replace(rangeOf(article, c.replace), c.insert),
          })),
          false,
        );
      return (await jsonCompletionsAt(article, offset)) ?? lsp.CompletionList.create([], false);
    },

    async getHover(document, position) {
      const article = parse(document);
      const offset = offsetOf(article, position);
      const markdown = (value: string, span: Span): lsp.Hover => ({
        contents: { kind: lsp.MarkupKind.Markdown, value },
        range: rangeOf(article, span),
      });
      if (regionAt(article, offset) !== 'json') {
        const hover = hoverAt(article, offset, known());
        return hover && markdown(hover.markdown, hover.span);
      }
      const clause = formHoverAt(article, offset);
      if (clause) return markdown(clause.markdown, clause.span);
      return jsonHoverAt(article, offset);
    },

    getDefinition(document, position) {
      const article = parse(document);
      const span = formDefinitionAt(article, offsetOf(article, position));
      return span ? [location(document, article, span)] : [];
    },

    getReferences(document, position, context) {
      const article = parse(document);
      return formReferencesAt(article, offsetOf(article, position), context.includeDeclaration).map((span) =>
        location(document, article, span),
      );
    },

    prepareRename(document, position) {
      const article = parse(document);
      const target = formRenameTargetAt(article, offsetOf(article, position));
      return target ? { range: rangeOf(article, target.span), placeholder: target.id } : { refused: NOT_RENAMEABLE };
    },

    getRenameEdits(document, position, newName) {
      const article = parse(document);
      const outcome = formRenameAt(article, offsetOf(article, position), newName);
      if ('refused' in outcome) return outcome;
      return {
        changes: { [document.uri]: outcome.edits.map((e) => lsp.TextEdit.replace(rangeOf(article, e), e.text)) },
      };
    },

    getDocumentSymbols(document) {
      const article = parse(document);
      return outline(article).map((item) => symbol(article, item));
    },

    getFoldingRanges(document) {
      const article = parse(document);
      const regions = foldingRanges(article).map((r) =>
        lsp.FoldingRange.create(r.startLine, r.endLine, undefined, undefined, lsp.FoldingRangeKind.Region),
      );
      const starts = new Set(regions.map((r) => `${r.startLine}:${r.endLine}`));
      return [...regions, ...jsonFoldingRanges(article).filter((r) => !starts.has(`${r.startLine}:${r.endLine}`))];
    },

    getSelectionRanges(document, positions) {
      const article = parse(document);
      const found = jsonSelectionRanges(
        article,
        positions.map((p) => offsetOf(article, p)),
      );
      if (found.every((range) => !range)) return undefined;
      // A position outside the section keeps an empty selection where it is.
      return found.map((range, i) => range ?? lsp.SelectionRange.create(lsp.Range.create(positions[i], positions[i])));
    },

    format(document, range) {
      const article = parse(document);
      const span = range && { start: offsetOf(article, range.start), end: offsetOf(article, range.end) };
      return formatJsonSection(article, span);
    },

    computeDiagnostics(document) {
      const { article, config, findings } = check(document);
      const project = workspace.projectFindings?.(document.uri, config) ?? [];
      return [
        ...findings.map((finding) => diagnosticOf(article, finding)),
        ...project.map((finding) => projectDiagnosticOf(finding, (path) => workspace.uriOf?.(path))),
      ];
    },

    getCodeActions(document, range, context) {
      const checked = check(document);
      return codeActionsOf(
        document.uri,
        checked,
        [...checked.findings, ...(workspace.otherFindings?.(document) ?? [])],
        range,
        context,
        {
          speller: workspace.contextOf(document.uri, checked.config).speller,
          canAddWords: workspace.canAddWords?.(document.uri) ?? false,
        },
      );
    },

    resolveCodeAction(document, action) {
      return resolveFixAllOfRule(document.uri, parse(document), action, (rule) => fixAllOf(document, rule));
    },

    fixAll: fixAllOf,
  };
}
