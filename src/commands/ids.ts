/** Every command the extension registers, by id: the same set package.json contributes (a test compares the two). */
export const COMMAND = {
  newArticle: 'selfhelp.newArticle',
  showPreview: 'selfhelp.showPreview',
  showPreviewToSide: 'selfhelp.showPreviewToSide',
  setDiagnosticScenario: 'selfhelp.setDiagnosticScenario',
  setArticleId: 'selfhelp.setArticleId',
  insertReplacementToken: 'selfhelp.insertReplacementToken',
  insertBladeLink: 'selfhelp.insertBladeLink',
  insertFormElement: 'selfhelp.insertFormElement',
  rebuildIndex: 'selfhelp.rebuildIndex',
  checkAllArticles: 'selfhelp.checkAllArticles',
  checkLinks: 'selfhelp.checkLinks',
  clearClosedArticleProblems: 'selfhelp.clearClosedArticleProblems',
  articlesGroupByService: 'selfhelp.articles.groupByService',
  articlesGroupByType: 'selfhelp.articles.groupByType',
  articlesGroupByScenario: 'selfhelp.articles.groupByScenario',
  articlesShowOnlyErrors: 'selfhelp.articles.showOnlyErrors',
  articlesShowAll: 'selfhelp.articles.showAll',
  articlesRefresh: 'selfhelp.articles.refresh',
  articlesOpen: 'selfhelp.articles.open',
  articlesOpenPreview: 'selfhelp.articles.openPreview',
  articlesSetDiagnosticScenario: 'selfhelp.articles.setDiagnosticScenario',
  articlesSetArticleId: 'selfhelp.articles.setArticleId',
  articlesCheckLinks: 'selfhelp.articles.checkLinks',
} as const;

export type CommandId = (typeof COMMAND)[keyof typeof COMMAND];
