import * as vscode from 'vscode';
import {
  type Article,
  decodeBytes,
  entryOf,
  type Finding,
  type Known,
  lintArticle,
  parseArticle,
  type Position,
  type ProjectFinding,
  type ResolvedConfig,
  type RuleContext,
  type Severity,
  type WorkspaceEntry,
  type WorkspaceUse,
  WorkspaceModel,
} from '../core';
import { MAX_ARTICLE_CHARS } from './article-documents';
import { IndexStatus } from './index-status';
import { errorText, isNotFound, type Log } from './log';
import { readInSlices } from './read-in-slices';
import { settings } from './settings';
import type { Trace } from './trace';
import { yieldToHost } from './yield-to-host';

/** A finding of an article's own rules, placed by line and column (the index keeps no text). */
export interface IndexedFinding {
  rule: string;
  severity: Severity;
  message: string;
  messageId: string;
  start: Position;
  end: Position;
}

/** One article of the index. */
export interface IndexedArticle {
  uri: vscode.Uri;
  /** Workspace-relative path. */
  path: string;
  entry: WorkspaceEntry;
  findings: IndexedFinding[];
}

/**
 * Every article in the open folders: built in the background (a status-bar item shows it), kept current by a file
 * watcher and by the open documents' own text. Serves the rules over many articles and the completions. Nothing is
 * searched, watched or shown until `start()`: a window without articles pays nothing for it.
 */
