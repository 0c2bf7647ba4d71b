/**
 * Wiring only: each feature lives in its own module and is disposed with the extension. The same file is the entry
 * of the Node bundle (`main`) and of the web worker bundle (`browser`, VS Code for the Web), so nothing here or
 * below may use Node's built-ins.
 */
import * as vscode from 'vscode';
import { CatalogueCommands } from './commands/catalogue-commands';
import { LinkCheck } from './language-features/link-check';
import { CommandManager } from './commands/command-manager';
import { allCommands } from './commands';
import { InsertCommands } from './commands/insert-commands';
import { NewArticleCommand } from './commands/new-article';
import { CONFIG_FILE_NAMES, createArticleService, ruleIdOf, selfhelpMarkdownIt } from './core';
import { ActiveArticleContext } from './language-features/active-article';
import { ArticleFeatures, TRIGGER_CHARACTERS } from './language-features/article-features';
import { ArticleCodeActions } from './language-features/code-actions';
import { ArticleDiagnostics } from './language-features/diagnostics';
import { editorWorkspace } from './language-features/editor-workspace';
import { registerLanguageModelTools } from './language-features/language-model-tools';
import { errorText, Log } from './language-features/log';
import { registerMcpServers } from './language-features/mcp-server-definition';
import { ParsedArticles } from './language-features/parsed-articles';
import { RuleConfigs } from './language-features/rule-config';
import { Spelling } from './language-features/spelling';
import { TeamCatalogue } from './language-features/team-catalogue';
import { Trace } from './language-features/trace';
import { WorkspaceIndex } from './language-features/workspace-index';
import { WorkspaceProblems } from './language-features/workspace-problems';
import { PreviewManager } from './preview/preview-manager';
import { ArticlesView } from './views/articles-view';

/** What the extension offers other code (its own tests and benchmark included). */
export interface Api {
  index: Pick<WorkspaceIndex, 'rebuild' | 'size' | 'started' | 'ready'>;
  /** The problems of closed articles (Check All Articles, the `workspace` scope). */
  problems: Pick<WorkspaceProblems, 'checkAll' | 'clear' | 'counts' | 'active' | 'statusText'>;
  /** What the work in the host says of itself (the benchmark's timings, each parse, each reveal), as it happens. */
  onDidTrace: Trace['onDidTrace'];
  /** The Articles view's data. */
  articles: Pick<
    ArticlesView,
    'getChildren' | 'getTreeItem' | 'getParent' | 'setGrouping' | 'setOnlyErrors' | 'nodeOf' | 'refresh'
  >;
  /** The one parse of each open document version that every feature shares. */
  parsed: Pick<ParsedArticles, 'holds'>;
  preview: Pick<PreviewManager, 'onDidRender' | 'onDidScrollPage' | 'previewed'>;
  /** The built-in Markdown preview's hook (`markdown.markdownItPlugins`). */
  extendMarkdownIt: typeof selfhelpMarkdownIt;
  /** The language-model tools registered for agents (none where the host has no `vscode.lm`, and why). */
  languageModelTools: { registered: readonly string[]; why?: string };
  /** The MCP servers offered to VS Code (`selfhelp mcp` over each folder; none in the web host, and why). */
  mcpServers: { definitions: () => vscode.McpStdioServerDefinition[]; why?: string };
  /** When `activate` began (`performance.now()` of the extension host) and how long it took, in ms. */
  activation: { startedAt: number; ms: number };
}

/** The content repository's layout or a configuration file: the workspace holds articles. */
const WORKSPACE_MARKERS = `{${[...CONFIG_FILE_NAMES, 'articles/*/*.md'].join(',')}}`;

