import type * as vscode from 'vscode';
import type { LinkCheck } from '../language-features/link-check';
import type { WorkspaceIndex } from '../language-features/workspace-index';
import type { WorkspaceProblems } from '../language-features/workspace-problems';
import type { PreviewManager } from '../preview/preview-manager';
import type { ArticlesNode, ArticlesView } from '../views/articles-view';
import type { CatalogueCommands } from './catalogue-commands';
import type { Command } from './command-manager';
import { COMMAND } from './ids';
import type { InsertCommands } from './insert-commands';
import type { NewArticleCommand } from './new-article';

/** What the commands act on. */
export interface CommandTargets {
  newArticle: NewArticleCommand;
  catalogue: CatalogueCommands;
  insert: InsertCommands;
  preview: PreviewManager;
  index: WorkspaceIndex;
  problems: WorkspaceProblems;
  articles: ArticlesView;
  links: LinkCheck;
}

/** The articles of a node of the Articles view: itself, or every article of its group. */
function articlesUnder(node: ArticlesNode): { uri: vscode.Uri }[] {
  return node.kind === 'article' ? [node.article] : node.children.flatMap(articlesUnder);
}

/** Every command of the extension, each an id of the table and what it does; CommandManager registers them. */
export function allCommands(t: CommandTargets): Command[] {
  return [
    {
      id: COMMAND.newArticle,
      execute: (argument?: Parameters<NewArticleCommand['run']>[0]) => t.newArticle.run(argument),
    },
    { id: COMMAND.showPreview, execute: (uri?: Parameters<PreviewManager['show']>[0]) => t.preview.show(uri, false) },
    {
      id: COMMAND.showPreviewToSide,
      execute: (uri?: Parameters<PreviewManager['show']>[0]) => t.preview.show(uri, true),
    },
    {
      id: COMMAND.setDiagnosticScenario,
      execute: (argument?: Parameters<CatalogueCommands['setDiagnosticScenario']>[0]) =>
        t.catalogue.setDiagnosticScenario(argument),
    },
    {
      id: COMMAND.setArticleId,
      execute: (argument?: Parameters<CatalogueCommands['setArticleId']>[0]) => t.catalogue.setArticleId(argument),
    },
    {
      id: COMMAND.insertReplacementToken,
      execute: (argument?: Parameters<InsertCommands['insertToken']>[0]) => t.insert.insertToken(argument),
    },
    {
      id: COMMAND.insertBladeLink,
      execute: (argument?: Parameters<InsertCommands['insertBladeLink']>[0]) => t.insert.insertBladeLink(argument),
    },
    {
      id: COMMAND.insertFormElement,
      execute: (argument?: Parameters<InsertCommands['insertFormElement']>[0]) => t.insert.insertFormElement(argument),
    },
    { id: COMMAND.rebuildIndex, execute: () => t.index.rebuild() },
    { id: COMMAND.checkAllArticles, execute: () => t.problems.checkAll() },
    { id: COMMAND.checkLinks, execute: (uri?: Parameters<LinkCheck['run']>[0]) => t.links.run(uri) },
    { id: COMMAND.clearClosedArticleProblems, execute: () => t.problems.clear() },
    { id: COMMAND.articlesGroupByService, execute: () => t.articles.setGrouping('service') },
    { id: COMMAND.articlesGroupByType, execute: () => t.articles.setGrouping('type') },
    { id: COMMAND.articlesGroupByScenario, execute: () => t.articles.setGrouping('scenario') },
    { id: COMMAND.articlesShowOnlyErrors, execute: () => t.articles.setOnlyErrors(true) },
    { id: COMMAND.articlesShowAll, execute: () => t.articles.setOnlyErrors(false) },
    { id: COMMAND.articlesRefresh, execute: () => t.articles.refresh() },
    { id: COMMAND.articlesOpen, execute: (node?: ArticlesNode) => t.articles.open(node) },
    { id: COMMAND.articlesOpenPreview, execute: (node?: ArticlesNode) => t.articles.openPreview(node) },
    {
      id: COMMAND.articlesSetDiagnosticScenario,
      execute: (node?: ArticlesNode) => t.articles.setDiagnosticScenario(node),
    },
    { id: COMMAND.articlesSetArticleId, execute: (node?: ArticlesNode) => t.articles.setArticleId(node) },
    {
      id: COMMAND.articlesCheckLinks,
      execute: (node?: ArticlesNode) => t.links.runMany(node ? articlesUnder(node).map((a) => a.uri) : []),
    },
  ];
}