export class WorkspaceIndex implements vscode.Disposable {
  private readonly entries = new Map<string, IndexedArticle>();
  /** Fired with the articles that changed, or with none after a build (every article may have). */
  private readonly changed = new vscode.EventEmitter<readonly vscode.Uri[]>();
  /** Fired when what the rules over many articles read changed (an articleId, a displayOrder, a file name …). */
  private readonly factsChanged = new vscode.EventEmitter<void>();
  private readonly progressed = new vscode.EventEmitter<{ done: number; total: number }>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.factsChanged, this.progressed];
  private status: IndexStatus | undefined;
  /** What the rules over many articles and the completions read of every article (the CLI keeps one too). */
  private readonly model = new WorkspaceModel();
  readonly onDidChange = this.changed.event;
  /** Only the changes that can change other articles' findings: open articles are checked again on these. */
  readonly onDidChangeFacts = this.factsChanged.event;
  /** The build's progress, at each pause it makes. */
  readonly onDidProgress = this.progressed.event;
  private building: Promise<void> | undefined;
  /** Whether the first build has finished. */
  built = false;

  /**
   * `configFor` gives the rule configuration of a file's folder and `contextFor` what the rules may use there (the
   * speller, once loaded): each article's own findings are kept with it.
   */
  constructor(
    private readonly log: Log,
    private readonly configFor: (uri: vscode.Uri) => ResolvedConfig,
    private readonly contextFor: (uri: vscode.Uri, config: ResolvedConfig) => RuleContext = () => ({}),
    private readonly beforeBuild: () => Promise<void>,
    private readonly trace: Trace,
  ) {}

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
    this.status = new IndexStatus();
    this.disposables.push(
      watcher,
      this.status,
      // When an edited document closes unsaved, the file on disk speaks again.
      vscode.workspace.onDidCloseTextDocument((d) => void this.refresh(d.uri)),
    );
    this.building = this.build();
    return this.building;
  }

  /** The build under way or done (undefined before `start`). */
  get ready(): Promise<void> | undefined {
    return this.building;
  }

  /** Reads every article again (the "Rebuild Article Index" command). */
  rebuild(): Promise<void> {
    if (!this.building) return this.start();
    this.building = this.building.then(() => this.build());
    return this.building;
  }

  get size(): number {
    return this.entries.size;
  }

  private key(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, false);
  }

  /** The rule configurations the articles were checked with, as text. */
  private configSignature = '';

  private currentConfigSignature(): string {
    return JSON.stringify(
      (vscode.workspace.workspaceFolders ?? []).map((f) => {
        const config = this.configFor(f.uri);
        return [[...config], this.contextFor(f.uri, config).speller?.teamWords ?? null];
      }),
    );
  }

  /** Checks every article again when the rule configuration of a folder now says something else. */
  configurationChanged(): void {
    if (this.started && this.currentConfigSignature() !== this.configSignature) void this.rebuild();
  }

  private async build(): Promise<void> {
    this.configSignature = this.currentConfigSignature();
    const globs = settings.articleGlobs();
    const pattern = globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
    const status = this.status!;
    const found = Date.now();
    // The search for the files, their reading and the loading of what the rules need (the word list) overlap: only
    // the checking waits for all of it.
    const ready = this.beforeBuild();
    let uris: vscode.Uri[];
    try {
      uris = await vscode.workspace.findFiles(pattern, '**/node_modules/**');
    } catch (error) {
      this.log.once(
        'index:search',
        `The article index cannot list the workspace's files (${errorText(error)}); open articles are still checked.`,
      );
      uris = [];
    }
    const findMs = Date.now() - found;
    status.show();
    // The articles stay listed while they are read again; those no longer found go at the end.
    const gone = new Set(this.entries.keys());
    const { readWaitMs, useMs } = await readInSlices(uris, {
      ready,
      // A file far larger than any article would hold the host too long; the CLI still checks it.
      use: (uri, bytes) => {
        if (!bytes || bytes.length > MAX_ARTICLE_CHARS) return;
        this.store(uri, decodeBytes(bytes).text, false);
        gone.delete(this.key(uri));
      },
      progress: (done) => {
        status.building(done, uris.length);
        this.progressed.fire({ done, total: uris.length });
      },
      readFailed: (uri, error) => this.readFailed(uri, error),
      trace: this.trace,
    });
    for (const key of gone) {
      this.entries.delete(key);
      this.model.delete(key);
    }
    this.trace.emit({ kind: 'index-built', findMs, readWaitMs, checkMs: Math.round(useMs) });
    status.built(this.entries.size);
    this.built = true;
    this.progressed.fire({ done: uris.length, total: uris.length });
    this.changed.fire([]);
    this.factsChanged.fire();
  }

  /**
   * Records an article (a file's text, or an open document already parsed and checked); non-articles are dropped.
   * Listeners hear of it when what the index keeps of it changed.
   */
  store(uri: vscode.Uri, source: string | Article, notify = true, findings?: readonly Finding[]): void {
    const key = this.key(uri);
    const article = typeof source === 'string' ? parseArticle(source, { path: key }) : source;
    const before = this.entries.get(key);
    const entry = entryOf(article);
    this.model.set(key, entry);
    if (!entry) this.entries.delete(key);
    else {
      const config = this.configFor(uri);
      const own = findings ?? lintArticle(article, config, this.contextFor(uri, config)).findings;
      const { lines } = article;
      const placed = own.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        messageId: f.messageId,
        start: lines.positionAt(f.start),
        end: lines.positionAt(f.end),
      }));
      this.entries.set(key, { uri, path: key, entry, findings: placed });
    }
    const after = this.entries.get(key);
    if (!notify) return;
    const sameFacts = JSON.stringify(before?.entry.facts) === JSON.stringify(after?.entry.facts);
    if (!sameFacts) this.factsChanged.fire();
    if (
      !sameFacts ||
      JSON.stringify([before?.entry, before?.findings]) !== JSON.stringify([after?.entry, after?.findings])
    )
      this.changed.fire([uri]);
  }

  /** Every article of the index. */
  articles(): IndexedArticle[] {
    return [...this.entries.values()];
  }

  /** The article at this URI, when the index holds it. */
  article(uri: vscode.Uri): IndexedArticle | undefined {
    return this.entries.get(this.key(uri));
  }

  /**
   * The findings of the rules over many articles, by workspace-relative path, each folder with its configuration; one
   * rule at a time with a pause between (on 15,000 articles with many duplicates one rule takes up to ~50 ms).
   */
  async allProjectFindings(): Promise<Map<string, ProjectFinding[]>> {
    const byPath = new Map<string, ProjectFinding[]>();
    for (const { ruleId, run } of this.model.projectRuns((path) => this.configFor(this.entries.get(path)!.uri))) {
      await yieldToHost();
      const started = Date.now();
      const found = run();
      this.trace.emit({ kind: 'project-rule', ruleId, ms: Date.now() - started });
      for (const finding of found) {
        const list = byPath.get(finding.path);
        if (list) list.push(finding);
        else byPath.set(finding.path, [finding]);
      }
    }
    return byPath;
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
    this.log.once(
      'index:read',
      `The article index cannot read ${uri.toString(true)} (${errorText(error)}); files that cannot be read are left out.`,
    );
    return undefined;
  }

  private remove(uri: vscode.Uri): void {
    const key = this.key(uri);
    if (this.entries.delete(key)) {
      this.model.delete(key);
      this.changed.fire([uri]);
      this.factsChanged.fire();
    }
  }

  uriOf(path: string): vscode.Uri | undefined {
    return this.entries.get(path)?.uri;
  }

  /** Findings of the rules over many articles that concern one file. */
  projectFindings(uri: vscode.Uri, config: ResolvedConfig): ProjectFinding[] {
    return this.model.projectFindingsOf(this.key(uri), config);
  }

  /** The scenarios the workspace's articles use, one a use, with what each article says of itself. */
  scenarioUses(): WorkspaceUse[] {
    return [...this.entries.values()].flatMap(({ entry }) =>
      entry.scenario
        ? [
            {
              diagnosticScenario: entry.scenario,
              service: entry.service,
              resource: entry.resource,
              selfHelpType: entry.selfHelpType,
            },
          ]
        : [],
    );
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
    return this.model.knownValues();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
