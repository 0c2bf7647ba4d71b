import * as vscode from 'vscode';
import type { ParsedArticles } from './parsed-articles';
import { modify } from 'jsonc-parser';
import {
  CONFIG_FILE_NAMES,
  differenceEdit,
  type Finding,
  ignoreWordComment,
  ruleDocsUrl,
  ruleIdOf,
  RULES_BY_ID,
  type TextEdit,
} from '../core';
import { settings } from './settings';
import type { Spelling } from './spelling';
import { isArticle } from './article-documents';
import { DIAGNOSTIC_SOURCE, type ArticleDiagnostics } from './diagnostics';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append(DIAGNOSTIC_SOURCE);

function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits)
    edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
  return edit;
}

const SPELLING = ruleIdOf('spelling')!;

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

const ruleOf = (diagnostic: vscode.Diagnostic) =>
  typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code ?? '');

/**
 * Quick fixes for the core's findings, "fix all" for a rule and for the file (`source.fixAll.selfhelp`, so
 * `editor.codeActionsOnSave` works), inline comments that turn a rule off, and the rule's documentation.
 */
export class ArticleCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];
  /** "Fix all of a rule" actions get their edit only when chosen: it checks the article again, pass by pass. */
  private readonly deferred = new WeakMap<vscode.CodeAction, { document: vscode.TextDocument; rule: string }>();
  /** "Add to the workspace's words" gets its edit when chosen: the configuration file is read then. */
  private readonly wordAdditions = new WeakMap<vscode.CodeAction, { folder: vscode.Uri; word: string }>();

  constructor(
    private readonly diagnostics: ArticleDiagnostics,
    /** What Check Links found: its redirect fixes and comments are offered here too. */
    private readonly links: { findings(document: vscode.TextDocument): readonly Finding[] },
    private readonly articles: ParsedArticles,
    private readonly spelling: Spelling,
  ) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    if (!isArticle(document)) return [];
    const findings = [...this.diagnostics.findings(document), ...this.links.findings(document)];
    const wants = (kind: vscode.CodeActionKind) =>
      !context.only || context.only.contains(kind) || kind.contains(context.only);
    const actions: vscode.CodeAction[] = [];
    if (wants(FIX_ALL_KIND) && context.only) {
      const edits = this.fixAllEdits(document);
      if (edits.length) {
        const action = new vscode.CodeAction('Fix all auto-fixable self-help problems', FIX_ALL_KIND);
        action.edit = toWorkspaceEdit(document, edits);
        actions.push(action);
      }
      return actions;
    }
    if (!wants(vscode.CodeActionKind.QuickFix)) return actions;
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (!ours.length) return actions;
    const blockEnd = this.articles.get(document).block?.end ?? -1;
    const offered = new Set<string>();
    for (const diagnostic of ours) {
      const rule = ruleOf(diagnostic);
      const start = document.offsetAt(diagnostic.range.start);
      const end = document.offsetAt(diagnostic.range.end);
      const finding = findings.find(
        (f) => f.rule === rule && f.start === start && f.end === end && f.message === diagnostic.message,
      );
      if (finding?.fix) {
        const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, finding.fix.edits);
        action.diagnostics = [diagnostic];
        // A fix that would add another finding here is still offered, but as a suggestion: not preferred, not in Fix
        // All.
        action.isPreferred = this.diagnostics.isSafeFix(document, finding);
        actions.push(action);
      }
      if (finding && rule === SPELLING) actions.push(...this.spellingActions(document, diagnostic, finding));
      else
        for (const suggestion of finding?.suggestions ?? []) {
          const action = new vscode.CodeAction(suggestion.title, vscode.CodeActionKind.QuickFix);
          action.edit = toWorkspaceEdit(document, suggestion.edits);
          action.diagnostics = [diagnostic];
          actions.push(action);
        }
      if (offered.has(rule)) continue;
      offered.add(rule);
      const fixable = findings.filter((f) => f.rule === rule && f.fix);
      if (fixable.length > 1) {
        const action = new vscode.CodeAction(
          `Fix all ${rule} ${RULES_BY_ID.get(rule)?.slug ?? ''} problems in this file`,
          vscode.CodeActionKind.QuickFix,
        );
        this.deferred.set(action, { document, rule });
        action.diagnostics = ours.filter((d) => ruleOf(d) === rule);
        actions.push(action);
      }
      actions.push(...this.disableActions(document, diagnostic, rule, blockEnd));
      const meta = RULES_BY_ID.get(rule);
      if (meta) {
        const learn = new vscode.CodeAction(`Learn more about ${rule} ${meta.slug}`, vscode.CodeActionKind.QuickFix);
        learn.command = {
          title: learn.title,
          command: 'vscode.open',
          arguments: [vscode.Uri.parse(ruleDocsUrl(meta))],
        };
        actions.push(learn);
      }
    }
    return actions;
  }

  async resolveCodeAction(action: vscode.CodeAction): Promise<vscode.CodeAction> {
    const deferred = this.deferred.get(action);
    if (deferred && !deferred.document.isClosed)
      action.edit = toWorkspaceEdit(deferred.document, this.fixAllEdits(deferred.document, deferred.rule));
    const addition = this.wordAdditions.get(action);
    if (addition) action.edit = await addWordEdit(addition.folder, addition.word);
    return action;
  }

  /**
   * A misspelled word: up to three corrections (computed now, when the light bulb asks), the word added to the
   * workspace's words, or accepted in this article. None is preferred: a correction is the author's choice.
   */
  private spellingActions(
    document: vscode.TextDocument,
    diagnostic: vscode.Diagnostic,
    finding: Finding,
  ): vscode.CodeAction[] {
    const word = document.getText(diagnostic.range);
    const speller = this.spelling.spellerFor(document.uri);
    const corrections = speller
      ? speller.corrections(word, 3)
      : (finding.suggestions ?? []).map((s) => s.edits[0].text);
    const actions = corrections.map((correction) => {
      const action = new vscode.CodeAction(`Change to "${correction}"`, vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, diagnostic.range, correction);
      action.diagnostics = [diagnostic];
      return action;
    });
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (folder) {
      const add = new vscode.CodeAction(`Add "${word}" to the workspace's words`, vscode.CodeActionKind.QuickFix);
      add.diagnostics = [diagnostic];
      this.wordAdditions.set(add, { folder: folder.uri, word });
      actions.push(add);
    }
    const accept = new vscode.CodeAction(`Accept "${word}" in this article`, vscode.CodeActionKind.QuickFix);
    accept.edit = new vscode.WorkspaceEdit();
    accept.edit.insert(
      document.uri,
      new vscode.Position(0, 0),
      ignoreWordComment(word) + (document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n'),
    );
    accept.diagnostics = [diagnostic];
    actions.push(accept);
    return actions;
  }

  /** The edits of Fix All (or of one rule's fixes): one pass keeps its own small edits; several are folded into one. */
  private fixAllEdits(document: vscode.TextDocument, rule?: string): TextEdit[] {
    const { passes, text } = this.diagnostics.fixAll(document, rule);
    if (passes.length <= 1) return passes[0] ?? [];
    const edit = differenceEdit(document.getText(), text);
    return edit ? [edit] : [];
  }

  private disableActions(
    document: vscode.TextDocument,
    diagnostic: vscode.Diagnostic,
    rule: string,
    blockEnd: number,
  ): vscode.CodeAction[] {
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const slug = RULES_BY_ID.get(rule)?.slug ?? rule;
    const actions: vscode.CodeAction[] = [];
    const line = diagnostic.range.start.line;
    // Inside the properties block a comment would break the block: there only the whole file can be exempted.
    const inBlock = document.offsetAt(diagnostic.range.start) < blockEnd;
    if (!inBlock) {
      const indent = /^[ \t]*/.exec(document.lineAt(line).text)![0];
      const action = new vscode.CodeAction(`Disable ${slug} for this line`, vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.insert(
        document.uri,
        new vscode.Position(line, 0),
        `${indent}<!-- selfhelp-disable-next-line ${slug} -->${eol}`,
      );
      action.diagnostics = [diagnostic];
      actions.push(action);
    }
    const file = new vscode.CodeAction(`Disable ${slug} for this file`, vscode.CodeActionKind.QuickFix);
    file.edit = new vscode.WorkspaceEdit();
    file.edit.insert(document.uri, new vscode.Position(0, 0), `<!-- selfhelp-disable ${slug} -->${eol}`);
    file.diagnostics = [diagnostic];
    actions.push(file);
    return actions;
  }
}
