import * as vscode from 'vscode';
import { decodeBytes, LineIndex, parseCatalogueFile, type TeamEntry } from '../core';
import { errorText, type Log } from './log';

export const CATALOGUE_SOURCE = 'selfhelp-catalogue';

/**
 * The team's catalogue files (`selfhelp.catalogue.files`, by default every `selfhelp-catalogue.json`): read through
 * `vscode.workspace.fs` when first needed and again when one changes. A broken file gets diagnostics in that file and
 * a message; what can be read of it still counts.
 */
export class TeamCatalogue implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(CATALOGUE_SOURCE);
  private loading: Promise<{ file: string; entries: TeamEntry[] }[]> | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly configuration = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('selfhelp.catalogue')) this.reset();
  });

  constructor(private readonly log: Log) {}

  private globs(): string[] {
    return vscode.workspace
      .getConfiguration('selfhelp')
      .get<string[]>('catalogue.files', ['**/selfhelp-catalogue.json']);
  }

  private reset(): void {
    this.loading = undefined;
    this.watcher?.dispose();
    this.watcher = undefined;
  }

  private pattern(): string | undefined {
    const globs = this.globs();
    return globs.length > 1 ? `{${globs.join(',')}}` : globs[0];
  }

  /** The entries of every catalogue file; read on first use, and again after a file or the setting changed. */
  entries(): Promise<{ file: string; entries: TeamEntry[] }[]> {
    const pattern = this.pattern();
    if (!this.watcher && pattern) {
      this.watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const changed = () => (this.loading = undefined);
      this.watcher.onDidChange(changed);
      this.watcher.onDidCreate(changed);
      this.watcher.onDidDelete(changed);
    }
    this.loading ??= this.load(pattern);
    return this.loading;
  }

  private async load(pattern: string | undefined): Promise<{ file: string; entries: TeamEntry[] }[]> {
    let uris: vscode.Uri[] = [];
    try {
      uris = pattern ? await vscode.workspace.findFiles(pattern, '**/node_modules/**') : [];
    } catch (error) {
      this.log.once('catalogue:search', `Cannot search the workspace for catalogue files (${errorText(error)}).`);
    }
    this.collection.clear();
    const files: { file: string; entries: TeamEntry[] }[] = [];
    const broken: string[] = [];
    for (const uri of uris) {
      const file = vscode.workspace.asRelativePath(uri, false);
      let text: string;
      try {
        text = decodeBytes(await vscode.workspace.fs.readFile(uri)).text;
      } catch (error) {
        this.log.line(`${file}: cannot be read (${errorText(error)}).`);
        broken.push(file);
        continue;
      }
      const { entries, problems } = parseCatalogueFile(text, uri.path);
      files.push({ file, entries });
      if (!problems.length) continue;
      broken.push(file);
      const lines = new LineIndex(text);
      const at = (offset: number) => {
        const p = lines.positionAt(Math.min(offset, text.length));
        return new vscode.Position(p.line, p.character);
      };
      this.collection.set(
        uri,
        problems.map((p) => {
          const diagnostic = new vscode.Diagnostic(
            new vscode.Range(at(p.start), at(p.end)),
            p.message,
            vscode.DiagnosticSeverity.Error,
          );
          diagnostic.source = CATALOGUE_SOURCE;
          return diagnostic;
        }),
      );
    }
    if (broken.length)
      void vscode.window.showWarningMessage(
        `Self-Help: the catalogue ${broken.length === 1 ? 'file' : 'files'} ${broken.join(', ')} ${broken.length === 1 ? 'has' : 'have'} problems (see the Problems panel); the rest of the catalogue is used.`,
      );
    return files;
  }

  dispose(): void {
    this.configuration.dispose();
    this.watcher?.dispose();
    this.collection.dispose();
  }
}
