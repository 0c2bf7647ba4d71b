/** Not a test: how soon an opened article shows its problems, from a cold extension (npm run bench:vscode). */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Api } from '../../../src/extension';
import { diagnosticsWhen, EXTENSION_ID } from '../helpers';
import { EXPECTED_HOST, say } from '../protocol';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${Math.round(value)} ms`;

/** Opens the article in an editor; when its diagnostics came, counted from the request and from the open event. */
async function open(uri: vscode.Uri): Promise<{ requested: number; opened: number; published: number }> {
  const requested = performance.now();
  let opened = NaN;
  const listener = vscode.workspace.onDidOpenTextDocument((d) => {
    if (d.uri.toString() === uri.toString() && Number.isNaN(opened)) opened = performance.now();
  });
  const shown = vscode.window.showTextDocument(uri);
  await diagnosticsWhen(uri, (d) => d.length > 0);
  const published = performance.now();
  listener.dispose();
  await shown;
  return { requested, opened, published };
}

describe('opening articles', () => {
  it('times activation and the first diagnostics of each opened article', async () => {
    const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID)!;
    assert.strictEqual(extension.isActive, false, 'the extension is not active before an article opens');
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const names = (await vscode.workspace.fs.readDirectory(folder))
      .map(([name]) => name)
      .filter((name) => name.endsWith('.md'))
      .sort();
    const [first, ...others] = names.map((name) => vscode.Uri.joinPath(folder, name));

    const cold = await open(first);
    const { activation } = extension.exports;
    say(
      `open (${EXPECTED_HOST} host), the first article, the extension not yet active: activate took ${activation.ms.toFixed(1)} ms (target ≤ 20 ms); ` +
        `diagnostics ${ms(cold.published - activation.startedAt)} after activate began (target ≤ 300 ms), ` +
        `${ms(cold.published - cold.opened)} after the document opened, ${ms(cold.published - cold.requested)} after the open was asked for (VS Code loading its Markdown extensions and ours)`,
    );

    const warm = [];
    for (const uri of others) warm.push(await open(uri));
    const afterOpened = warm.map((w) => w.published - w.opened);
    const afterRequest = warm.map((w) => w.published - w.requested);
    say(
      `open (${EXPECTED_HOST} host), ${warm.length} more articles: diagnostics after the document opened median ${ms(median(afterOpened))}, longest ${ms(Math.max(...afterOpened))} (target ≤ 300 ms); ` +
        `after the open was asked for median ${ms(median(afterRequest))}, longest ${ms(Math.max(...afterRequest))}`,
    );
  });
});
