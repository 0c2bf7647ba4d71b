/** The article index in the status bar: its progress while it is built, then how many articles it holds. */
import * as vscode from 'vscode';
import { COMMAND } from '../commands/ids';

export class IndexStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 0);

  constructor() {
    this.item.name = 'Self-help article index';
  }

  building(done: number, total: number): void {
    this.item.text = `$(sync~spin) Indexing articles ${Math.min(done, total)}/${total}`;
    this.item.show();
  }

  built(count: number): void {
    this.item.text = `$(book) ${count} articles`;
    this.item.command = COMMAND.rebuildIndex;
    this.item.tooltip = 'Self-help articles indexed in this workspace';
    this.item.show();
  }

  show(): void {
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
