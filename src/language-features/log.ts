import * as vscode from 'vscode';

/** The extension's output channel, made on first use: a window without articles never shows it. */
export class Log implements vscode.Disposable {
  private channel: vscode.OutputChannel | undefined;
  private readonly said = new Set<string>();

  line(message: string): void {
    this.channel ??= vscode.window.createOutputChannel('Azure Self-Help');
    this.channel.appendLine(message);
  }

  /** Writes the message the first time its key comes (a failing file system would otherwise repeat it per file). */
  once(key: string, message: string): void {
    if (this.said.has(key)) return;
    this.said.add(key);
    this.line(message);
  }

  dispose(): void {
    this.channel?.dispose();
  }
}

/** A file system's answer for a file that is not there (expected for optional files), as opposed to a read error. */
export function isNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError
    ? error.code === 'FileNotFound'
    : (error as { code?: unknown })?.code === 'FileNotFound';
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
