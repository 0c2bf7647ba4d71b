/** Wiring only: each feature lives in its own module and is disposed with the extension. */
import * as vscode from 'vscode';
import { ArticleDiagnostics } from './languageFeatures/diagnostics';
import { RuleConfigs } from './languageFeatures/ruleConfig';

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Azure Self-Help');
  const configs = new RuleConfigs(output);
  context.subscriptions.push(output, configs, new ArticleDiagnostics(configs));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
