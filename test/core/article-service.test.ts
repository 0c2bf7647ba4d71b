/**
 * The article service, the editor's one door: each feature answered in LSP's types, the part of the article decided
 * inside (properties block, body, JSON section, visibility clause). Places are marked in the texts with a cursor.
 */
import * as assert from 'assert';
import * as lsp from 'vscode-languageserver-types';
import { resolveConfig } from '../../src/core/lint/config';
import type { ArticleDocument, ArticleWorkspace } from '../../src/core/service/article-service';
import { createArticleService } from '../../src/core/service/article-service';
import { FIX_ALL_KIND } from '../../src/core/service/code-actions';
import type { DiagnosticData } from '../../src/core/service/diagnostics';
import { article } from '../helpers/article';
import { cursor } from '../helpers/cursor';

const URI = 'file:///repo/articles/vm/article.md';
const config = resolveConfig(undefined);

function setup(workspace: Partial<ArticleWorkspace> = {}) {
  const parsedUris: string[] = [];
  const service = createArticleService({
    workspace: {
      pathOf: () => 'articles/vm/article.md',
      configOf: () => config,
      contextOf: () => ({}),
      onDidParse: (uri) => parsedUris.push(uri),
      ...workspace,
    },
    newGuid: () => '11111111-2222-3333-4444-555555555555',
  });
  return { service, parsedUris };
}

let versions = 0;
/** Each text a new version of the one document, as an editor's edits make it. */
const doc = (text: string, version = ++versions): ArticleDocument => ({ uri: URI, version, getText: () => text });

const formBody = (elements: string) =>
  `# Questions\n---\n{\n  "$schema": "SelfHelpContent",\n  "formElements": [\n${elements}\n  ]\n}\n---\n`;
const FORM_ATTRIBUTES = {
  selfHelpType: 'problemScopingQuestions',
  schemaVersion: '1',
  infoBubbleText: undefined,
  diagnosticScenario: undefined,
};
/** A form whose second element shows only for one value of the first. */
const form = (marked: string) => cursor(article(FORM_ATTRIBUTES, formBody(marked)));
const ELEMENTS =
  '    { "id": "os", "order": 1, "controlType": "dropdown", "displayLabel": "Which OS?", "dropdownOptions": [{ "value": "linux", "text": "Linux" }] },\n' +
  '    { "id": "detail", "order": 2, "controlType": "textbox", "visibility": "os == linux" }';

const labels = (list: lsp.CompletionList) => list.items.map((i) => i.label);

