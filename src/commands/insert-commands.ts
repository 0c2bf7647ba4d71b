/**
 * "Insert Replacement Token…" and "Insert Blade Link…": well-formed syntax at the cursor, as one undoable snippet.
 * Token names come from the scenario's entry in the catalogue and from the workspace; blades from the published
 * articles and the workspace. An argument inserts without a picker.
 */
import * as vscode from 'vscode';
import type { ParsedArticles } from '../language-features/parsed-articles';
import { attributeValue, escapeSnippetText, formControlTypes, formElementInsertion, mergeCatalogue } from '../core';
import { activeArticleEditor } from '../language-features/article-documents';
import type { TeamCatalogue } from '../language-features/team-catalogue';
import type { WorkspaceIndex } from '../language-features/workspace-index';

/** What a snippet must not read as its own syntax. */
const TOKEN_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const BLADE_PART = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class InsertCommands {
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly team: TeamCatalogue,
    private readonly articles: ParsedArticles,
  ) {}

  async insertToken(argument?: { name?: unknown }): Promise<boolean> {
    const editor = activeArticleEditor();
    if (!editor) return false;
    const name = typeof argument?.name === 'string' ? argument.name.trim() : await this.pickToken(editor.document);
    if (!name) return false;
    if (!TOKEN_NAME.test(name)) {
      void vscode.window.showErrorMessage(
        `"${name}" cannot be a token name: letters, digits, _ . - only, starting with a letter.`,
      );
      return false;
    }
    // The selection, if any, becomes the token's default text.
    const selected = editor.document.getText(editor.selection);
    const snippet = new vscode.SnippetString(
      `<!--\\$${name}-->\${1:${escapeSnippetText(selected || name)}}<!--/\\$${name}-->`,
    );
    return editor.insertSnippet(snippet, editor.selection);
  }

  private async pickToken(document: vscode.TextDocument): Promise<string | undefined> {
    const article = this.articles.get(document);
    const scenario = attributeValue(article, 'diagnosticScenario')?.toLowerCase() ?? '';
    const ofScenario =
      mergeCatalogue(await this.team.entries(), [], false).find((e) => e.diagnosticScenario.toLowerCase() === scenario)
        ?.tokens ?? [];
    const workspace = [...this.index.knownValues().tokens.keys()];
    const names = [...new Set([...ofScenario, ...workspace])];
    const items = names.map((name) => ({
      label: name,
      description: ofScenario.includes(name) ? 'this scenario (team catalogue)' : 'used in the workspace',
    }));
    const pick = await vscode.window.showQuickPick([...items, { label: '$(add) A new token…', description: '' }], {
      title: 'Insert Replacement Token',
      placeHolder: 'The value the diagnostic fills in',
    });
    if (!pick) return undefined;
    if (!pick.label.startsWith('$(add)')) return pick.label;
    return vscode.window.showInputBox({
      title: 'Insert Replacement Token',
      prompt: 'The token name',
      validateInput: (v) =>
        TOKEN_NAME.test(v.trim()) ? undefined : 'Letters, digits, _ . - only, starting with a letter',
    });
  }

  /**
   * A complete form element of a control type at the cursor's place in `formElements`, with the next free `order`
   * and an unused id, as one undoable snippet. `{ controlType }` inserts without the picker.
   */
  async insertFormElement(argument?: { controlType?: unknown }): Promise<boolean> {
    const editor = activeArticleEditor();
    if (!editor) return false;
    const article = this.articles.get(editor.document);
    const offset = editor.document.offsetAt(editor.selection.active);
    const types = formControlTypes();
    let controlType = typeof argument?.controlType === 'string' ? argument.controlType.trim().toLowerCase() : undefined;
    if (controlType && !types.some((t) => t.type === controlType)) {
      void vscode.window.showErrorMessage(
        `"${controlType}" is not a control type: ${types.map((t) => t.type).join(', ')}.`,
      );
      return false;
    }
    if (!formElementInsertion(article, offset, 'textbox')) {
      void vscode.window.showInformationMessage(
        'Insert Form Element works in a form: an article whose JSON section has "formElements".',
      );
      return false;
    }
    controlType ??= (
      await vscode.window.showQuickPick(
        types.map((t) => ({ label: t.type, detail: t.description.replace(/`/g, '') })),
        { title: 'Insert Form Element', placeHolder: 'How the customer answers', matchOnDetail: true },
      )
    )?.label;
    if (!controlType) return false;
    const insertion = formElementInsertion(article, offset, controlType)!;
    const at = editor.document.positionAt(insertion.at);
    // VS Code indents each new line of a snippet by the line it goes into: the element, laid out in the section's own
    // indentation, is handed over without that part.
    const lineIndent = /^[ \t]*/.exec(editor.document.lineAt(at.line).text)![0];
    const snippet = insertion.snippet
      .split('\n')
      .map((line, i) => (i && line.startsWith(lineIndent) ? line.slice(lineIndent.length) : line))
      .join('\n');
    return editor.insertSnippet(new vscode.SnippetString(snippet), at);
  }

  async insertBladeLink(argument?: { extension?: unknown; blade?: unknown; text?: unknown }): Promise<boolean> {
    const editor = activeArticleEditor();
    if (!editor) return false;
    let extension = typeof argument?.extension === 'string' ? argument.extension.trim() : undefined;
    let blade = typeof argument?.blade === 'string' ? argument.blade.trim() : undefined;
    if (!extension || !blade) {
      const picked = await this.pickBlade();
      if (!picked) return false;
      [extension, blade] = picked;
    }
    if (!BLADE_PART.test(extension) || !BLADE_PART.test(blade)) {
      void vscode.window.showErrorMessage(
        `"${extension}.${blade}" is not a blade: an extension and a blade name, letters, digits and _ only.`,
      );
      return false;
    }
    const text =
      typeof argument?.text === 'string' && argument.text.trim()
        ? argument.text.trim()
        : editor.document.getText(editor.selection) || 'Open the blade';
    return editor.insertSnippet(
      new vscode.SnippetString(`[\${1:${escapeSnippetText(text)}}](data-blade:${extension}.${blade})`),
      editor.selection,
    );
  }

  private async pickBlade(): Promise<[string, string] | undefined> {
    const items: (vscode.QuickPickItem & { blade?: [string, string] })[] = [];
    for (const [extension, blades] of this.index.knownValues().blades) {
      for (const blade of blades) items.push({ label: `${extension}.${blade}`, blade: [extension, blade] });
      if (!blades.size)
        items.push({
          label: `${extension}.…`,
          description: 'an extension seen in published articles: type the blade after it',
          blade: [extension, ''],
        });
    }
    const pick = await vscode.window.showQuickPick(items, {
      title: 'Insert Blade Link',
      placeHolder: 'Extension.Blade',
      matchOnDescription: true,
    });
    if (!pick?.blade) return undefined;
    if (pick.blade[1]) return pick.blade;
    const blade = await vscode.window.showInputBox({
      title: `Insert Blade Link: ${pick.blade[0]}`,
      prompt: 'The blade name',
      validateInput: (v) => (BLADE_PART.test(v.trim()) ? undefined : 'Letters, digits and _ only'),
    });
    return blade ? [pick.blade[0], blade.trim()] : undefined;
  }
}
