import * as vscode from 'vscode';
import { parseArticle, type Article } from '../core/article';
import { bundledKnown, type Known } from '../core/assist';
import type { WorkspaceUse } from '../core/catalogue';
import { lintProject } from '../core/lint';
import type { ResolvedConfig } from '../core/config';
import type { ProjectFinding } from '../core/rule';
import { decodeBytes } from '../core/text';
import { workspaceEntry, type WorkspaceEntry } from '../core/workspace-entry';
import { MAX_ARTICLE_CHARS } from './articleDocuments';
import { errorText, isNotFound, type Log } from './log';
import { settings } from './settings';

/** How long the index may hold the extension host before it yields. */
const SLICE_MS = 15;
const READ_BATCH = 32;

export const REBUILD_COMMAND = 'selfhelp.rebuildIndex';

const yieldToHost = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every article in the open folders: built in the background (a status-bar item shows it), kept current by a file
 * watcher and by the open documents' own text. Serves the rules over many articles and the completions. Nothing is
 * searched, watched or shown until `start()`: a window without articles pays nothing for it.
 */
export class WorkspaceIndex implements vscode.Disposable {
  private readonly entries = new Map<string, { uri: vscode.Uri; entry: WorkspaceEntry }>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private status: vscode.StatusBarItem | undefined;
  private known: Known | undefined;
  readonly onDidChange = this.changed.event;
  private building: Promise<void> | undefined;
  /** The longest time one slice of the build held the extension host, in ms (for the benchmark). */
  longestSliceMs = 0;

  constructor(private readonly log: Log) {}

  /** Whether the index was started (the workspace holds articles). */
  get started(): boolean {
    return this.building !== undefined;
  }

