import * as vscode from 'vscode';
import {
  type Config,
  CONFIG_FILE_NAMES,
  type ConfigProblem,
  CSPELL_FILE_NAMES,
  type LinkSettings,
  parseConfig,
  resolveConfig,
  type ResolvedConfig,
  VSCODE_SETTINGS_FILE,
  wordsOfCspellConfig,
  wordsOfVscodeSettings,
} from '../core';
import { errorText, isNotFound, type Log } from './log';
import { settings } from './settings';

/** Files whose change changes the configuration or the team's words. */
const WORD_FILES = new Set([...CONFIG_FILE_NAMES, ...CSPELL_FILE_NAMES, 'settings.json']);
const basename = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** A file's text: an open editor's (saved or not), else the file system's. */
async function readText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** What a folder's configuration file held when last read: its text, or null for no file. */
type Remembered = string | null;
const memoryKey = (folder: vscode.Uri) => `selfhelp.configFile:${folder.toString()}`;

/**
 * The rule settings of each workspace folder: the same `.selfhelp.json` the CLI reads (or `selfhelp.configFile`),
 * with `selfhelp.rules` on top; read again when either changes.
 *
 * Reading the file is a round trip to the file system, which takes a second or more while a window starts (more on a
 * remote one): so an article is checked at once with what the last read found, kept in the workspace's state (no file,
 * when nothing was ever read). Should the file say otherwise, `onDidChange` fires and the articles are checked again.
 */
