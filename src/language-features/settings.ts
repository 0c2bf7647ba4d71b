import * as vscode from 'vscode';
import type { RuleSetting } from '../core';

/** The extension's settings (all under `selfhelp.`), read when needed so changes apply at once. */
export const settings = {
  enabled: (scope?: vscode.Uri) => vscode.workspace.getConfiguration('selfhelp', scope).get<boolean>('enable', true),
  configFile: (scope?: vscode.Uri) =>
    vscode.workspace.getConfiguration('selfhelp', scope).get<string>('configFile', '').trim(),
  rules: (scope?: vscode.Uri) =>
    vscode.workspace.getConfiguration('selfhelp', scope).get<Record<string, RuleSetting>>('rules', {}),
  debounce: (scope?: vscode.Uri) =>
    Math.max(0, vscode.workspace.getConfiguration('selfhelp', scope).get<number>('debounce', 250)),
  /** `open`: problems of open articles only; `workspace`: of every article, kept current as files change. */
  problemsScope: () =>
    vscode.workspace.getConfiguration('selfhelp').get<string>('problems.scope', 'open') === 'workspace'
      ? 'workspace'
      : 'open',
  articleGlobs: (scope?: vscode.Uri) =>
    vscode.workspace.getConfiguration('selfhelp', scope).get<string[]>('articles', ['**/*.md']),
};
