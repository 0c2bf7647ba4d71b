import * as vscode from 'vscode';
import { findBlockStart } from '../core';
import { settings } from './settings';

/** Past this size a document is not checked in the editor (a real article is a few kilobytes; the CLI checks any). */
export const MAX_ARTICLE_CHARS = 2_000_000;

/**
 * Schemes of documents that show another version of a file or are not files at all (the left side of a Git diff,
 * output channels, the commit message box): an article there would repeat its problems in the Problems panel.
 */
const NOT_ARTICLE_SCHEMES = new Set([
  'git',
  'gitfs',
  'output',
  'vscode-scm',
  'vscode-bulkeditpreview',
  'vscode-chat-code-block',
  'merge-conflict.conflict-diff',
]);

/** How much of a document is read to tell whether it opens with a properties block. */
const LINES_LOOKED_AT = 200;

export function isTooLarge(document: vscode.TextDocument): boolean {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end) > MAX_ARTICLE_CHARS;
}

/**
 * A Markdown document that opens with a properties block: an article, whatever its folder or URI scheme (`file`,
 * `untitled`, `vscode-remote`, github.dev's `vscode-vfs` …). A document inside a workspace folder must also match one
 * of that folder's `selfhelp.articles` globs; one outside every folder counts by its content alone.
 */
export function isArticle(document: vscode.TextDocument): boolean {
  return opensWithBlock(document) && !isTooLarge(document);
}

/** Whether the document would be an article, whatever its size. Reads only its first lines. */
export function opensWithBlock(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'markdown' || NOT_ARTICLE_SCHEMES.has(document.uri.scheme)) return false;
  if (findBlockStart(document.getText(new vscode.Range(0, 0, LINES_LOOKED_AT, 0))) < 0) return false;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!folder) return true;
  return settings
    .articleGlobs(folder.uri)
    .some((glob) => vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, document) > 0);
}

/** The path the core reports and compares the article by (relative to its folder); none for an unsaved document. */
export function articlePath(document: vscode.TextDocument): string | undefined {
  return document.isUntitled ? undefined : vscode.workspace.asRelativePath(document.uri, false);
}

/** The active editor when it shows an article; else says what the command needs, and gives none. */
export function activeArticleEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && isArticle(editor.document)) return editor;
  void vscode.window.showInformationMessage(
    'Open a self-help article (a Markdown file that starts with a <properties … /> block) first.',
  );
  return undefined;
}
