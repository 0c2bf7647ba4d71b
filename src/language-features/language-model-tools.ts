/**
 * The checker, the catalogue, New Article and the portal's view offered to the agents authors write with (Copilot's
 * agent mode): the language-model tools package.json contributes, each a few lines over the article service and the
 * core's agent answers. Where the host has no `vscode.lm` the extension works as before and says so in its log.
 */
import * as vscode from 'vscode';
import {
  agentFinding,
  type ArticleService,
  differenceEdit,
  explainRule,
  findScenarios,
  mergeCatalogue,
  noSuchRule,
  readArticle,
  type ScenarioQuery,
} from '../core';
import type { NewArticleCommand } from '../commands/new-article';
import { isArticle } from './article-documents';
import type { Log } from './log';
import { articleDocument } from './lsp-convert';
import type { TeamCatalogue } from './team-catalogue';
import type { WorkspaceIndex } from './workspace-index';

interface ArticleInput {
  path?: string;
}

interface NewArticleInput {
  type: string;
  fileName: string;
  folder?: string;
  title?: string;
  service?: string;
  resource?: string;
  diagnosticScenario?: string;
  ownershipId?: string;
}

export interface ToolParts {
  service: ArticleService;
  index: WorkspaceIndex;
  team: TeamCatalogue;
  newArticle: NewArticleCommand;
  log: Log;
}

/** A tool's answer: JSON the model reads. */
const answer = (data: unknown) =>
  new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(JSON.stringify(data, null, 2))]);

/** The workspace folder a relative path is taken from. */
function firstFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('No folder is open: give the article as a URI.');
  return folder.uri;
}

/** The article a tool works on: a path of the workspace, a URI, or the active editor's article. */
async function articleOf(input: ArticleInput | undefined): Promise<vscode.TextDocument> {
  const given = input?.path?.trim();
  let document: vscode.TextDocument | undefined;
  if (!given) {
    document = vscode.window.activeTextEditor?.document;
    if (!document) throw new Error('No article is open in the editor: give its path.');
  } else {
    const uri = /^[a-z][\w+.-]+:/i.test(given) ? vscode.Uri.parse(given) : vscode.Uri.joinPath(firstFolder(), given);
    try {
      document = await vscode.workspace.openTextDocument(uri);
    } catch {
      throw new Error(`Cannot open ${given}: no such file in the workspace.`);
    }
  }
  if (!isArticle(document))
    throw new Error(
      `${vscode.workspace.asRelativePath(document.uri, false)} is not a self-help article (a Markdown file that starts with a <properties … /> block).`,
    );
  return document;
}

const shown = (document: vscode.TextDocument) => vscode.workspace.asRelativePath(document.uri, false);

export const NO_LANGUAGE_MODEL_TOOLS = 'Language-model tools: this host has no vscode.lm, so none is registered.';