export class RuleConfigs implements vscode.Disposable {
  /** The folders whose file is read (or was, since the last change); a change starts a new generation of reads. */
  private readonly reading = new Set<string>();
  private generation = 0;
  private readonly settled = new Map<string, ResolvedConfig>();
  private readonly provisional = new Map<string, ResolvedConfig>();
  /** Made when a folder's configuration is first read: a window without articles watches nothing. */
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly configurationListener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('selfhelp')) this.reset();
  });
  /** The team's words of each folder (`words` of the file, cSpell's files), read with the configuration. */
  private readonly words = new Map<string, readonly string[]>();
  /** The team's internal hosts of each folder (`internalHosts` of the file), read with the configuration. */
  private readonly internalHosts = new Map<string, readonly string[]>();
  /** An edit of a configuration or cSpell file counts before it is saved (the "add to the words" quick fix). */
  private readonly editListener = vscode.workspace.onDidChangeTextDocument((e) => {
    if (e.contentChanges.length && WORD_FILES.has(basename(e.document.uri))) this.reset();
  });

  constructor(
    private readonly log: Log,
    private readonly memory: vscode.Memento,
  ) {}

  private reset(): void {
    this.reading.clear();
    this.words.clear();
    this.internalHosts.clear();
    this.settled.clear();
    this.provisional.clear();
    this.generation++;
    this.changed.fire();
  }

  /** The configuration for the document, at once: the one read, or while it is read, the one remembered. */
  forDocument(document: vscode.TextDocument): ResolvedConfig {
    return this.forUri(document.uri);
  }

  /** The rules' defaults, for a file outside every folder. */
  private outsideFolders: ResolvedConfig | undefined;

  /** The configuration for a file of the workspace, opened or not. */
  forUri(uri: vscode.Uri): ResolvedConfig {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    // The same object each time: what was checked with it stays current.
    if (!folder) return (this.outsideFolders ??= resolveConfig(undefined));
    this.readOnce(folder.uri);
    const key = folder.uri.toString();
    const settled = this.settled.get(key);
    if (settled) return settled;
    // While the file is read: the one remembered, resolved once (the same object for every file of the folder).
    let provisional = this.provisional.get(key);
    if (!provisional)
      this.provisional.set(
        key,
        (provisional = this.resolve(folder.uri, this.memory.get<Remembered>(memoryKey(folder.uri)) ?? null, [])),
      );
    return provisional;
  }

  /** The team's words for a file of the workspace: empty until its folder's files are read. */
  wordsFor(uri: vscode.Uri): readonly string[] {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return [];
    this.readOnce(folder.uri);
    return this.words.get(folder.uri.toString()) ?? [];
  }

  /** The team's hosts customers cannot reach, for a file of the workspace: none until its folder's file is read. */
  internalHostsFor(uri: vscode.Uri): readonly string[] {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return [];
    this.readOnce(folder.uri);
    return this.internalHosts.get(folder.uri.toString()) ?? [];
  }

  /**
   * How links are followed for a file of the workspace (`links` of its folder's file), read from the file now: Check
   * Links is asked for once in a while, and must not follow links with settings a moment old (a remap just written).
   */
  async linksFor(uri: vscode.Uri): Promise<LinkSettings> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return {};
    const chosen = settings.configFile(folder.uri);
    for (const name of chosen ? [chosen] : await this.present(folder.uri)) {
      const text = await readText(vscode.Uri.joinPath(folder.uri, name)).catch(() => undefined);
      if (text !== undefined) return parseConfig(text, []).links ?? {};
    }
    return {};
  }

  private readOnce(folder: vscode.Uri): void {
    if (!this.watcher) {
      this.watcher = vscode.workspace.createFileSystemWatcher(`**/{${[...WORD_FILES].join(',')}}`);
      this.watcher.onDidChange(() => this.reset());
      this.watcher.onDidCreate(() => this.reset());
      this.watcher.onDidDelete(() => this.reset());
    }
    const key = folder.toString();
    if (this.reading.has(key)) return;
    this.reading.add(key);
    void this.read(folder, this.generation);
  }

  private async read(folder: vscode.Uri, generation: number): Promise<void> {
    const problems: ConfigProblem[] = [];
    const chosen = settings.configFile(folder);
    const candidates = chosen ? [chosen] : await this.present(folder);
    let text: Remembered = null;
    let source: vscode.Uri | undefined;
    for (const name of candidates) {
      const uri = vscode.Uri.joinPath(folder, name);
      try {
        text = await readText(uri);
        source = uri;
        break;
      } catch (error) {
        if (chosen)
          problems.push({
            message: `${uri.fsPath}: the configuration file named in selfhelp.configFile cannot be read.`,
          });
        else if (!isNotFound(error))
          this.log.once(
            `config:${folder}`,
            `${uri.toString(true)}: cannot be read (${errorText(error)}); the rules' defaults apply.`,
          );
      }
    }
    const teamWords = await this.teamWords(folder, text);
    // The file or the settings changed while it was read: a newer read tells.
    if (generation !== this.generation) return;
    const config = this.resolve(folder, text, problems, source);
    const hadWords = this.words.get(folder.toString()) ?? [];
    this.words.set(folder.toString(), teamWords);
    const parsed = text !== null ? parseConfig(text, []) : {};
    this.internalHosts.set(folder.toString(), parsed.internalHosts ?? []);
    for (const problem of problems) this.log.line(problem.message);
    this.settled.set(folder.toString(), config);
    const key = memoryKey(folder);
    const remembered = this.memory.get<Remembered>(key);
    if (remembered !== text) await this.memory.update(key, text);
    // Articles checked with what was remembered are checked again with what the file says.
    if ((remembered ?? null) !== text || hadWords.join('\n') !== teamWords.join('\n')) this.changed.fire();
  }

  /** `words` of the configuration, then cSpell's `cspell.json` / `.cspell.json` and `.vscode/settings.json`. */
  private async teamWords(folder: vscode.Uri, configText: Remembered): Promise<string[]> {
    const problems: ConfigProblem[] = [];
    const words = [...((configText !== null && parseConfig(configText, problems).words) || [])];
    for (const name of CSPELL_FILE_NAMES) {
      const text = await readText(vscode.Uri.joinPath(folder, name)).catch(() => undefined);
      if (text !== undefined) {
        words.push(...wordsOfCspellConfig(text));
        break;
      }
    }
    const settingsText = await readText(vscode.Uri.joinPath(folder, VSCODE_SETTINGS_FILE)).catch(() => undefined);
    if (settingsText !== undefined) words.push(...wordsOfVscodeSettings(settingsText));
    return words;
  }

  /** The file's rules (problems in it told as coming from `source`) with the settings' on top. */
  private resolve(
    folder: vscode.Uri,
    text: Remembered,
    problems: ConfigProblem[],
    source?: vscode.Uri,
  ): ResolvedConfig {
    const fileProblems: ConfigProblem[] = [];
    const fromFile: Config | undefined = text === null ? undefined : parseConfig(text, fileProblems);
    problems.push(...fileProblems.map((p) => ({ message: `${source?.fsPath ?? folder.fsPath}: ${p.message}` })));
    return resolveConfig({ rules: { ...fromFile?.rules, ...settings.rules(folder) } }, problems);
  }

  /**
   * The configuration files the folder holds: one listing of the folder instead of a failed read of each name, since
   * on a remote or virtual file system every round trip counts before the first diagnostics can show.
   */
  private async present(folder: vscode.Uri): Promise<string[]> {
    try {
      const names = new Set((await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name));
      return CONFIG_FILE_NAMES.filter((name) => names.has(name));
    } catch {
      return CONFIG_FILE_NAMES;
    }
  }

  dispose(): void {
    this.configurationListener.dispose();
    this.editListener.dispose();
    this.watcher?.dispose();
    this.changed.dispose();
  }
}
