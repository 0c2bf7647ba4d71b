/** Wiring only: each feature lives in its own module and is disposed with the extension. */
import * as vscode from 'vscode';
import { ArticleAssist, TRIGGER_CHARACTERS } from './languageFeatures/assist';
import { ArticleCodeActions } from './languageFeatures/codeActions';
import { ArticleDiagnostics } from './languageFeatures/diagnostics';
import { ArticleOutline } from './languageFeatures/outline';
import { RuleConfigs } from './languageFeatures/ruleConfig';
import { REBUILD_COMMAND, WorkspaceIndex } from './languageFeatures/workspaceIndex';

/** What the extension offers other code (its own tests and benchmark included). */
export interface Api {
  index: Pick<WorkspaceIndex, 'rebuild' | 'size' | 'longestSliceMs'>;
}

export function activate(context: vscode.ExtensionContext): Api {
  const output = vscode.window.createOutputChannel('Azure Self-Help');
  const configs = new RuleConfigs(output);
  const index = new WorkspaceIndex();
  const diagnostics = new ArticleDiagnostics(configs, index);
  const markdown: vscode.DocumentSelector = { language: 'markdown' };
  const outlineProvider = new ArticleOutline();
  const assist = new ArticleAssist(() => index.knownValues());
  context.subscriptions.push(
    output,
    configs,
    index,
    diagnostics,
    vscode.languages.registerCodeActionsProvider(markdown, new ArticleCodeActions(diagnostics), { providedCodeActionKinds: ArticleCodeActions.kinds }),
    vscode.languages.registerDocumentSymbolProvider(markdown, outlineProvider, { label: 'Self-help article' }),
    vscode.languages.registerFoldingRangeProvider(markdown, outlineProvider),
    vscode.languages.registerCompletionItemProvider(markdown, assist, ...TRIGGER_CHARACTERS),
    vscode.languages.registerHoverProvider(markdown, assist),
    vscode.commands.registerCommand(REBUILD_COMMAND, () => index.rebuild()),
  );
  return { index };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
