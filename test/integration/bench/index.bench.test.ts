/** Not a test: the benchmark of the workspace index inside a real VS Code (npm run bench:vscode). */
import * as vscode from 'vscode';
import type { Api } from '../../../src/extension';
import { EXTENSION_ID, longestTimerDelay } from '../helpers';
import { say } from '../protocol';

describe('workspace index benchmark', () => {
  it('rebuilds the index of the whole workspace while a timer measures how long the host is held', async () => {
    const api = (await vscode.extensions.getExtension(EXTENSION_ID)!.activate()) as Api;
    // The build that activation started ends first: the rebuild below is timed alone.
    await vscode.commands.executeCommand('selfhelp.rebuildIndex');
    const idle = (await longestTimerDelay(() => new Promise((resolve) => setTimeout(resolve, 10_000)))).longestMs;
    const start = Date.now();
    const during = (
      await longestTimerDelay(() => Promise.resolve(vscode.commands.executeCommand('selfhelp.rebuildIndex')))
    ).longestMs;
    const elapsed = Date.now() - start;
    const { findMs, readWaitMs, checkMs } = api.index.lastBuild;
    say(
      `index: of which finding the files ${findMs} ms, waiting for reads ${readWaitMs} ms, checking ${checkMs} ms (the rest: yielding to the host)`,
    );
    say(
      `index: ${api.index.size} articles in ${elapsed} ms; longest slice of the index ${api.index.longestSliceMs} ms (target: about 50 ms); longest timer delay while indexing ${during} ms, while idle ${idle} ms`,
    );
  });
});

describe('Check All Articles benchmark', () => {
  it("publishes every article's problems while a timer measures how long the host is held", async () => {
    const api = (await vscode.extensions.getExtension(EXTENSION_ID)!.activate()) as Api;
    await api.index.ready;
    const start = Date.now();
    const { result, longestMs } = await longestTimerDelay(() =>
      Promise.resolve(vscode.commands.executeCommand<{ articles: number }>('selfhelp.checkAllArticles')),
    );
    const elapsed = Date.now() - start;
    const published = vscode.languages
      .getDiagnostics()
      .filter(([, d]) => d.some((x) => x.source === 'selfhelp')).length;
    const { errors, warnings } = api.problems.counts();
    say(
      `check-all: ${result?.articles} articles published in ${elapsed} ms (index already built), ${published} files with problems (${errors} errors, ${warnings} warnings); longest slice ${api.problems.longestSliceMs} ms (target: about 50 ms), ${api.problems.slicesOver50Ms} of ${api.problems.slices} slices over 50 ms; longest rule over all articles ${api.index.longestProjectRuleMs} ms; longest timer delay ${longestMs} ms`,
    );
    const cleared = Date.now();
    await vscode.commands.executeCommand('selfhelp.clearClosedArticleProblems');
    say(`check-all: cleared in ${Date.now() - cleared} ms`);
  });
});
