import * as vscode from 'vscode';
import { findBlockStart } from '../core/properties';

/** A Markdown document (on disk or unsaved) that opens with a properties block: an article. */
export function isArticle(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'markdown') return false;
  if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled' && document.uri.scheme !== 'vscode-remote') return false;
  return findBlockStart(document.getText(new vscode.Range(0, 0, 200, 0))) >= 0;
}
