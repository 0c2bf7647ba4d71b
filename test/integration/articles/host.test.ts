import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXPECTED_HOST } from '../protocol';
import { EXTENSION_ID } from '../helpers';

describe('the extension host', () => {
  it(`runs the extension and its tests in VS Code's ${EXPECTED_HOST === 'web' ? 'web worker' : 'Node'} extension host`, async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await extension.activate();
    const inWorker = typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined';
    assert.strictEqual(inWorker, EXPECTED_HOST === 'web');
    assert.strictEqual(typeof (globalThis as { process?: unknown }).process === 'undefined', EXPECTED_HOST === 'web');
    assert.strictEqual(
      extension.extensionKind,
      EXPECTED_HOST === 'web' ? vscode.ExtensionKind.UI : vscode.ExtensionKind.Workspace,
    );
  });
});
