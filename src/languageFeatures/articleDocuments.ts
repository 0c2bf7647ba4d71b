import * as vscode from 'vscode';
import { findBlockStart } from '../core/properties';
import { settings } from './settings';

/**
 * A Markdown document that opens with a properties block: an article. Saved files must also match one of the
 * `selfhelp.articles` globs; unsaved ones count by their content alone.
 */
export function isArticle(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'markdown') return false;
  const { scheme } = document.uri;
  if (scheme !== 'file' && scheme !== 'untitled' && scheme !== 'vscode-remote') return false;
  if (scheme !== 'untitled' && !settings.articleGlobs(document.uri).some((pattern) => vscode.languages.match({ pattern }, document) > 0)) return false;
  return findBlockStart(document.getText(new vscode.Range(0, 0, 200, 0))) >= 0;
}