describe('the article service', () => {
  it('parses a document version once for every feature, and again only when the version changes', async () => {
    const { service, parsedUris } = setup();
    const { text, position } = cursor(article().replace('\n/>', '\n\t‸\n/>'));
    await service.getCompletionItems(doc(text, 1), position);
    await service.getHover(doc(text, 1), position);
    service.getDocumentSymbols(doc(text, 1));
    service.computeDiagnostics(doc(text, 1));
    assert.deepStrictEqual(parsedUris, [URI]);
    service.getFoldingRanges(doc(text, 2));
    assert.strictEqual(parsedUris.length, 2);
    service.forget(URI);
    assert.ok(!service.holds(URI));
  });

  describe('completions: the service decides where the cursor is', () => {
    it('offers the missing attributes in the properties block, as snippets replacing what is typed', async () => {
      const { service } = setup();
      const { text, position } = cursor(article({ ownershipId: undefined }).replace('\n/>', '\n\towner‸\n/>'));
      const list = await service.getCompletionItems(doc(text), position);
      const owner = list.items.find((i) => i.label === 'ownershipId')!;
      assert.ok(owner, labels(list).join());
      assert.strictEqual(owner.kind, lsp.CompletionItemKind.Property);
      assert.strictEqual(owner.insertTextFormat, lsp.InsertTextFormat.Snippet);
      assert.deepStrictEqual((owner.textEdit as lsp.TextEdit).range, {
        start: { line: position.line, character: 1 },
        end: position,
      });
      assert.ok(!labels(list).includes('formElements'), 'no JSON keys in the block');
    });

    it('offers the schema keys in the JSON section, and nothing of the properties block', async () => {
      const { service } = setup();
      const { text, position } = form('    { ‸ }');
      const got = labels(await service.getCompletionItems(doc(text), position));
      assert.ok(got.includes('controlType') && got.includes('id'), got.join());
      assert.ok(!got.includes('pageTitle'));
    });

    it('offers element ids inside a visibility clause, then the values of the element named', async () => {
      const { service } = setup();
      const ids = form(ELEMENTS.replace('"os == linux"', '"o‸"'));
      assert.deepStrictEqual(labels(await service.getCompletionItems(doc(ids.text), ids.position)), ['os']);
      const values = form(ELEMENTS.replace('"os == linux"', '"os == ‸"'));
      assert.deepStrictEqual(labels(await service.getCompletionItems(doc(values.text), values.position)), ['linux']);
    });
  });

  it('hovers an attribute, a clause and a JSON key, each with its range', async () => {
    const { service } = setup();
    const attribute = cursor(article().replace('\tpage', '\tpa‸ge'));
    const onAttribute = await service.getHover(doc(attribute.text), attribute.position);
    assert.match((onAttribute!.contents as lsp.MarkupContent).value, /pageTitle/);
    assert.strictEqual(onAttribute!.range!.start.line, attribute.position.line);
    const clause = form(ELEMENTS.replace('"os == linux"', '"o‸s == linux"'));
    const onClause = await service.getHover(doc(clause.text), clause.position);
    assert.match((onClause!.contents as lsp.MarkupContent).value, /Which OS\?/);
    const key = form(ELEMENTS.replace('"controlType": "textbox"', '"contr‸olType": "textbox"'));
    assert.ok(await service.getHover(doc(key.text), key.position), 'the schema describes the key');
  });

  it('goes to an element, finds its references and renames it with every clause that names it', () => {
    const { service } = setup();
    const { text, position } = form(ELEMENTS.replace('"os == linux"', '"o‸s == linux"'));
    const [definition] = service.getDefinition(doc(text), position);
    assert.strictEqual(definition.uri, URI);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"id": "os"'));
    assert.deepStrictEqual(definition.range.start, { line, character: lines[line].indexOf('"os"') + 1 });
    assert.strictEqual(service.getReferences(doc(text), position, { includeDeclaration: true }).length, 2);
    const prepared = service.prepareRename(doc(text), position);
    assert.ok('placeholder' in prepared && prepared.placeholder === 'os');
    const edit = service.getRenameEdits(doc(text), position, 'system');
    assert.ok('changes' in edit);
    assert.strictEqual(edit.changes![URI].length, 2);
    assert.deepStrictEqual(service.getRenameEdits(doc(text), position, 'a b'), {
      refused: '"a b" cannot be an element id: no spaces, quotes, parentheses, =, !, & or |.',
    });
    const body = cursor(article().replace('# Virtual', '# Vir‸tual'));
    assert.ok('refused' in service.prepareRename(doc(body.text), body.position));
  });

  it('gives the outline as symbols and one set of folding ranges, the JSON section folded once', () => {
    const { service } = setup();
    const text = article(FORM_ATTRIBUTES, formBody(ELEMENTS));
    const symbols = service.getDocumentSymbols(doc(text));
    assert.strictEqual(symbols[0].kind, lsp.SymbolKind.Namespace);
    assert.ok(symbols[0].children!.some((c) => c.name === 'selfHelpType'));
    const folds = service.getFoldingRanges(doc(text));
    const keys = folds.map((f) => `${f.startLine}:${f.endLine}`);
    assert.strictEqual(new Set(keys).size, keys.length, 'no range twice');
    assert.ok(folds.some((f) => f.kind === lsp.FoldingRangeKind.Region));
    assert.ok(
      folds.some((f) => f.kind === 'object'),
      'the objects of the JSON section fold too',
    );
  });

  it('selects outward in the JSON section only, and formats nothing but the section', () => {
    const { service } = setup();
    const inJson = form(ELEMENTS.replace('"id": "detail"', '"id": "det‸ail"'));
    const [selection] = service.getSelectionRanges(doc(inJson.text), [inJson.position])!;
    assert.ok(selection.parent, 'a string inside a property inside an object');
    const inBody = cursor(article().replace('# Virtual', '# Vir‸tual'));
    assert.strictEqual(service.getSelectionRanges(doc(inBody.text), [inBody.position]), undefined);
    const messy = article(FORM_ATTRIBUTES, formBody('{"id":"os","order":1,"controlType":"textbox",}'));
    const edits = service.format(doc(messy));
    assert.ok(edits.length > 0);
    const sectionStart = messy.split('\n').indexOf('---');
    assert.ok(edits.every((e) => e.range.start.line > sectionStart));
    assert.deepStrictEqual(service.format(doc(article())), []);
  });

  it('gives diagnostics that link to the rule and carry the rule and message id, with project findings', () => {
    const { service } = setup({
      projectFindings: () => [
        {
          path: 'articles/vm/article.md',
          rule: 'SH201',
          severity: 'error',
          message: 'articleId "x" is also used by articles/other.md.',
          messageId: 'alsoUsed',
          start: { line: 1, character: 1 },
          end: { line: 1, character: 5 },
          related: [
            {
              path: 'articles/other.md',
              start: { line: 2, character: 0 },
              end: { line: 2, character: 3 },
              message: 'also here',
            },
          ],
        },
      ],
      uriOf: (path) => `file:///repo/${path}`,
    });
    const diagnostics = service.computeDiagnostics(doc(article({ description: undefined })));
    const missing = diagnostics.find((d) => d.code === 'SH116')!;
    assert.ok(missing, JSON.stringify(diagnostics.map((d) => d.code)));
    assert.strictEqual(missing.source, 'selfhelp');
    assert.match(missing.codeDescription!.href, /description-missing/);
    assert.strictEqual((missing.data as DiagnosticData).rule, 'SH116');
    const project = diagnostics.find((d) => d.code === 'SH201')!;
    assert.strictEqual(project.relatedInformation![0].location.uri, 'file:///repo/articles/other.md');
  });

  describe('code actions', () => {
    const misspelled = article().replace('\tpageTitle', '\tpagetitle');
    it('offers a clear fix as preferred, the comments that turn the rule off, and the rule page', () => {
      const { service } = setup();
      const diagnostics = service.computeDiagnostics(doc(misspelled));
      const diagnostic = diagnostics.find((d) => d.code === 'SH109')!;
      assert.ok(diagnostic, JSON.stringify(diagnostics.map((d) => d.code)));
      const actions = service.getCodeActions(doc(misspelled), diagnostic.range, { diagnostics: [diagnostic] });
      const fix = actions.find((a) => a.isPreferred)!;
      assert.ok(fix, actions.map((a) => a.title).join('; '));
      assert.strictEqual(fix.edit!.changes![URI][0].newText, 'pageTitle');
      assert.deepStrictEqual(fix.diagnostics, [diagnostic]);
      const titles = actions.map((a) => a.title);
      assert.ok(titles.some((t) => /^Disable .* for this file$/.test(t)));
      assert.ok(!titles.some((t) => /for this line$/.test(t)), 'no comment inside the properties block');
      const learn = actions.find((a) => a.title.startsWith('Learn more'))!;
      assert.strictEqual(learn.command!.command, 'vscode.open');
    });

    it('matches a diagnostic to its finding by rule, message id and place, not by its words', () => {
      const { service } = setup();
      const [diagnostic] = service.computeDiagnostics(doc(misspelled)).filter((d) => d.code === 'SH109');
      const reworded = { ...diagnostic, message: 'the same finding in other words' };
      const actions = service.getCodeActions(doc(misspelled), reworded.range, { diagnostics: [reworded] });
      assert.ok(actions.some((a) => a.isPreferred));
      const elsewhere = { ...diagnostic, data: { rule: 'SH106' } };
      const none = service.getCodeActions(doc(misspelled), elsewhere.range, { diagnostics: [elsewhere] });
      assert.ok(!none.some((a) => a.edit && a.isPreferred), 'another rule at the place has no fix here');
    });

    it("fixes the whole file for source.fixAll.selfhelp, and a rule's fixes when that action is resolved", () => {
      const { service } = setup();
      const text = misspelled.replace('\tdescription', '\tDescription');
      const [all] = service.getCodeActions(doc(text), lsp.Range.create(0, 0, 0, 0), {
        diagnostics: [],
        only: [FIX_ALL_KIND],
      });
      assert.strictEqual(all.kind, FIX_ALL_KIND);
      assert.ok(all.edit!.changes![URI].length >= 2);
      const diagnostics = service.computeDiagnostics(doc(text));
      const ofRule = (rule: string) => diagnostics.filter((d) => d.code === rule);
      const rule = 'SH109';
      assert.strictEqual(ofRule(rule).length, 2, 'two fixes of one rule');
      const deferred = service
        .getCodeActions(doc(text), ofRule(rule)[0].range, { diagnostics: ofRule(rule) })
        .find((a) => a.title.startsWith('Fix all'))!;
      assert.ok(!deferred.edit, 'computed only when chosen');
      assert.ok(service.resolveCodeAction(doc(text), deferred).edit);
    });
  });
});
