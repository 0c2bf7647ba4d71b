/** Offsets of an article's text to LSP's positions (0-based lines, UTF-16 columns) and back. */
import type * as lsp from 'vscode-languageserver-types';
import type { Article } from '../parse/article';
import type { Span } from '../text/span';

export function rangeOf(article: Pick<Article, 'lines'>, span: Span): lsp.Range {
  return { start: article.lines.positionAt(span.start), end: article.lines.positionAt(span.end) };
}

export function spanOf(article: Pick<Article, 'lines'>, range: lsp.Range): Span {
  return {
    start: article.lines.offsetAt(range.start.line, range.start.character),
    end: article.lines.offsetAt(range.end.line, range.end.character),
  };
}
