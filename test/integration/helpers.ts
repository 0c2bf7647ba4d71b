import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Api } from '../../src/extension';
import { PAGE_REPLY_FOLDER, PAGE_REQUEST, type PageReply, type PageRequest, say } from './protocol';

export const EXTENSION_ID = 'selfhelp-authoring.selfhelp-authoring';

export function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

/** Resolves with the document's diagnostics once `accept` holds for them (checked at once and on each change). */
export function diagnosticsWhen(
  uri: vscode.Uri,
  accept: (d: readonly vscode.Diagnostic[]) => boolean,
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const current = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'selfhelp');
      if (!accept(current)) return false;
      subscription.dispose();
      clearTimeout(timer);
      resolve(current);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(
        new Error(
          `diagnostics for ${uri.path.split('/').pop()} did not reach the expected state: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.message))}`,
        ),
      );
    }, timeoutMs);
    check();
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The extension's API, activating it if it is not active yet. */
export async function extensionApi(): Promise<Api> {
  const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(extension, 'the extension under development is installed');
  return extension.activate();
}

/** A diagnostic as plain data, for exact comparisons. */
export function described(d: vscode.Diagnostic): {
  code: string;
  severity: vscode.DiagnosticSeverity;
  range: [number, number, number, number];
  message: string;
} {
  const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
  return {
    code,
    severity: d.severity,
    range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
    message: d.message,
  };
}

export const ruleOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/**
 * The code actions at a range once `accept` holds for them. Asked again until then: the diagnostics reach the
 * workbench (which passes them to the providers) a moment after the extension host has them.
 */
export async function codeActionsWhen(
  uri: vscode.Uri,
  range: vscode.Range,
  kind: string | undefined,
  accept: (a: vscode.CodeAction[]) => boolean,
  timeoutMs = 10_000,
): Promise<vscode.CodeAction[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    let actions: vscode.CodeAction[];
    try {
      // Resolved as VS Code resolves the one a user picks: edits computed on choice are filled in.
      actions =
        (await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          uri,
          range,
          kind,
          100,
        )) ?? [];
    } catch (error) {
      // VS Code cancels a request that a newer one for the same document supersedes (the light bulb's own, as the
      // diagnostics arrive): asked again, as the editor asks again.
      if ((error as Error)?.message !== 'Canceled' || Date.now() > until) throw error;
      await sleep(100);
      continue;
    }
    if (accept(actions) || Date.now() > until) return actions;
    await sleep(100);
  }
}

/**
 * The longest delay of a 5 ms timer while `work` runs: how long the extension host was held at a stretch (benchmarks).
 */
export async function longestTimerDelay<T>(work: () => Promise<T>): Promise<{ result: T; longestMs: number }> {
  const tick = 5;
  let longestMs = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longestMs = Math.max(longestMs, now - last - tick);
    last = now;
  }, tick);
  try {
    return { result: await work(), longestMs: Math.round(longestMs) };
  } finally {
    clearInterval(timer);
  }
}

let pageRequests = 0;

/** Asks the harness to do on the preview's page what only the browser around VS Code can, and waits for its answer. */
export async function askPage<R extends PageReply>(request: DistributiveOmit<PageRequest, 'id'>): Promise<R> {
  const id = `request-${++pageRequests}-${Date.now()}`;
  say(PAGE_REQUEST + JSON.stringify({ ...request, id }));
  const answer = workspaceFile(`${PAGE_REPLY_FOLDER}/${id}.json`);
  for (let waited = 0; waited < 30_000; waited += 200) {
    const bytes = await Promise.resolve(vscode.workspace.fs.readFile(answer)).catch(() => undefined);
    if (bytes?.length) {
      const reply = JSON.parse(new TextDecoder().decode(bytes)) as PageReply;
      if ('error' in reply) assert.fail(`the harness could not do it: ${reply.error}`);
      return reply as R;
    }
    await sleep(200);
  }
  return assert.fail('the harness did not answer (the suite runs under test/harness, not test:desktop)');
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
