/**
 * Code actions over an article's findings: the clear fix of each (preferred when alone it adds no finding), the
 * suggestions, "fix all" of a rule and of the file (`source.fixAll.selfhelp`, so `editor.codeActionsOnSave` works),
 * corrections of a misspelled word, comments that turn a rule off, and the rule's page.
 */
import * as lsp from 'vscode-languageserver-types';
import { ruleDocsUrl } from '../lint/docs-url';
import { differenceEdit, fixParsedArticle, isSafeArticleFix, type FixOutcome } from '../lint/fix';
import { ruleIdOf } from '../lint/config';
import type { Finding, TextEdit } from '../lint/rule';
import { RULES_BY_ID } from '../lint/rules';
import { ignoreWordComment } from '../parse/ignored-words';
import type { Article } from '../parse/article';
import type { ResolvedConfig } from '../lint/config';
import type { Speller } from '../spelling/speller';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from './diagnostics';
import { rangeOf, spanOf } from './positions';

export const FIX_ALL_KIND = `${lsp.CodeActionKind.SourceFixAll}.${DIAGNOSTIC_SOURCE}`;

/** The editor's request: the diagnostics at the place, and the kinds of action wanted (all when absent). */
export interface CodeActionRequest {
  diagnostics: readonly lsp.Diagnostic[];
  only?: readonly string[];
}

/** What an action left to resolve carries: the rule whose fixes to apply, or the word to add to the folder's words. */
export type CodeActionData = { fixAllOfRule: string } | { addWord: string };

const SPELLING = ruleIdOf('spelling')!;

/** Whether `kind` is wanted: it is one of `only`, below one, or above one (VS Code's `CodeActionKind.contains`). */
function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.some((o) => o === kind || kind.startsWith(`${o}.`) || o.startsWith(`${kind}.`));
}

function editOf(uri: string, article: Article, edits: readonly TextEdit[]): lsp.WorkspaceEdit {
  return { changes: { [uri]: edits.map((e) => lsp.TextEdit.replace(rangeOf(article, e), e.text)) } };
}

/** The edits of Fix All (or of one rule's fixes): one pass keeps its own small edits; several are folded into one. */
function fixAllEdits(text: string, { passes, text: fixed }: FixOutcome): TextEdit[] {
  if (passes.length <= 1) return passes[0] ?? [];
  const edit = differenceEdit(text, fixed);
  return edit ? [edit] : [];
}

const dataOf = (diagnostic: lsp.Diagnostic): DiagnosticData | undefined =>
  diagnostic.source === DIAGNOSTIC_SOURCE ? (diagnostic.data as DiagnosticData | undefined) : undefined;

export function codeActionsOf(
  uri: string,
  { article, config }: { article: Article; config: ResolvedConfig },
  findings: readonly Finding[],
  _range: lsp.Range,
  { diagnostics, only }: CodeActionRequest,
  { speller, canAddWords }: { speller?: Speller; canAddWords: boolean },
): lsp.CodeAction[] {
  const actions: lsp.CodeAction[] = [];
  if (only && wanted(FIX_ALL_KIND, only)) {
    const edits = fixAllEdits(article.text, fixParsedArticle(article, config, findings));
    if (edits.length)
      actions.push(
        lsp.CodeAction.create('Fix all auto-fixable self-help problems', editOf(uri, article, edits), FIX_ALL_KIND),
      );
    return actions;
  }
  if (!wanted(lsp.CodeActionKind.QuickFix, only)) return actions;
  const ours = diagnostics.filter((d) => dataOf(d));
  const eol = article.text.includes('\r\n') ? '\r\n' : '\n';
  const offered = new Set<string>();
  for (const diagnostic of ours) {
    const { rule, messageId } = dataOf(diagnostic)!;
    const { start, end } = spanOf(article, diagnostic.range);
    const finding = findings.find(
      (f) => f.rule === rule && f.messageId === messageId && f.start === start && f.end === end,
    );
    const quickFix = (title: string, edit: lsp.WorkspaceEdit, preferred?: boolean): lsp.CodeAction => ({
      title,
      kind: lsp.CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit,
      ...(preferred === undefined ? {} : { isPreferred: preferred }),
    });
    if (finding?.fix)
      // A fix that would add another finding here is still offered, but as a suggestion: not preferred, not in Fix All.
      actions.push(
        quickFix(
          finding.fix.title,
          editOf(uri, article, finding.fix.edits),
          isSafeArticleFix(article, config, findings, finding),
        ),
      );
    if (finding && rule === SPELLING)
      actions.push(...spellingActions(uri, article, diagnostic, finding, speller, canAddWords, eol));
    else
      for (const suggestion of finding?.suggestions ?? [])
        actions.push(quickFix(suggestion.title, editOf(uri, article, suggestion.edits)));
    if (offered.has(rule)) continue;
    offered.add(rule);
    const meta = RULES_BY_ID.get(rule);
    if (findings.filter((f) => f.rule === rule && f.fix).length > 1) {
      const data: CodeActionData = { fixAllOfRule: rule };
      actions.push({
        title: `Fix all ${rule} ${meta?.slug ?? ''} problems in this file`,
        kind: lsp.CodeActionKind.QuickFix,
        diagnostics: ours.filter((d) => dataOf(d)!.rule === rule),
        data,
      });
    }
    actions.push(...disableActions(uri, article, diagnostic, meta?.slug ?? rule, eol));
    if (meta) {
      const title = `Learn more about ${rule} ${meta.slug}`;
      actions.push({
        title,
        kind: lsp.CodeActionKind.QuickFix,
        command: lsp.Command.create(title, 'vscode.open', ruleDocsUrl(meta)),
      });
    }
  }
  return actions;
}