  /** Builds the index and keeps it current from now on; later calls do nothing. */
  start(): Promise<void> {
    if (this.building) return this.building;
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
    watcher.onDidCreate((uri) => this.refresh(uri));
    watcher.onDidChange((uri) => this.refresh(uri));
    watcher.onDidDelete((uri) => this.remove(uri));
    this.status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 0);
    this.status.name = 'Self-help article index';
    this.disposables.push(
      watcher,
      this.status,
      // When an edited document closes unsaved, the file on disk speaks again.
      vscode.workspace.onDidCloseTextDocument((d) => void this.refresh(d.uri)),
    );
    this.building = this.build();
    return this.building;
  }

  /** Reads every article again (the "Rebuild Article Index" command). */
  rebuild(): Promise<void> {
    if (!this.building) return this.start();
    this.building = this.building.then(() => {
      this.entries.clear();
      this.known = undefined;
      this.longestSliceMs = 0;
      return this.build();
    });
    return this.building;
  }

  get size(): number {
    return this.entries.size;
  }

  private key(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, false);
  }

  private async build(): Promise<void> {
    const globs = settings.articleGlobs();
    const pattern = globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
    const status = this.status!;
    let uris: vscode.Uri[];
    try {
      uris = await vscode.workspace.findFiles(pattern, '**/node_modules/**');
    } catch (error) {
      this.log.once('index:search', `The article index cannot list the workspace's files (${errorText(error)}); open articles are still checked.`);
      uris = [];
    }
    status.show();
    let sliceStart = Date.now();
    for (let i = 0; i < uris.length; i += READ_BATCH) {
      const batch = uris.slice(i, i + READ_BATCH);
      const contents = await Promise.all(batch.map((uri) => Promise.resolve(vscode.workspace.fs.readFile(uri)).catch((error) => this.readFailed(uri, error))));
      // Waiting for the reads let the host run: the held time starts again here.
      sliceStart = Date.now();
      for (let k = 0; k < batch.length; k++) {
        const bytes = contents[k];
        // A file far larger than any article would hold the host too long; the CLI still checks it.
        if (bytes && bytes.length <= MAX_ARTICLE_CHARS) this.store(batch[k], decodeBytes(bytes).text, false);
        const held = Date.now() - sliceStart;
        this.longestSliceMs = Math.max(this.longestSliceMs, held);
        if (held > SLICE_MS) {
          status.text = `$(sync~spin) Indexing articles ${Math.min(i + k + 1, uris.length)}/${uris.length}`;
          await yieldToHost();
          sliceStart = Date.now();
        }
      }
    }
    this.longestSliceMs = Math.max(this.longestSliceMs, Date.now() - sliceStart);
    status.text = `$(book) ${this.entries.size} articles`;
    status.command = REBUILD_COMMAND;
    status.tooltip = 'Self-help articles indexed in this workspace';
    this.changed.fire();
  }

  /** Records an article (a file's text, or an open document already parsed); non-articles are dropped. */
  store(uri: vscode.Uri, source: string | Article, notify = true): void {
    const key = this.key(uri);
    const article = typeof source === 'string' ? parseArticle(source, { path: key }) : source;
    const before = this.entries.get(key)?.entry;
    if (!article.block) this.entries.delete(key);
    else this.entries.set(key, { uri, entry: workspaceEntry(article) });
    this.known = undefined;
    const after = this.entries.get(key)?.entry;
    if (notify && JSON.stringify(before?.facts) !== JSON.stringify(after?.facts)) this.changed.fire();
  }

  private async refresh(uri: vscode.Uri): Promise<void> {
    // An open document speaks for itself; the file on disk is read only when nobody edits it.
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.length > MAX_ARTICLE_CHARS) this.remove(uri);
      else this.store(uri, decodeBytes(bytes).text);
    } catch (error) {
      if (!isNotFound(error)) this.readFailed(uri, error);
      this.remove(uri);
    }
  }

  /** A read error on a remote or virtual file system: said once in the output channel, the file left out. */
  private readFailed(uri: vscode.Uri, error: unknown): undefined {
    this.log.once('index:read', `The article index cannot read ${uri.toString(true)} (${errorText(error)}); files that cannot be read are left out.`);
    return undefined;
  }

  private remove(uri: vscode.Uri): void {
    if (this.entries.delete(this.key(uri))) {
      this.known = undefined;
      this.changed.fire();
    }
  }

  uriOf(path: string): vscode.Uri | undefined {
    return this.entries.get(path)?.uri;
  }

  /** Findings of the rules over many articles that concern one file. */
  projectFindings(uri: vscode.Uri, config: ResolvedConfig): ProjectFinding[] {
    const key = this.key(uri);
    const facts = [...this.entries.values()].flatMap(({ entry }) => (entry.facts ? [entry.facts] : []));
    return lintProject(facts, config).filter((f) => f.path === key);
  }

  /** The scenarios the workspace's articles use, one a use, with what each article says of itself. */
  scenarioUses(): WorkspaceUse[] {
    return [...this.entries.values()].flatMap(({ entry }) =>
      entry.scenario ? [{ diagnosticScenario: entry.scenario, service: entry.service, resource: entry.resource, selfHelpType: entry.selfHelpType }] : []);
  }

  /** Where articles other than `except` use this articleId (any case), for refusing a duplicate. */
  articleIdUses(articleId: string, except?: vscode.Uri): vscode.Location[] {
    const wanted = articleId.trim().toLowerCase();
    return [...this.entries.values()].flatMap(({ uri, entry }) => {
      const id = entry.facts?.articleId;
      if (!id || id.value.trim().toLowerCase() !== wanted || uri.toString() === except?.toString()) return [];
      return [new vscode.Location(uri, new vscode.Position(id.start.line, id.start.character))];
    });
  }

  /** Bundled facts plus what the workspace's articles use. */
  knownValues(): Known {
    if (this.known) return this.known;
    const known = bundledKnown();
    const add = <K, V>(map: Map<K, Set<V>>, key: K, value?: V) => {
      if (!map.has(key)) map.set(key, new Set());
      if (value !== undefined) map.get(key)!.add(value);
    };
    for (const [path, { entry }] of this.entries) {
      if (entry.service) add(known.services, entry.service.toLowerCase(), entry.resource);
      if (entry.scenario) known.scenarios.add(entry.scenario);
      if (entry.ownershipId) known.ownershipIds.add(entry.ownershipId);
      entry.resourceTags.forEach((t) => known.resourceTags.add(t));
      for (const token of entry.tokens) known.tokens.set(token, [...(known.tokens.get(token) ?? []), path]);
      for (const [extension, blade] of entry.blades) add(known.blades, extension, blade);
    }
    this.known = known;
    return known;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
