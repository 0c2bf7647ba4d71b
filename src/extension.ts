/** Wiring only: each feature lives in its own module and is disposed with the extension. */
import * as vscode from 'vscode';
import { bundledKnown } from './core/assist';
import { ArticleAssist, TRIGGER_CHARACTERS } from './languageFeatures/assist';
import { ArticleCodeActions } from './languageFeatures/codeActions';
import { ArticleDiagnostics } from './languageFeatures/diagnostics';
import { ArticleOutline } from './languageFeatures/outline';
import { RuleConfigs } from './languageFeatures/ruleConfig';

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Azure Self-Help');
  const configs = new RuleConfigs(output);
  const diagnostics = new ArticleDiagnostics(configs);
  const markdown: vscode.DocumentSelector = { language: 'markdown' };
  const outlineProvider = new ArticleOutline();
  const known = bundledKnown();
  const assist = new ArticleAssist(() => known);
  context.subscriptions.push(
    output,
    configs,
    diagnostics,
    vscode.languages.registerCodeActionsProvider(markdown, new ArticleCodeActions(diagnostics), { providedCodeActionKinds: ArticleCodeActions.kinds }),
    vscode.languages.registerDocumentSymbolProvider(markdown, outlineProvider, { label: 'Self-help article' }),
    vscode.languages.registerFoldingRangeProvider(markdown, outlineProvider),
    vscode.languages.registerCompletionItemProvider(markdown, assist, ...TRIGGER_CHARACTERS),
    vscode.languages.registerHoverProvider(markdown, assist),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
