import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES, parseConfig, resolveConfig, type Config, type ConfigProblem, type ResolvedConfig } from '../core/config';
import { errorText, isNotFound, type Log } from './log';
import { settings } from './settings';

/**
 * The rule settings of each workspace folder: the same `.selfhelp.json` the CLI reads (or `selfhelp.configFile`),
 * with `selfhelp.rules` on top; read again when either changes.
 */
export class RuleConfigs implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<ResolvedConfig>>();
  /** Made when a folder's configuration is first read: a window without articles watches nothing. */
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly configurationListener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('selfhelp')) this.reset();
  });

  constructor(private readonly log: Log) {}

  private reset(): void {
    this.cache.clear();
    this.changed.fire();
  }

  forDocument(document: vscode.TextDocument): Promise<ResolvedConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (!folder) return Promise.resolve(resolveConfig(undefined));
    if (!this.watcher) {
      this.watcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAMES.join(',')}}`);
      this.watcher.onDidChange(() => this.reset());
      this.watcher.onDidCreate(() => this.reset());
      this.watcher.onDidDelete(() => this.reset());
    }
    const key = folder.uri.toString();
    let config = this.cache.get(key);
    if (!config) {
      config = this.read(folder.uri);
      this.cache.set(key, config);
    }
    return config;
  }

  private async read(folder: vscode.Uri): Promise<ResolvedConfig> {
    const problems: ConfigProblem[] = [];
    const chosen = settings.configFile(folder);
    const candidates = chosen ? [chosen] : CONFIG_FILE_NAMES;
    let fromFile: Config | undefined;
    for (const name of candidates) {
      const uri = vscode.Uri.joinPath(folder, name);
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(uri);
      } catch (error) {
        if (chosen) problems.push({ message: `${uri.fsPath}: the configuration file named in selfhelp.configFile cannot be read.` });
        else if (!isNotFound(error)) this.log.once(`config:${folder}`, `${uri.toString(true)}: cannot be read (${errorText(error)}); the rules' defaults apply.`);
        continue;
      }
      const fileProblems: ConfigProblem[] = [];
      fromFile = parseConfig(new TextDecoder().decode(bytes), fileProblems);
      problems.push(...fileProblems.map((p) => ({ message: `${uri.fsPath}: ${p.message}` })));
      break;
    }
    const config = resolveConfig({ rules: { ...fromFile?.rules, ...settings.rules(folder) } }, problems);
    for (const problem of problems) this.log.line(problem.message);
    return config;
  }

  dispose(): void {
    this.configurationListener.dispose();
    this.watcher?.dispose();
    this.changed.dispose();
  }
}