export function activate(context: vscode.ExtensionContext): Api {
  const started = performance.now();
  const log = new Log();
  const configs = new RuleConfigs(log, context.workspaceState);
  const spelling = new Spelling(context.extensionUri, configs, log);
  const spellingOn = ruleIdOf('spelling')!;
  const trace = new Trace();
  const index = new WorkspaceIndex(
    log,
    (uri) => configs.forUri(uri),
    (uri, config) => ({
      speller: config.get(spellingOn) ? spelling.spellerFor(uri) : undefined,
      internalHosts: configs.internalHostsFor(uri),
    }),
    // The word list only when some folder checks spelling.
    async () => {
      if ((vscode.workspace.workspaceFolders ?? []).some((f) => configs.forUri(f.uri).get(spellingOn)))
        await spelling.ready();
    },
    trace,
  );
  // Check Links parses through the service made next, once it runs.
  const links = new LinkCheck({ get: (document) => parsed.get(document) }, configs, log);
  const service = createArticleService({
    workspace: editorWorkspace({
      configs,
      spelling,
      index,
      trace,
      linkFindings: (uri, version) => links.findings(uri, version),
    }),
    newGuid: () => crypto.randomUUID(),
  });
  const parsed = new ParsedArticles(service);
  const diagnostics = new ArticleDiagnostics(configs, index, service, spelling);
  const markdown: vscode.DocumentSelector = { language: 'markdown' };
  const features = new ArticleFeatures(service);
  const preview = new PreviewManager(context.extensionUri, context.workspaceState, parsed);
  const activeArticle = new ActiveArticleContext();
  const team = new TeamCatalogue(log);
  const problems = new WorkspaceProblems(index, trace);
  const articles = new ArticlesView(index, context.workspaceState, trace);
  const commands = new CommandManager();
  const newArticle = new NewArticleCommand(index, team);
  const languageModelTools = registerLanguageModelTools({ service, index, team, newArticle, log });
  const mcpServers = registerMcpServers(context.extensionUri, log);
  commands.register(
    ...allCommands({
      newArticle,
      catalogue: new CatalogueCommands(index, team, parsed),
      insert: new InsertCommands(index, team, parsed),
      preview,
      index,
      problems,
      articles,
      links,
    }),
  );
  context.subscriptions.push(
    trace,
    parsed,
    spelling,
    problems,
    articles,
    log,
    configs,
    index,
    diagnostics,
    preview,
    activeArticle,
    team,
    commands,
    links,
    vscode.languages.registerCodeActionsProvider(markdown, new ArticleCodeActions(service), {
      providedCodeActionKinds: ArticleCodeActions.kinds,
    }),
    vscode.languages.registerCompletionItemProvider(markdown, features, ...TRIGGER_CHARACTERS),
    vscode.languages.registerHoverProvider(markdown, features),
    vscode.languages.registerDefinitionProvider(markdown, features),
    vscode.languages.registerReferenceProvider(markdown, features),
    vscode.languages.registerRenameProvider(markdown, features),
    vscode.languages.registerDocumentSymbolProvider(markdown, features, { label: 'Self-help article' }),
    vscode.languages.registerFoldingRangeProvider(markdown, features),
    vscode.languages.registerSelectionRangeProvider(markdown, features),
    vscode.languages.registerDocumentFormattingEditProvider(markdown, features),
    vscode.languages.registerDocumentRangeFormattingEditProvider(markdown, features),
    configs.onDidChange(() => index.configurationChanged()),
    ...languageModelTools.disposables,
    ...mcpServers.disposables,
  );
  // Work starts once activate has returned: the active editor's context key is set, the documents already open are
  // checked, and the index starts only when the workspace holds articles (an article opened in it starts it too).
  const firstWork = setTimeout(() => {
    activeArticle.update();
    diagnostics.scheduleAll();
    problems.scopeChanged();
    Promise.resolve(vscode.workspace.findFiles(WORKSPACE_MARKERS, '**/node_modules/**', 1)).then(
      (found) => {
        if (found.length) void index.start();
      },
      (error) => log.once('markers', `Cannot search the workspace for articles (${errorText(error)}).`),
    );
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(firstWork) });
  return {
    index,
    problems,
    articles,
    parsed,
    preview,
    onDidTrace: trace.onDidTrace,
    extendMarkdownIt: selfhelpMarkdownIt,
    languageModelTools: { registered: languageModelTools.registered, why: languageModelTools.why },
    mcpServers: { definitions: mcpServers.definitions, why: mcpServers.why },
    activation: { startedAt: started, ms: performance.now() - started },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
