import * as vscode from 'vscode';
import { isArticle } from './article-documents';

const FORM_TYPE = /selfHelpType\s*=\s*["']\s*(problemScopingQuestions|TSG_Questions)\s*["']/i;

/** The context key `selfhelp.activeArticle`: the active editor shows an article (menus and the palette read it). */
export class ActiveArticleContext implements vscode.Disposable {
  private readonly listeners = [
    vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) this.update();
    }),
  ];
  private current: boolean | undefined;
  private currentForm: boolean | undefined;

  /** Sets the key for the active editor (called once activation has returned, then on every change). */
  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const active = !!document && isArticle(document);
    // A form (problem-scoping questions): Insert Form Element is offered. Read from the block's first lines.
    const form = active && FORM_TYPE.test(document.getText(new vscode.Range(0, 0, 60, 0)));
    if (form !== this.currentForm) {
      this.currentForm = form;
      void vscode.commands.executeCommand('setContext', 'selfhelp.activeForm', form);
    }
    if (active === this.current) return;
    this.current = active;
    void vscode.commands.executeCommand('setContext', 'selfhelp.activeArticle', active);
  }

  dispose(): void {
    this.listeners.forEach((l) => l.dispose());
  }
}
