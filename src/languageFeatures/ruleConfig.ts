import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES, parseConfig, resolveConfig, type ConfigProblem, type ResolvedConfig } from '../core/config';

/**
 * The rule settings of each workspace folder, read from the same `.selfhelp.json` the CLI reads, and read again when
 * that file changes.
 */
export class RuleConfigs implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<ResolvedConfig>>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAMES.join(',')}}`);
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly output: vscode.OutputChannel) {
    const reset = () => {
      this.cache.clear();
      this.changed.fire();
    };
    this.watcher.onDidChange(reset);
    this.watcher.onDidCreate(reset);
    this.watcher.onDidDelete(reset);
  }

  forDocument(document: vscode.TextDocument): Promise<ResolvedConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (!folder) return Promise.resolve(resolveConfig(undefined));
    const key = folder.uri.toString();
    let config = this.cache.get(key);
    if (!config) {
      config = this.read(folder.uri);
      this.cache.set(key, config);
    }
    return config;
  }

  private async read(folder: vscode.Uri): Promise<ResolvedConfig> {
    for (const name of CONFIG_FILE_NAMES) {
      const uri = vscode.Uri.joinPath(folder, name);
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(uri);
      } catch {
        continue;
      }
      const problems: ConfigProblem[] = [];
      const config = resolveConfig(parseConfig(new TextDecoder().decode(bytes), problems), problems);
      for (const problem of problems) this.output.appendLine(`${uri.fsPath}: ${problem.message}`);
      return config;
    }
    return resolveConfig(undefined);
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }
}