/** Registers the tools; `registered` names them, or `why` says why there are none. */
export function registerLanguageModelTools(parts: ToolParts): {
  disposables: vscode.Disposable[];
  registered: string[];
  why?: string;
} {
  const lm = (vscode as { lm?: Partial<typeof vscode.lm> }).lm;
  if (typeof lm?.registerTool !== 'function') {
    parts.log.line(NO_LANGUAGE_MODEL_TOOLS);
    return { disposables: [], registered: [], why: NO_LANGUAGE_MODEL_TOOLS };
  }
  const { service, index, team, newArticle } = parts;
  const findings = (document: vscode.TextDocument) => {
    const { article, findings: found } = service.check(articleDocument(document));
    return found.map((f) => agentFinding(article, f));
  };
  const tools: [string, vscode.LanguageModelTool<never>][] = [
    [
      'check_selfhelpArticle',
      {
        async invoke({ input }: vscode.LanguageModelToolInvocationOptions<ArticleInput>) {
          const document = await articleOf(input);
          return answer({ path: shown(document), findings: findings(document) });
        },
      },
    ],
    [
      'fix_selfhelpArticle',
      {
        async prepareInvocation({ input }: vscode.LanguageModelToolInvocationPrepareOptions<ArticleInput>) {
          const document = await articleOf(input);
          const { fixed } = service.fixAll(articleDocument(document));
          return {
            invocationMessage: `Fixing ${shown(document)}`,
            confirmationMessages: {
              title: 'Fix the self-help article',
              message: new vscode.MarkdownString(
                `Apply ${fixed} clear fix${fixed === 1 ? '' : 'es'} to \`${shown(document)}\` as one edit (undo takes it back; the file is not saved)?`,
              ),
            },
          };
        },
        async invoke({ input }: vscode.LanguageModelToolInvocationOptions<ArticleInput>) {
          const document = await articleOf(input);
          const before = document.version;
          const outcome = service.fixAll(articleDocument(document));
          const edit = differenceEdit(document.getText(), outcome.text);
          if (edit && document.version === before) {
            const change = new vscode.WorkspaceEdit();
            change.replace(
              document.uri,
              new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)),
              edit.text,
            );
            if (!(await vscode.workspace.applyEdit(change))) throw new Error(`${shown(document)} could not be edited.`);
          }
          return answer({ path: shown(document), fixed: edit ? outcome.fixed : 0, findings: findings(document) });
        },
      },
    ],
    [
      'find_selfhelpScenarios',
      {
        async invoke({ input }: vscode.LanguageModelToolInvocationOptions<ScenarioQuery & { articleId?: string }>) {
          const catalogue = mergeCatalogue(await team.entries(), index.scenarioUses());
          const found = findScenarios(catalogue, input ?? {});
          const articleId = input?.articleId?.trim();
          if (!articleId) return answer(found);
          const usedBy = index.articleIdUses(articleId).map((l) => vscode.workspace.asRelativePath(l.uri, false));
          return answer({ ...found, articleId: { id: articleId, free: !usedBy.length, usedBy } });
        },
      },
    ],
    [
      'new_selfhelpArticle',
      {
        prepareInvocation({ input }: vscode.LanguageModelToolInvocationPrepareOptions<NewArticleInput>) {
          const where = [input.folder, input.fileName].filter(Boolean).join('/');
          return {
            invocationMessage: `Writing ${where}`,
            confirmationMessages: {
              title: 'Write a new self-help article',
              message: new vscode.MarkdownString(
                `Create \`${where}\`, a new ${input.type} article? An existing file is never overwritten.`,
              ),
            },
          };
        },
        async invoke({ input }: vscode.LanguageModelToolInvocationOptions<NewArticleInput>) {
          const folder = input.folder ?? `articles/${input.service ?? 'new'}`;
          const uri = await newArticle.run({ ...input, folder });
          if (!uri) throw new Error(`Nothing was written: ${folder}/${input.fileName} exists, or the type is unknown.`);
          const document = await vscode.workspace.openTextDocument(uri);
          return answer({ path: shown(document), text: document.getText(), findings: findings(document) });
        },
      },
    ],
    [
      'explain_selfhelpRule',
      {
        invoke({ input }: vscode.LanguageModelToolInvocationOptions<{ rule: string }>) {
          const explained = explainRule(String(input?.rule ?? ''));
          if (!explained) throw new Error(noSuchRule(String(input?.rule ?? '')));
          return answer(explained);
        },
      },
    ],
    [
      'read_selfhelpArticle',
      {
        async invoke({ input }: vscode.LanguageModelToolInvocationOptions<ArticleInput>) {
          const document = await articleOf(input);
          const { article, findings: found } = service.check(articleDocument(document));
          return answer({ path: shown(document), ...readArticle(article, found) });
        },
      },
    ],
  ];
  return {
    disposables: tools.map(([name, tool]) => lm.registerTool!(name, tool)),
    registered: tools.map(([name]) => name),
  };
}
