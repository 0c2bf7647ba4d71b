import * as vscode from 'vscode';
import { findBlockStart } from '../core/properties';
import { settings } from './settings';

/** Past this size a document is not checked in the editor (a real article is a few kilobytes; the CLI checks any). */
export const MAX_ARTICLE_CHARS = 2_000_000;

export function isTooLarge(document: vscode.TextDocument): boolean {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end) > MAX_ARTICLE_CHARS;
}

/**
 * A Markdown document that opens with a properties block: an article. Saved files must also match one of the
 * `selfhelp.articles` globs; unsaved ones count by their content alone.
 */
export function isArticle(document: vscode.TextDocument): boolean {
  return opensWithBlock(document) && !isTooLarge(document);
}

/** Whether the document would be an article, whatever its size. */
export function opensWithBlock(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'markdown') return false;
  const { scheme } = document.uri;
  if (scheme !== 'file' && scheme !== 'untitled' && scheme !== 'vscode-remote') return false;
  if (scheme !== 'untitled' && !settings.articleGlobs(document.uri).some((pattern) => vscode.languages.match({ pattern }, document) > 0)) return false;
  return findBlockStart(document.getText(new vscode.Range(0, 0, 200, 0))) >= 0;
}
