import * as vscode from 'vscode';
import type { ParsedArticles } from './parsed-articles';
import {
  type Article,
  type Finding,
  type FixOutcome,
  fixParsedArticle,
  isSafeArticleFix,
  lintArticle,
  type ProjectFinding,
  type ResolvedConfig,
  ruleDocsUrl,
  ruleIdOf,
  RULES_BY_ID,
  type Severity,
  type Speller,
} from '../core';
import { isArticle, isTooLarge, MAX_ARTICLE_CHARS, opensWithBlock } from './article-documents';
import type { RuleConfigs } from './rule-config';
import type { Spelling } from './spelling';
import { settings } from './settings';
import type { WorkspaceIndex } from './workspace-index';

export const DIAGNOSTIC_SOURCE = 'selfhelp';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** A diagnostic of ours: source `selfhelp`, the rule id as code, linking to the rule's documentation. */
export function diagnosticOf(
  range: vscode.Range,
  finding: { rule: string; message: string; severity: Severity },
): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  const rule = RULES_BY_ID.get(finding.rule);
  diagnostic.code = rule ? { value: finding.rule, target: vscode.Uri.parse(ruleDocsUrl(rule)) } : finding.rule;
  return diagnostic;
}

function toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
  return diagnosticOf(new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end)), finding);
}

function tooLarge(): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(0, 0, 0, 11),
    `Not checked in the editor: larger than ${MAX_ARTICLE_CHARS / 1_000_000} million characters (the selfhelp CLI checks it).`,
    vscode.DiagnosticSeverity.Information,
  );
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}

export function toProjectDiagnostic(finding: ProjectFinding, index: WorkspaceIndex): vscode.Diagnostic {
  const diagnostic = diagnosticOf(
    new vscode.Range(finding.start.line, finding.start.character, finding.end.line, finding.end.character),
    finding,
  );
  diagnostic.relatedInformation = finding.related.flatMap((r) => {
    const uri = index.uriOf(r.path);
    if (!uri) return [];
    const place = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    return [new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, place), r.message)];
  });
  return diagnostic;
}

/**
 * Publishes the core's findings for open articles: debounced while typing, and a result is dropped when the document
 * changed after it was asked for.
 */
const SPELLING = ruleIdOf('spelling')!;

export class ArticleDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The last parse and findings of each document, by version, for the code actions and the index. */
  private readonly latest = new Map<
    string,
    { version: number; config: ResolvedConfig; speller?: Speller; article: Article; findings: Finding[] }
  >();

  constructor(
    private readonly configs: RuleConfigs,
    private readonly index: WorkspaceIndex,
    private readonly articles: ParsedArticles,
    private readonly spelling: Spelling,
  ) {
    this.subscriptions.push(
      index.onDidChangeFacts(() => this.scheduleAll()),
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document, settings.debounce(e.document.uri))),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      configs.onDidChange(() => this.scheduleAll()),
      spelling.onDidLoad(() => this.scheduleAll()),
    );
  }

  /** Checks every open document that is an article (once activated, for those opened before). */
  scheduleAll(): void {
    vscode.workspace.textDocuments.forEach((d) => this.schedule(d, 0));
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    if (!isArticle(document) || !settings.enabled(document.uri)) {
      this.timers.delete(key);
      this.collection.delete(document.uri);
      if (settings.enabled(document.uri) && opensWithBlock(document) && isTooLarge(document))
        this.collection.set(document.uri, [tooLarge()]);
      return;
    }
    const version = document.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.lint(document, version);
      }, delay),
    );
  }

  private lint(document: vscode.TextDocument, version: number): void {
    if (document.isClosed || document.version !== version) return;
    const config = this.configs.forDocument(document);
    const { article, findings } = this.checked(document, config);
    // An article in a workspace folder: the folder holds articles, so the other articles are wanted too.
    if (vscode.workspace.getWorkspaceFolder(document.uri)) void this.index.start();
    // The open document's text is what the other articles are compared with; an unsaved one is no file of theirs.
    if (!document.isUntitled) this.index.store(document.uri, article, true, findings);
    const project = document.isUntitled
      ? []
      : this.index.projectFindings(document.uri, config).map((f) => toProjectDiagnostic(f, this.index));
    this.collection.set(document.uri, [...findings.map((f) => toDiagnostic(document, f)), ...project]);
  }

  /** The findings for the document as it is now: the last ones when still current, else linted afresh. */
  findings(document: vscode.TextDocument): Finding[] {
    return this.checked(document, this.configs.forDocument(document)).findings;
  }

  /**
   * Every fix of the document applied (or those of one rule), as `--fix` would: several passes when one fix makes
   * another clear, none that adds a finding.
   */
  fixAll(document: vscode.TextDocument, rule?: string): FixOutcome {
    const config = this.configs.forDocument(document);
    const only = rule ? (f: Finding) => f.rule === rule : undefined;
    const { article, findings } = this.checked(document, config);
    return fixParsedArticle(article, config, findings, only);
  }

  /** Whether this fix, alone, adds no finding (else the editor offers it as a suggestion only). */
  isSafeFix(document: vscode.TextDocument, finding: Finding): boolean {
    const config = this.configs.forDocument(document);
    const { article, findings } = this.checked(document, config);
    return isSafeArticleFix(article, config, findings, finding);
  }

  /**
   * The document parsed and checked as it is now, with this configuration: the last result while current, else afresh.
   */
  private checked(document: vscode.TextDocument, config: ResolvedConfig): { article: Article; findings: Finding[] } {
    const key = document.uri.toString();
    const cached = this.latest.get(key);
    // The word list is read only when the spelling rule is on: until then, or with it off, nothing is loaded.
    const speller = config.get(SPELLING) ? this.spelling.spellerFor(document.uri) : undefined;
    if (cached?.version === document.version && cached.config === config && cached.speller === speller) return cached;
    const article = this.articles.get(document);
    const result = {
      version: document.version,
      config,
      speller,
      article,
      findings: lintArticle(article, config, { speller, internalHosts: this.configs.internalHostsFor(document.uri) })
        .findings,
    };
    if (!document.isClosed) this.latest.set(key, result);
    return result;
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.latest.delete(key);
    this.collection.delete(document.uri);
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.subscriptions.forEach((s) => s.dispose());
    this.collection.dispose();
  }
}
