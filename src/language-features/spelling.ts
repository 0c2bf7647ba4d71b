import * as vscode from 'vscode';
import { Speller, WordList } from '../core';
import { errorText, type Log } from './log';
import type { RuleConfigs } from './rule-config';
import { yieldToHost } from './yield-to-host';

/** The English word list in the extension's own files (built by esbuild.mjs). */
const WORD_LIST = ['dist', 'spelling', 'en-us.words'];

/**
 * The speller of each workspace folder. The English list is read on first need (an article checked with the spelling
 * rule on), never in `activate`, through `vscode.workspace.fs`, in both extension hosts; until it is read the rules
 * over words wait, and when it is, `onDidLoad` has the open articles checked again.
 */
export class Spelling implements vscode.Disposable {
  private english: WordList | undefined;
  private loading: Promise<void> | undefined;
  private readonly spellers = new Map<string, { words: readonly string[]; speller: Speller }>();
  private readonly loaded = new vscode.EventEmitter<void>();
  readonly onDidLoad = this.loaded.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly configs: RuleConfigs,
    private readonly log: Log,
  ) {}

  /** The speller for a file, with its folder's words; undefined while the English list is being read. */
  spellerFor(uri: vscode.Uri): Speller | undefined {
    if (!this.english) {
      void this.load();
      return undefined;
    }
    const words = this.configs.wordsFor(uri);
    const key = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '';
    const known = this.spellers.get(key);
    if (known?.words === words) return known.speller;
    const speller = new Speller(this.english, words);
    this.spellers.set(key, { words, speller });
    return speller;
  }

  /** Reads the English list if it is not read yet (the index waits for it before checking every article). */
  ready(): Promise<void> {
    return this.load();
  }

  private load(): Promise<void> {
    this.loading ??= this.read();
    return this.loading;
  }

  private async read(): Promise<void> {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, ...WORD_LIST));
      // Built a slice at a time: the host goes on answering (commands, completions) while it is.
      this.english = await WordList.fromCompactInSlices(new TextDecoder().decode(bytes), yieldToHost);
      this.loaded.fire();
    } catch (error) {
      this.log.once('spelling', `The English word list cannot be read (${errorText(error)}); words are not checked.`);
    }
  }

  dispose(): void {
    this.loaded.dispose();
  }
}
