/**
 * The preview of an article as customers see it: one panel that follows the active article, updates as it is typed
 * (debounced; the page drops renders older than the one it shows), keeps scroll in step with the editor both ways,
 * and comes back after a window reload (a webview serializer). Works in VS Code's Node host and in its web worker
 * host alike: the page is our renderer's HTML with our own script, loaded from the extension's media folder.
 */
import * as vscode from 'vscode';
import type { ParsedArticles } from '../language-features/parsed-articles';
import { linkKind, previewMarks, renderArticle, renderPage } from '../core';
import { isArticle } from '../language-features/article-documents';
import { fromPage } from './messages';
import type { FromPage, PageState, ToPage } from './protocol';

export const PREVIEW_VIEW_TYPE = 'selfhelp.preview';
const UPDATE_DELAY_MS = 150;
/** A scroll of one side caused by the other is not sent back within this time. */
const ECHO_MS = 300;

/** What the page reported it shows: the tests and the benchmark listen to it. */
export interface RenderedEvent {
  uri: string;
  version: number;
  text: string;
}

function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class PreviewManager implements vscode.WebviewPanelSerializer<PageState>, vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private updateTimer: ReturnType<typeof setTimeout> | undefined;
  private pageReady = false;
  private sentVersion = -1;
  /** The line to show first in a new page. */
  private pendingLine: number | undefined;
  /** The scenario of the article shown: its sample values are remembered under it. */
  private currentScenario: string | undefined;
  private editorScrolledAt = 0;
  private pageScrolledAt = 0;
  private readonly rendered = new vscode.EventEmitter<RenderedEvent>();
  readonly onDidRender = this.rendered.event;
  private readonly scrolled = new vscode.EventEmitter<number>();
  /** The source line at the top of the page after it scrolled. */
  readonly onDidScrollPage = this.scrolled.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly memory: vscode.Memento,
    private readonly articles: ParsedArticles,
  ) {
    this.disposables.push(
      this.rendered,
      this.scrolled,
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, this),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // The preview follows the active article; other editors leave it as it is.
        if (this.panel && editor && isArticle(editor.document) && editor.document !== this.document)
          this.setDocument(editor.document, this.topLine(editor));
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.scheduleUpdate();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) this.document = undefined;
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document !== this.document || !this.pageReady) return;
        if (Date.now() - this.pageScrolledAt < ECHO_MS) return;
        this.editorScrolledAt = Date.now();
        void this.post({ type: 'scrollTo', line: this.topLine(e.textEditor) });
      }),
    );
  }

  /** The article the preview shows, if it is open. */
  get previewed(): vscode.Uri | undefined {
    return this.panel ? this.document?.uri : undefined;
  }

  async show(uri: vscode.Uri | undefined, toSide: boolean): Promise<void> {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document || !isArticle(document)) {
      void vscode.window.showInformationMessage(
        'Open a self-help article (a Markdown file that starts with a <properties … /> block) to preview it.',
      );
      return;
    }
    const column = toSide
      ? vscode.ViewColumn.Beside
      : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    if (this.panel) this.panel.reveal(column, toSide);
    else
      this.attach(
        vscode.window.createWebviewPanel(
          PREVIEW_VIEW_TYPE,
          'Preview',
          { viewColumn: column, preserveFocus: toSide },
          this.options(),
        ),
      );
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    this.setDocument(document, editor ? this.topLine(editor) : 0);
  }

  /** Revives the panel VS Code kept across a window reload. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PageState | undefined): Promise<void> {
    this.panel?.dispose();
    panel.webview.options = this.options();
    this.attach(panel);
    try {
      const document = state?.uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri)) : undefined;
      if (document) {
        this.setDocument(document, state?.line ?? 0);
        return;
      }
    } catch {
      // The article is gone: the panel says so below.
    }
    panel.webview.html =
      '<!DOCTYPE html><html><body><p>The article of this preview is no longer there.</p></body></html>';
  }

  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((message) => {
        const checked = fromPage(message);
        if (checked) void this.receive(checked);
      }),
      panel.onDidDispose(() => {
        this.panelDisposables.forEach((d) => d.dispose());
        this.panelDisposables = [];
        this.panel = undefined;
        this.document = undefined;
        this.pageReady = false;
      }),
    ];
  }

  private setDocument(document: vscode.TextDocument, line: number): void {
    const panel = this.panel;
    if (!panel) return;
    const changed = document !== this.document;
    this.document = document;
    panel.title = `Preview ${document.uri.path.split('/').pop() ?? ''}`;
    if (changed || !this.pageReady) {
      this.pageReady = false;
      this.sentVersion = -1;
      this.pendingLine = line;
      // A new page for a new article: a fresh nonce, and the page asks for its content once loaded.
      panel.webview.html = renderPage(
        { presentation: 'solution', title: 'Preview', tokens: [], html: '' },
        {
          nonce: nonce(),
          webview: {
            cspSource: panel.webview.cspSource,
            scriptUri: panel.webview
              .asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.js'))
              .toString(),
          },
          state: { uri: document.uri.toString(), line } satisfies PageState,
        },
      );
    }
  }

  private scheduleUpdate(): void {
    clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  private async update(): Promise<void> {
    const document = this.document;
    if (!document || !this.panel || !this.pageReady || document.version === this.sentVersion) return;
    const version = document.version;
    const rendered = renderArticle(this.articles.get(document), previewMarks(this.articles.findings(document)));
    this.sentVersion = version;
    await this.post({
      type: 'update',
      uri: document.uri.toString(),
      version,
      html: rendered.html,
      tokens: rendered.tokens,
      samples: this.samples(rendered.scenario),
      line: this.pendingLine,
    });
    this.pendingLine = undefined;
    this.currentScenario = rendered.scenario;
  }

  private samples(scenario: string | undefined): Record<string, string> {
    return (scenario && this.memory.get<Record<string, string>>(`selfhelp.samples:${scenario}`)) || {};
  }

  private async receive(message: FromPage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.pageReady = true;
        this.sentVersion = -1;
        await this.update();
        break;
      case 'rendered':
        if (this.document)
          this.rendered.fire({ uri: this.document.uri.toString(), version: message.version, text: message.text });
        break;
      case 'scrolled': {
        this.scrolled.fire(message.line);
        if (message.byEditor || Date.now() - this.editorScrolledAt < ECHO_MS) return;
        const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
        if (!editor) return;
        this.pageScrolledAt = Date.now();
        editor.revealRange(new vscode.Range(message.line, 0, message.line, 0), vscode.TextEditorRevealType.AtTop);
        break;
      }
      case 'showSource': {
        if (!this.document) return;
        const position = new vscode.Position(message.line, 0);
        const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
        await vscode.window.showTextDocument(this.document, {
          viewColumn: editor?.viewColumn,
          selection: new vscode.Range(position, position),
        });
        break;
      }
      case 'openLink': {
        // Only web and mail links, and only through VS Code (which asks before opening an unknown site).
        const kind = linkKind(message.href);
        if (kind === 'web' || kind === 'mail') await vscode.env.openExternal(vscode.Uri.parse(message.href, true));
        break;
      }
      case 'samples':
        if (this.currentScenario) await this.memory.update(`selfhelp.samples:${this.currentScenario}`, message.values);
        break;
    }
  }

  private topLine(editor: vscode.TextEditor): number {
    return editor.visibleRanges[0]?.start.line ?? 0;
  }

  private post(message: ToPage): Thenable<boolean> {
    return this.panel ? this.panel.webview.postMessage(message) : Promise.resolve(false);
  }

  dispose(): void {
    clearTimeout(this.updateTimer);
    this.panel?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
