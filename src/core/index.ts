/**
 * What the core offers the extension, the CLI and the preview page: its one way in. The folders and the direction of
 * their dependencies are in README.md beside this file.
 */

// text: bytes to text, offsets to positions
export {
  decodeBytes,
  LineIndex,
  oneBased,
  placeOf,
  type DecodedText,
  type Place,
  type Position,
} from './text/source-text';
export type { Span } from './text/span';

// format: what the format is, as data
export { TYPE_NAMES, typeInfo } from './format/schema';
export { isVisible } from './format/visibility';

// parse: text to the article model, with exact ranges
export { attributeValue, parseArticle, slug, type Article, type SourceInfo } from './parse/article';
export { findBlockStart } from './parse/properties';

// lint: rules, configuration, fixes
export { ALL_RULES, NETWORK_RULES, PROJECT_RULES, RULES, RULES_BY_ID } from './lint/rules';
export type {
  ArticleFacts,
  Finding,
  NetworkRule,
  ProjectFinding,
  ProjectRule,
  Rule,
  RuleContext,
  Severity,
  TextEdit,
} from './lint/rule';
export { factsOfText, lintArticle, lintProject, previewMarks, type LintResult } from './lint/lint';
export {
  CONFIG_FILE_NAMES,
  parseConfig,
  resolveConfig,
  ruleIdOf,
  type Config,
  type ConfigProblem,
  type LinkSettings,
  type ResolvedConfig,
  type RuleSetting,
} from './lint/config';
export { applyFixes, differenceEdit, fixParsedArticle, isSafeArticleFix, type FixOutcome } from './lint/fix';
export { REPOSITORY_URL, ruleDocsUrl } from './lint/docs-url';

// links: web links followed over the network (the host gives fetch)
export { webLinksOf, type WebLink } from './links/web-links';
export {
  LinkChecker,
  type CheckStats,
  type Fetcher,
  type LinkCache,
  type LinkCheckerOptions,
  type PageResult,
} from './links/link-checker';
export { inlineDisabling, linkFindings, LINK_REDIRECT, type InlineDisabling } from './links/link-findings';

// spelling: the words customers read
export { Speller } from './spelling/speller';
export { WordList } from './spelling/word-list';
export {
  CSPELL_FILE_NAMES,
  VSCODE_SETTINGS_FILE,
  wordsOfCspellConfig,
  wordsOfVscodeSettings,
} from './spelling/team-words';
export { ignoreWordComment } from './parse/ignored-words';

// render: the portal's view of an article
export { renderArticle } from './render/article';
export type { PreviewMark } from './render/markdown';
export { escapeHtml, linkKind } from './render/html';
export { selfhelpMarkdownIt } from './render/markdown-it-plugin';
export { renderPage } from './render/page';
export { PREVIEW_CSS } from './render/styles';

// catalogue: diagnostic scenarios and article ids
export {
  bundledCatalogue,
  likelyOwnershipId,
  mergeCatalogue,
  parseCatalogueFile,
  rankCatalogue,
  type CatalogueEntry,
  type TeamEntry,
  type WorkspaceUse,
} from './catalogue/catalogue';

// authoring: help while writing
export { bundledKnown, completionsAt, hoverAt, type Completion, type Known } from './authoring/assist';
export { setAttribute } from './authoring/edit-attribute';
export { newArticleText } from './authoring/new-article';
export { foldingRanges, outline, type OutlineItem, type OutlineKind } from './authoring/outline';
export { ARTICLE_SKELETON_TYPES, escapeSnippetText } from './authoring/snippets';
export { workspaceEntry, type WorkspaceEntry } from './authoring/workspace-entry';
export { entryOf, factsEntry, type ProjectRun, WorkspaceModel } from './workspace/workspace-model';
export {
  formatJsonSection,
  jsonCompletionsAt,
  jsonFoldingRanges,
  jsonHoverAt,
  jsonSelectionRanges,
  type CompletionList as JsonCompletionList,
  type JsonTextEdit,
  type SelectionRange as JsonSelectionRange,
} from './authoring/json-language';

// service: the editor's features through one door, in LSP's types
export {
  createArticleService,
  type ArticleDocument,
  type ArticleService,
  type ArticleWorkspace,
  type CheckedArticle,
} from './service/article-service';
export { checkedArticles, type CheckedArticles } from './service/checked-articles';
export { type CodeActionData, FIX_ALL_KIND } from './service/code-actions';
export { DIAGNOSTIC_SOURCE, diagnosticAt, projectDiagnosticOf, type DiagnosticData } from './service/diagnostics';

export {
  formControlTypes,
  formDefinitionAt,
  formElementInsertion,
  formHoverAt,
  formModel,
  formReferencesAt,
  formRenameAt,
  formRenameTargetAt,
  visibilityCompletionsAt,
} from './authoring/form-language';

// agents: what the AI agents authors write with are told (the VS Code tools and the MCP server share it)
export { agentFinding } from './agents/agent-findings';
export { explainRule, noSuchRule, type RuleExplanation } from './agents/explain-rule';
export { findScenarios, type ScenarioQuery } from './agents/find-scenarios';
export { readArticle, type ReadArticle } from './agents/read-article';
