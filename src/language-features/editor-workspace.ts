/**
 * The article service's view of VS Code's workspace: each folder's rule configuration and words, the workspace index
 * (the rules over many articles, the values completions offer), and what Check Links found.
 */
import * as vscode from 'vscode';
import { type ArticleWorkspace, type Finding, ruleIdOf } from '../core';
import type { RuleConfigs } from './rule-config';
import type { Spelling } from './spelling';
import type { Trace } from './trace';
import type { WorkspaceIndex } from './workspace-index';

const SPELLING = ruleIdOf('spelling')!;

export interface EditorWorkspaceParts {
  configs: RuleConfigs;
  spelling: Spelling;
  index: WorkspaceIndex;
  trace: Trace;
  /** The findings of Check Links for a document version. */
  linkFindings(uri: string, version: number): readonly Finding[];
}

export function editorWorkspace({
  configs,
  spelling,
  index,
  trace,
  linkFindings,
}: EditorWorkspaceParts): ArticleWorkspace {
  const uriOf = (uri: string) => vscode.Uri.parse(uri);
  return {
    pathOf(uri) {
      const parsed = uriOf(uri);
      return parsed.scheme === 'untitled' ? undefined : vscode.workspace.asRelativePath(parsed, false);
    },
    configOf: (uri) => configs.forUri(uriOf(uri)),
    contextOf(uri, config) {
      const parsed = uriOf(uri);
      // The word list is read only when the spelling rule is on: until then, or with it off, nothing is loaded.
      return {
        speller: config.get(SPELLING) ? spelling.spellerFor(parsed) : undefined,
        internalHosts: configs.internalHostsFor(parsed),
      };
    },
    knownValues: () => index.knownValues(),
    projectFindings(uri, config) {
      const parsed = uriOf(uri);
      return parsed.scheme === 'untitled' ? [] : index.projectFindings(parsed, config);
    },
    uriOf: (path) => index.uriOf(path)?.toString(),
    otherFindings: (document) => linkFindings(document.uri, document.version),
    canAddWords: (uri) => !!vscode.workspace.getWorkspaceFolder(uriOf(uri)),
    onDidParse: (uri) => trace.emit({ kind: 'parse', uri }),
  };
}
