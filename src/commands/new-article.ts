/**
 * "Self-Help: New Article…": a guided flow (type → service → resource → scenario when the type has one → title → file
 * name) that writes a complete article through `vscode.workspace.fs` and opens it. An argument runs it without
 * prompts. It never overwrites a file: an existing name is refused and the file left as it was.
 */
import * as vscode from 'vscode';
import {
  ARTICLE_SKELETON_TYPES,
  likelyOwnershipId,
  mergeCatalogue,
  newArticleText,
  rankCatalogue,
  slug,
  typeInfo,
} from '../core';
import type { TeamCatalogue } from '../language-features/team-catalogue';
import type { WorkspaceIndex } from '../language-features/workspace-index';

export interface NewArticleArgument {
  type: string;
  /** A path relative to the first workspace folder, or a URI string. */
  folder: string;
  fileName: string;
  title?: string;
  service?: string;
  resource?: string;
  diagnosticScenario?: string;
  ownershipId?: string;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export class NewArticleCommand {
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly team: TeamCatalogue,
  ) {}

  async run(argument?: Partial<NewArticleArgument>): Promise<vscode.Uri | undefined> {
    const chosen = argument && typeof argument.type === 'string' ? this.fromArgument(argument) : await this.ask();
    if (!chosen) return undefined;
    const { folder, fileName, options } = chosen;
    const target = vscode.Uri.joinPath(folder, /\.md$/i.test(fileName) ? fileName : `${fileName}.md`);
    if (await exists(target)) {
      void vscode.window.showErrorMessage(
        `${vscode.workspace.asRelativePath(target, false)} already exists; it was left as it was. Choose another file name.`,
      );
      return undefined;
    }
    let articleId = crypto.randomUUID();
    while (this.index.articleIdUses(articleId).length) articleId = crypto.randomUUID();
    const text = newArticleText({
      ...options,
      articleId,
      ownershipId: options.ownershipId ?? likelyOwnershipId(options.service),
    });
    if (!text) {
      void vscode.window.showErrorMessage(
        `New Article knows no skeleton for the type "${options.type}"; it knows ${ARTICLE_SKELETON_TYPES.join(', ')}.`,
      );
      return undefined;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    await vscode.window.showTextDocument(target);
    return target;
  }

  private fromArgument(
    argument: Partial<NewArticleArgument>,
  ): { folder: vscode.Uri; fileName: string; options: Parameters<typeof newArticleText>[0] } | undefined {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    const folderText = typeof argument.folder === 'string' ? argument.folder : '';
    const folder = /^[a-z][a-z0-9+.-]*:/i.test(folderText)
      ? vscode.Uri.parse(folderText)
      : root && vscode.Uri.joinPath(root, ...folderText.split('/').filter(Boolean));
    const fileName = typeof argument.fileName === 'string' ? argument.fileName.trim() : '';
    if (!folder || !fileName || /[\\/]/.test(fileName)) {
      void vscode.window.showErrorMessage(
        'New Article needs a folder (in a workspace folder, or a URI) and a file name.',
      );
      return undefined;
    }
    const title = argument.title?.trim() || fileName.replace(/\.md$/i, '');
    return {
      folder,
      fileName,
      options: {
        type: argument.type!,
        title,
        articleId: '',
        service: argument.service,
        resource: argument.resource,
        diagnosticScenario: argument.diagnosticScenario,
        ownershipId: argument.ownershipId,
      },
    };
  }

  private async ask(): Promise<ReturnType<NewArticleCommand['fromArgument']>> {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!root) {
      void vscode.window.showInformationMessage('Open a folder first: New Article writes the article into it.');
      return undefined;
    }
    const type = (
      await vscode.window.showQuickPick(
        ARTICLE_SKELETON_TYPES.map((name) => ({ label: name, description: typeInfo(name)?.meaning })),
        { title: 'New Article (1/6): type' },
      )
    )?.label;
    if (!type) return undefined;
    const known = this.index.knownValues();
    const services = [...known.services.keys()].sort();
    const service = (
      await vscode.window.showQuickPick(
        services.map((s) => ({ label: s })),
        { title: 'New Article (2/6): service', placeHolder: 'The ARM namespace, e.g. microsoft.compute' },
      )
    )?.label;
    if (!service) return undefined;
    const resources = [...(known.services.get(service) ?? [])];
    const resource = resources.length
      ? (
          await vscode.window.showQuickPick(
            resources.map((r) => ({ label: r })),
            { title: 'New Article (3/6): resource' },
          )
        )?.label
      : await vscode.window.showInputBox({
          title: 'New Article (3/6): resource',
          prompt: 'The resource type, e.g. virtualmachines',
        });
    if (resource === undefined) return undefined;
    let diagnosticScenario: string | undefined;
    if (typeInfo(type)?.needs.diagnosticScenario) {
      const entries = rankCatalogue(mergeCatalogue(await this.team.entries(), this.index.scenarioUses()), {
        service,
        resource,
      });
      diagnosticScenario = (
        await vscode.window.showQuickPick(
          entries.slice(0, 500).map((e) => ({
            label: e.diagnosticScenario,
            description: [e.service, e.resource].filter(Boolean).join('/'),
            detail: e.title ?? e.description,
          })),
          { title: 'New Article (4/6): diagnostic scenario', matchOnDescription: true, matchOnDetail: true },
        )
      )?.label;
      if (!diagnosticScenario) return undefined;
    }
    const title = await vscode.window.showInputBox({
      title: 'New Article (5/6): title',
      prompt: 'The pageTitle, also the H1',
      validateInput: (v) => (v.trim() ? undefined : 'A title, please'),
    });
    if (!title) return undefined;
    const folderText = await vscode.window.showInputBox({
      title: 'New Article (6/6): folder and file name',
      prompt: 'Relative to the workspace folder',
      value: `articles/${service}/${slug(title).slice(0, 80)}.md`,
      validateInput: (v) => (/\.md$/i.test(v.trim()) ? undefined : 'A Markdown file name, ending in .md'),
    });
    if (!folderText) return undefined;
    const parts = folderText.trim().split('/').filter(Boolean);
    return {
      folder: vscode.Uri.joinPath(root, ...parts.slice(0, -1)),
      fileName: parts[parts.length - 1],
      options: { type, title: title.trim(), articleId: '', service, resource, diagnosticScenario },
    };
  }
}