/** An action's edit computed when chosen: "fix all" of a rule checks the article again, pass by pass. */
export function resolveFixAllOfRule(
  uri: string,
  article: Article,
  action: lsp.CodeAction,
  fixAllOfRule: (rule: string) => FixOutcome,
): lsp.CodeAction {
  const data = action.data as CodeActionData | undefined;
  if (!data || !('fixAllOfRule' in data)) return action;
  return { ...action, edit: editOf(uri, article, fixAllEdits(article.text, fixAllOfRule(data.fixAllOfRule))) };
}

/**
 * A misspelled word: up to three corrections (computed now, when the light bulb asks), the word added to the
 * workspace's words, or accepted in this article. None is preferred: a correction is the author's choice.
 */
function spellingActions(
  uri: string,
  article: Article,
  diagnostic: lsp.Diagnostic,
  finding: Finding,
  speller: Speller | undefined,
  canAddWords: boolean,
  eol: string,
): lsp.CodeAction[] {
  const word = article.text.slice(finding.start, finding.end);
  const corrections = speller ? speller.corrections(word, 3) : (finding.suggestions ?? []).map((s) => s.edits[0].text);
  const actions: lsp.CodeAction[] = corrections.map((correction) => ({
    title: `Change to "${correction}"`,
    kind: lsp.CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: [lsp.TextEdit.replace(diagnostic.range, correction)] } },
  }));
  if (canAddWords) {
    const data: CodeActionData = { addWord: word };
    actions.push({
      title: `Add "${word}" to the workspace's words`,
      kind: lsp.CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      data,
    });
  }
  actions.push({
    title: `Accept "${word}" in this article`,
    kind: lsp.CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: [lsp.TextEdit.insert({ line: 0, character: 0 }, ignoreWordComment(word) + eol)] } },
  });
  return actions;
}

/** Comments that turn the rule off for the finding's line (outside the properties block) or for the whole file. */
function disableActions(
  uri: string,
  article: Article,
  diagnostic: lsp.Diagnostic,
  slug: string,
  eol: string,
): lsp.CodeAction[] {
  const actions: lsp.CodeAction[] = [];
  const line = diagnostic.range.start.line;
  const insert = (title: string, at: number, text: string): lsp.CodeAction => ({
    title,
    kind: lsp.CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: [lsp.TextEdit.insert({ line: at, character: 0 }, text)] } },
  });
  // Inside the properties block a comment would break the block: there only the whole file can be exempted.
  const inBlock = spanOf(article, diagnostic.range).start < (article.block?.end ?? -1);
  if (!inBlock) {
    const indent = /^[ \t]*/.exec(article.lines.lineText(line))![0];
    actions.push(
      insert(`Disable ${slug} for this line`, line, `${indent}<!-- selfhelp-disable-next-line ${slug} -->${eol}`),
    );
  }
  actions.push(insert(`Disable ${slug} for this file`, 0, `<!-- selfhelp-disable ${slug} -->${eol}`));
  return actions;
}
