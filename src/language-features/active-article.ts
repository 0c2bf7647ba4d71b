import * as vscode from 'vscode';
import { isArticle } from './article-documents';

/** The context key `selfhelp.activeArticle`: the active editor shows an article (menus and the palette read it). */
export class ActiveArticleContext implements vscode.Disposable {
  private readonly listeners = [
    vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) this.update();
    }),
  ];
  private current: boolean | undefined;

  /** Sets the key for the active editor (called once activation has returned, then on every change). */
  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const active = !!document && isArticle(document);
    if (active === this.current) return;
    this.current = active;
    void vscode.commands.executeCommand('setContext', 'selfhelp.activeArticle', active);
  }

  dispose(): void {
    this.listeners.forEach((l) => l.dispose());
  }
}
