/** Not a test: the benchmark of the workspace index inside a real VS Code (npm run bench:vscode). */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Api } from '../../../src/extension';
import type { TraceEvent } from '../../../src/language-features/trace';
import { EXTENSION_ID, longestTimerDelay } from '../helpers';
import { say } from '../protocol';

/** The trace of the extension's long work while `work` runs, added up as the benchmark reports it. */
async function traced<T>(api: Api, work: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const listening = api.onDidTrace((event) => events.push(event));
  try {
    return { result: await work(), events };
  } finally {
    listening.dispose();
  }
}

const longest = (events: TraceEvent[], kind: TraceEvent['kind']) =>
  Math.max(0, ...events.filter((e) => e.kind === kind).map((e) => ('ms' in e ? e.ms : 0)));

describe('workspace index benchmark', () => {
  it('rebuilds the index of the whole workspace while a timer measures how long the host is held', async () => {
    const api = (await vscode.extensions.getExtension(EXTENSION_ID)!.activate()) as Api;
    // The build that activation started ends first: the rebuild below is timed alone.
    await vscode.commands.executeCommand('selfhelp.rebuildIndex');
    const idle = (await longestTimerDelay(() => new Promise((resolve) => setTimeout(resolve, 10_000)))).longestMs;
    const start = Date.now();
    const { result: during, events } = await traced(api, async () => {
      const rebuild = () => Promise.resolve(vscode.commands.executeCommand('selfhelp.rebuildIndex'));
      return (await longestTimerDelay(rebuild)).longestMs;
    });
    const elapsed = Date.now() - start;
    const built = events.find((e) => e.kind === 'index-built');
    assert.ok(built?.kind === 'index-built', 'the rebuild traced its timing');
    const { findMs, readWaitMs, checkMs } = built;
    say(
      `index: of which finding the files ${findMs} ms, waiting for reads ${readWaitMs} ms, checking ${checkMs} ms (the rest: yielding to the host)`,
    );
    say(
      `index: ${api.index.size} articles in ${elapsed} ms; longest slice of the index ${longest(events, 'index-slice')} ms (target: about 50 ms); longest timer delay while indexing ${during} ms, while idle ${idle} ms`,
    );
  });
});

describe('Check All Articles benchmark', () => {
  it("publishes every article's problems while a timer measures how long the host is held", async () => {
    const api = (await vscode.extensions.getExtension(EXTENSION_ID)!.activate()) as Api;
    await api.index.ready;
    const start = Date.now();
    const {
      result: { result, longestMs },
      events,
    } = await traced(api, () =>
      longestTimerDelay(() =>
        Promise.resolve(vscode.commands.executeCommand<{ articles: number }>('selfhelp.checkAllArticles')),
      ),
    );
    const slices = events.filter((e) => e.kind === 'problems-slice');
    const elapsed = Date.now() - start;
    const published = vscode.languages
      .getDiagnostics()
      .filter(([, d]) => d.some((x) => x.source === 'selfhelp')).length;
    const { errors, warnings } = api.problems.counts();
    say(
      `check-all: ${result?.articles} articles published in ${elapsed} ms (index already built), ${published} files with problems (${errors} errors, ${warnings} warnings); longest slice ${longest(events, 'problems-slice')} ms (target: about 50 ms), ${slices.filter((e) => 'ms' in e && e.ms > 50).length} of ${slices.length} slices over 50 ms; longest rule over all articles ${longest(events, 'project-rule')} ms; longest timer delay ${longestMs} ms`,
    );
    const cleared = Date.now();
    await vscode.commands.executeCommand('selfhelp.clearClosedArticleProblems');
    say(`check-all: cleared in ${Date.now() - cleared} ms`);
  });
});
