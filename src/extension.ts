/** Wiring only: each feature lives in its own module and is disposed with the extension. */
import * as vscode from 'vscode';
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
  context.subscriptions.push(
    output,
    configs,
    diagnostics,
    vscode.languages.registerCodeActionsProvider(markdown, new ArticleCodeActions(diagnostics), { providedCodeActionKinds: ArticleCodeActions.kinds }),
    vscode.languages.registerDocumentSymbolProvider(markdown, outlineProvider, { label: 'Self-help article' }),
    vscode.languages.registerFoldingRangeProvider(markdown, outlineProvider),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
