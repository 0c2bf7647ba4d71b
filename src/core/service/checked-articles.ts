/**
 * The checking half of the article service: the one parse of each document version and its findings with its
 * folder's configuration, and its fixes. Apart from the editor's features (no JSON language service here), so a
 * host that only checks (the MCP server) carries no more than it needs.
 */
import type { Known } from '../authoring/assist';
import type { ResolvedConfig } from '../lint/config';
import { fixParsedArticle, type FixOutcome } from '../lint/fix';
import { lintArticle } from '../lint/lint';
import type { Finding, ProjectFinding, RuleContext } from '../lint/rule';
import { parseArticle, type Article, type SourceInfo } from '../parse/article';

/** A document as the service reads it: VS Code's and LSP's text documents both give this much. */
export interface ArticleDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
  /** A closed document's parse and findings are not kept. */
  readonly isClosed?: boolean;
  /** How its bytes were read, when they were not valid UTF-8 (a file read by the CLI; an editor's text always is). */
  readonly source?: Omit<SourceInfo, 'path'>;
}

/**
 * What the host knows of the workspace (the Markdown language service's `IWorkspace`): the service never reads a file
 * or a setting itself, so it runs the same in VS Code's Node and web hosts, in the CLI and in the agents' tools.
 */
export interface ArticleWorkspace {
  /** The path an article is reported and compared by (relative to its folder); none for an unsaved document. */
  pathOf(uri: string): string | undefined;
  /** The rule configuration of the folder holding the document. */
  configOf(uri: string): ResolvedConfig;
  /** What the rules may use besides the article (the word list when spelling is on, the team's internal hosts). */
  contextOf(uri: string, config: ResolvedConfig): RuleContext;
  /** The values the workspace's articles use, for completions (the bundled facts when the host knows no more). */
  knownValues?(): Known;
  /** What the rules over many articles find in this one, with its related places. */
  projectFindings?(uri: string, config: ResolvedConfig): readonly ProjectFinding[];
  /** The document a workspace path names, for related places. */
  uriOf?(path: string): string | undefined;
  /** Findings found another way (Check Links over the network): their fixes and comments are offered too. */
  otherFindings?(document: ArticleDocument): readonly Finding[];
  /** Whether the host can add a word to the document's folder's words (it resolves that action's edit itself). */
  canAddWords?(uri: string): boolean;
  /** Hears of each parse: what the shared parse saves can be counted. */
  onDidParse?(uri: string): void;
}

/** A document checked: its parse, the configuration and context it was checked with, and the findings. */
export interface CheckedArticle {
  article: Article;
  config: ResolvedConfig;
  findings: readonly Finding[];
}

export interface CheckedArticles {
  /** The one parse of a document version that every feature shares. */
  parse(document: ArticleDocument): Article;
  /** The document checked with its folder's configuration; the last result while the version and setup hold. */
  check(document: ArticleDocument): CheckedArticle;
  /** Whether a parse of this document is kept. */
  holds(uri: string): boolean;
  /** Forgets a closed document. */
  forget(uri: string): void;
  /** Every fix applied (or those of one rule), as `--fix` would. */
  fixAll(document: ArticleDocument, rule?: string): FixOutcome;
}

export function checkedArticles(
  workspace: Pick<ArticleWorkspace, 'pathOf' | 'configOf' | 'contextOf' | 'onDidParse'>,
): CheckedArticles {
  const parses = new Map<string, { version: number; article: Article }>();
  const checks = new Map<string, CheckedArticle & { version: number; context: RuleContext }>();

  const parse = (document: ArticleDocument): Article => {
    const hit = parses.get(document.uri);
    if (hit?.version === document.version) return hit.article;
    const article = parseArticle(document.getText(), { ...document.source, path: workspace.pathOf(document.uri) });
    workspace.onDidParse?.(document.uri);
    if (!document.isClosed) parses.set(document.uri, { version: document.version, article });
    return article;
  };

  const check = (document: ArticleDocument): CheckedArticle => {
    const config = workspace.configOf(document.uri);
    const context = workspace.contextOf(document.uri, config);
    const hit = checks.get(document.uri);
    if (
      hit?.version === document.version &&
      hit.config === config &&
      hit.context.speller === context.speller &&
      String(hit.context.internalHosts) === String(context.internalHosts)
    )
      return hit;
    const article = parse(document);
    const checked = { article, config, findings: lintArticle(article, config, context).findings };
    if (!document.isClosed) checks.set(document.uri, { ...checked, version: document.version, context });
    return checked;
  };

  return {
    parse,
    check,
    holds: (uri) => parses.has(uri),
    forget(uri) {
      parses.delete(uri);
      checks.delete(uri);
    },
    fixAll(document, rule) {
      const { article, config, findings } = check(document);
      return fixParsedArticle(article, config, findings, rule ? (f) => f.rule === rule : undefined);
    },
  };
}
