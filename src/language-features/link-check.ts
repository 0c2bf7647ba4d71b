/**
 * Self-Help: Check Links: the web links of the active article followed over the network, with progress and a cancel
 * button, the results as diagnostics (the redirect's fix as a quick fix through the one code action provider). Only
 * in the desktop host: in a browser, requests to other sites are mostly refused (CORS), and the command says so.
 */
import * as vscode from 'vscode';
import { type Fetcher, type Finding, inlineDisabling, LinkChecker, linkFindings, webLinksOf } from '../core';
import { isArticle } from './article-documents';
import { placedDiagnostic } from './diagnostics';
import type { Log } from './log';
import type { ParsedArticles } from './parsed-articles';
import type { RuleConfigs } from './rule-config';

/** A web worker has no `process`: the extension runs in VS Code for the Web (or its web worker host). */
export const inWebWorker = () =>
  typeof (globalThis as { process?: unknown }).process === 'undefined' &&
  typeof (globalThis as { importScripts?: unknown }).importScripts === 'function';

export const WEB_HOST_MESSAGE =
  'Checking links needs VS Code on the desktop: in a browser, most sites refuse requests from another site (CORS), so every link would look unreachable. Run `selfhelp links` in a terminal or a pipeline instead.';

export class LinkCheck implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('selfhelp-links');
  /** The findings behind each document's link diagnostics, for the quick fixes; gone when the document changes. */
  private readonly found = new Map<string, { version: number; findings: Finding[] }>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly parsed: Pick<ParsedArticles, 'get'>,
    private readonly configs: RuleConfigs,
    private readonly log: Log,
    private readonly fetch: Fetcher = globalThis.fetch as unknown as Fetcher,
  ) {
    this.subscriptions = [
      // An edit moves the links: what was found about them is asked again, not shown in the wrong place.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.forget(e.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
    ];
  }

  /** The link findings of a document as it is now (none when it changed since they were found). */
  findings(uri: string, version: number): readonly Finding[] {
    const found = this.found.get(uri);
    return found?.version === version ? found.findings : [];
  }

  /**
   * Checks the links of the article in the active editor (or the one given); resolves to what was found, or in the
   * web host to the message that says why not.
   */
  async run(uri?: vscode.Uri): Promise<Finding[] | string | undefined> {
    if (inWebWorker()) return this.refuse();
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document || !isArticle(document)) {
      void vscode.window.showInformationMessage('Open a self-help article to check its links.');
      return undefined;
    }
    return (await this.check([document]))?.get(document.uri.toString());
  }

  /** Checks the links of several articles (a folder of the Articles view) at once: a page they share is asked once. */
  async runMany(uris: readonly vscode.Uri[]): Promise<Map<string, Finding[]> | string | undefined> {
    if (inWebWorker()) return this.refuse();
    const documents = await Promise.all(uris.map((uri) => vscode.workspace.openTextDocument(uri)));
    return this.check(documents.filter(isArticle));
  }

  private refuse(): string {
    this.log.line(WEB_HOST_MESSAGE);
    void vscode.window.showInformationMessage(WEB_HOST_MESSAGE);
    return WEB_HOST_MESSAGE;
  }

  /** Follows the documents' links, with progress and a cancel button; their findings by document, set as problems. */
  private async check(documents: readonly vscode.TextDocument[]): Promise<Map<string, Finding[]> | undefined> {
    if (!documents.length) return new Map();
    const settings = await this.configs.linksFor(documents[0].uri);
    const excluded = (settings.exclude ?? []).map((source) => new RegExp(source));
    const checked = documents.map((document) => {
      const article = this.parsed.get(document);
      const links = webLinksOf(article).filter((link) => !excluded.some((pattern) => pattern.test(link.url)));
      return { document, version: document.version, disabled: inlineDisabling(article), links };
    });
    const pages = new Map<string, boolean>();
    for (const { links } of checked)
      for (const link of links) pages.set(link.page, (pages.get(link.page) ?? false) || link.fragment !== undefined);
    const results = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: `Checking ${pages.size} ${pages.size === 1 ? 'link' : 'links'}`,
        cancellable: true,
      },
      async (progress, token) => {
        const stop = new AbortController();
        const cancel = token.onCancellationRequested(() => stop.abort());
        try {
          const checker = new LinkChecker({
            fetch: this.fetch,
            signal: stop.signal,
            accept: settings.accept && new Set(settings.accept),
            remap: settings.remap?.map(([pattern, replacement]) => ({ pattern: new RegExp(pattern), replacement })),
            hostConcurrency: settings.hostConcurrency,
            hostInterval: settings.hostInterval,
            timeout: (settings.timeout ?? 20) * 1000,
          });
          const answered = await checker.checkPages(
            [...pages].map(([page, needsIds]) => ({ page, needsIds })),
            () => progress.report({ increment: 100 / Math.max(1, pages.size) }),
          );
          return token.isCancellationRequested ? undefined : answered;
        } finally {
          cancel.dispose();
        }
      },
    );
    if (!results) return undefined;
    const found = new Map<string, Finding[]>();
    for (const { document, version, disabled, links } of checked) {
      const findings = linkFindings(links, results, this.configs.forDocument(document), disabled);
      found.set(document.uri.toString(), findings);
      // An article edited meanwhile is not marked: its links moved.
      if (document.version !== version) continue;
      this.found.set(document.uri.toString(), { version, findings });
      this.collection.set(
        document.uri,
        findings.map((f) =>
          placedDiagnostic({ start: document.positionAt(f.start), end: document.positionAt(f.end) }, f),
        ),
      );
    }
    const problems = [...found.values()].reduce((n, f) => n + f.length, 0);
    this.log.line(`Check Links: ${documents.length} articles, ${pages.size} pages, ${problems} link problems.`);
    return found;
  }

  private forget(uri: vscode.Uri): void {
    if (!this.found.delete(uri.toString())) return;
    this.collection.delete(uri);
  }

  dispose(): void {
    this.collection.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
