/**
 * The catalogue commands: set an article's diagnosticScenario and articleId from the catalogue (the bundled
 * scenarios, the team's files, what the workspace uses). Each edit is one undoable WorkspaceEdit of just the value;
 * nothing is written to disk. Both take an argument that sets the value without a picker (scripts, tests).
 */
import * as vscode from 'vscode';
import type { ParsedArticles } from '../language-features/parsed-articles';
import {
  type Article,
  attributeValue,
  type CatalogueEntry,
  mergeCatalogue,
  rankCatalogue,
  setAttribute,
  slug,
} from '../core';
import { activeArticleEditor } from '../language-features/article-documents';
import type { TeamCatalogue } from '../language-features/team-catalogue';
import type { WorkspaceIndex } from '../language-features/workspace-index';

type IdSource = 'guid' | 'fileName' | 'scenario';

const SOURCE_LABEL: Record<CatalogueEntry['sources'][number]['source'], string> = {
  bundled: 'published articles',
  team: 'team catalogue',
  workspace: 'this workspace',
};

const fileNameSlug = (uri: vscode.Uri) => slug((uri.path.split('/').pop() ?? '').replace(/\.md$/i, ''));

export class CatalogueCommands {
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly team: TeamCatalogue,
    private readonly articles: ParsedArticles,
  ) {}

  private async catalogue(article: Article): Promise<CatalogueEntry[]> {
    const merged = mergeCatalogue(await this.team.entries(), this.index.scenarioUses());
    return rankCatalogue(merged, {
      service: attributeValue(article, 'service'),
      resource: attributeValue(article, 'resource'),
    });
  }

  /** Sets the attribute's value in the editor's document: one undo step. False when the article has no block. */
  private async apply(document: vscode.TextDocument, name: string, value: string): Promise<boolean> {
    const edits = setAttribute(this.articles.get(document), name, value);
    if (!edits) return false;
    const edit = new vscode.WorkspaceEdit();
    for (const e of edits)
      edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
    return vscode.workspace.applyEdit(edit);
  }

  async setDiagnosticScenario(argument?: { diagnosticScenario?: unknown }): Promise<boolean> {
    const editor = activeArticleEditor();
    if (!editor) return false;
    const document = editor.document;
    const given = typeof argument?.diagnosticScenario === 'string' ? argument.diagnosticScenario.trim() : undefined;
    const value = given || (await this.pickScenario(this.articles.get(document)));
    return value ? this.apply(document, 'diagnosticScenario', value) : false;
  }

  private async pickScenario(article: Article): Promise<string | undefined> {
    const current = attributeValue(article, 'diagnosticScenario');
    const entries = await this.catalogue(article);
    const items: (vscode.QuickPickItem & { scenario: string })[] = entries.map((e) => ({
      scenario: e.diagnosticScenario,
      label: e.diagnosticScenario,
      description: [
        [e.service, e.resource].filter(Boolean).join('/'),
        `${e.articles} article${e.articles === 1 ? '' : 's'}`,
      ]
        .filter(Boolean)
        .join(' · '),
      detail: [
        e.title ?? e.description,
        `from ${e.sources.map((s) => (s.file ? `${SOURCE_LABEL[s.source]} ${s.file}` : SOURCE_LABEL[s.source])).join(', ')}`,
      ]
        .filter(Boolean)
        .join(' — '),
      picked: e.diagnosticScenario === current,
    }));
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { scenario: string }>();
    pick.title = 'Set Diagnostic Scenario';
    pick.placeholder = 'A scenario of the catalogue, or type a new name';
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.items = items;
    pick.onDidChangeValue((typed) => {
      const name = typed.trim();
      const known = entries.some((e) => e.diagnosticScenario.toLowerCase() === name.toLowerCase());
      pick.items =
        name && !known && /^[^\s"'<>]+$/.test(name)
          ? [{ scenario: name, label: name, description: 'new scenario', alwaysShow: true }, ...items]
          : items;
    });
    return new Promise((resolve) => {
      pick.onDidAccept(() => {
        resolve(pick.selectedItems[0]?.scenario);
        pick.hide();
      });
      pick.onDidHide(() => {
        resolve(undefined);
        pick.dispose();
      });
      pick.show();
    });
  }

  async setArticleId(argument?: { articleId?: unknown; source?: unknown }): Promise<boolean> {
    const editor = activeArticleEditor();
    if (!editor) return false;
    const document = editor.document;
    const article = this.articles.get(document);
    const source =
      argument?.source === 'guid' || argument?.source === 'fileName' || argument?.source === 'scenario'
        ? argument.source
        : undefined;
    let value: string | undefined;
    if (typeof argument?.articleId === 'string' && argument.articleId.trim()) value = argument.articleId.trim();
    else if (source) value = this.idFrom(source, document, article);
    else value = await this.pickArticleId(document, article);
    if (!value) {
      if (source === 'scenario')
        void vscode.window.showWarningMessage('This article has no diagnosticScenario to take its id from.');
      return false;
    }
    const uses = this.index.articleIdUses(value, document.uri);
    if (uses.length) {
      const place = uses[0];
      void vscode.window.showErrorMessage(
        `articleId "${value}" is already used by ${vscode.workspace.asRelativePath(place.uri, false)}:${place.range.start.line + 1}; every article needs its own.`,
      );
      return false;
    }
    return this.apply(document, 'articleId', value);
  }

  private idFrom(source: IdSource, document: vscode.TextDocument, article: Article): string | undefined {
    if (source === 'guid') return crypto.randomUUID();
    if (source === 'fileName') return document.isUntitled ? undefined : fileNameSlug(document.uri) || undefined;
    return attributeValue(article, 'diagnosticScenario');
  }

  private async pickArticleId(document: vscode.TextDocument, article: Article): Promise<string | undefined> {
    const guid = crypto.randomUUID();
    const fileName = this.idFrom('fileName', document, article);
    const scenario = attributeValue(article, 'diagnosticScenario');
    const free = (id: string) => !this.index.articleIdUses(id, document.uri).length;
    const items: (vscode.QuickPickItem & { id: string })[] = [
      { id: guid, label: guid, description: 'a new GUID' },
      ...(fileName
        ? [
            {
              id: fileName,
              label: fileName,
              description: free(fileName) ? 'from the file name' : 'from the file name (already used)',
            },
          ]
        : []),
      ...(scenario
        ? [
            {
              id: scenario,
              label: scenario,
              description: free(scenario) ? 'the scenario name' : 'the scenario name (already used)',
            },
          ]
        : []),
      ...(await this.catalogue(article))
        .filter((e) => e.articleId && free(e.articleId))
        .map((e) => ({
          id: e.articleId!,
          label: e.articleId!,
          description: `unused id of the catalogue, for ${e.diagnosticScenario}`,
        })),
    ];
    return (
      await vscode.window.showQuickPick(items, { title: 'Set Article ID', placeHolder: 'An id no other article uses' })
    )?.id;
  }
}
