import * as vscode from 'vscode';
import { modify } from 'jsonc-parser';
import type * as lsp from 'vscode-languageserver-types';
import { type ArticleService, type CodeActionData, CONFIG_FILE_NAMES, FIX_ALL_KIND } from '../core';
import { settings } from './settings';
import { isArticle } from './article-documents';
import { articleDocument, fromDiagnostic, fromRange, toCodeAction, toWorkspaceEdit } from './lsp-convert';

/**
 * The word added to `words` of the folder's configuration file (the one `selfhelp.configFile` names, or the one it
 * holds, or a new `.selfhelp.json`): one undoable edit, of the open editor's text when the file is open.
 */
async function addWordEdit(folder: vscode.Uri, word: string): Promise<vscode.WorkspaceEdit> {
  const edit = new vscode.WorkspaceEdit();
  const candidates = [settings.configFile(folder), ...CONFIG_FILE_NAMES].filter((name): name is string => !!name);
  for (const name of candidates) {
    const uri = vscode.Uri.joinPath(folder, name);
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(uri);
    } catch {
      continue;
    }
    const text = document.getText();
    if (!text.trim()) {
      edit.replace(
        uri,
        new vscode.Range(0, 0, document.lineCount, 0),
        JSON.stringify({ words: [word] }, null, 2) + '\n',
      );
      return edit;
    }
    const edits = modify(text, ['words', -1], word, {
      isArrayInsertion: true,
      formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' },
    });
    for (const e of edits)
      edit.replace(
        uri,
        new vscode.Range(document.positionAt(e.offset), document.positionAt(e.offset + e.length)),
        e.content,
      );
    return edit;
  }
  const created = vscode.Uri.joinPath(folder, candidates[0]);
  edit.createFile(created, { ignoreIfExists: true });
  edit.insert(created, new vscode.Position(0, 0), JSON.stringify({ words: [word] }, null, 2) + '\n');
  return edit;
}

/**
 * The service's code actions for an article: its quick fixes, suggestions, "fix all" of a rule and of the file
 * (`source.fixAll.selfhelp`, so `editor.codeActionsOnSave` works), comments that turn a rule off, the rule's page.
 * Two actions get their edit only when chosen: "fix all" of a rule (it checks the article again, pass by pass) and a
 * word added to the folder's words (the configuration file is read then).
 */
export class ArticleCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.Empty.append(FIX_ALL_KIND)];
  private readonly pending = new WeakMap<
    vscode.CodeAction,
    { document: vscode.TextDocument; action: lsp.CodeAction }
  >();

  constructor(private readonly service: ArticleService) {}

  provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    if (!isArticle(document)) return [];
    const original = new Map<lsp.Diagnostic, vscode.Diagnostic>();
    for (const diagnostic of context.diagnostics) original.set(fromDiagnostic(diagnostic), diagnostic);
    const actions = this.service.getCodeActions(articleDocument(document), fromRange(range), {
      diagnostics: [...original.keys()],
      only: context.only && [context.only.value],
    });
    return actions.map((action) => {
      const converted = toCodeAction(action, original);
      if (action.data) this.pending.set(converted, { document, action });
      return converted;
    });
  }

  async resolveCodeAction(converted: vscode.CodeAction): Promise<vscode.CodeAction> {
    const pending = this.pending.get(converted);
    if (!pending || pending.document.isClosed) return converted;
    const data = pending.action.data as CodeActionData;
    if ('addWord' in data) {
      const folder = vscode.workspace.getWorkspaceFolder(pending.document.uri);
      if (folder) converted.edit = await addWordEdit(folder.uri, data.addWord);
    } else {
      const resolved = this.service.resolveCodeAction(articleDocument(pending.document), pending.action);
      if (resolved.edit) converted.edit = toWorkspaceEdit(resolved.edit);
    }
    return converted;
  }
}
