import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsWhen, workspaceFile } from '../helpers';

const FILE = 'articles/microsoft.compute/vm-fixes.md';
const ruleOf = (d: vscode.Diagnostic) => (d.code as { value: string }).value;

describe('settings', () => {
  const config = () => vscode.workspace.getConfiguration('selfhelp');
  afterEach(async () => {
    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('enable', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('selfhelp.rules turns a rule off and changes a severity, at once', async () => {
    const uri = workspaceFile(FILE);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await diagnosticsWhen(uri, (d) => d.some((x) => ruleOf(x) === 'SH109'));
    await config().update('rules', { 'attribute-case': 'off', SH117: 'error' }, vscode.ConfigurationTarget.Workspace);
    const after = await diagnosticsWhen(uri, (d) => !d.some((x) => ruleOf(x) === 'SH109') && d.length > 0);
    assert.strictEqual(after.find((d) => ruleOf(d) === 'SH117')?.severity, vscode.DiagnosticSeverity.Error);
  });

  it('selfhelp.enable false clears the diagnostics, true brings them back', async () => {
    const uri = workspaceFile(FILE);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await diagnosticsWhen(uri, (d) => d.length > 0);
    await config().update('enable', false, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhen(uri, (d) => d.length === 0);
    await config().update('enable', true, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhen(uri, (d) => d.length > 0);
  });

  it('a .selfhelp.json written to the folder turns a rule off at once; deleting it brings the rule back', async () => {
    const uri = workspaceFile(FILE);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await diagnosticsWhen(uri, (d) => d.some((x) => ruleOf(x) === 'SH109'));
    const configFile = workspaceFile('.selfhelp.json');
    await vscode.workspace.fs.writeFile(
      configFile,
      new TextEncoder().encode('{ "rules": { "attribute-case": "off" } }\n'),
    );
    await diagnosticsWhen(uri, (d) => !d.some((x) => ruleOf(x) === 'SH109') && d.length > 0);
    await vscode.workspace.fs.delete(configFile);
    await diagnosticsWhen(uri, (d) => d.some((x) => ruleOf(x) === 'SH109'));
  });
});
