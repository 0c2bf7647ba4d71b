/** The form's language over articles we write: completion, definition, references, rename and hovers of element ids. */
import * as assert from 'assert';
import {
  formDefinitionAt,
  formHoverAt,
  formReferencesAt,
  formRenameAt,
  visibilityCompletionsAt,
} from '../../src/core/authoring/form-language';
import { formatJsonSection, jsonCompletionsAt, jsonHoverAt } from '../../src/core/authoring/json-language';
import { applyFixes } from '../../src/core/lint/fix';
import { lintText } from '../../src/core/lint/lint';
import { parseArticle } from '../../src/core/parse/article';
import { valueOf } from '../../src/core/parse/json-views';
import { article } from '../helpers/article';
import { placeIn } from '../helpers/cursor';
import { applyEdits } from '../../src/core/text/edits';

const element = (fields: string) => `    { ${fields} }`;
const form = (...elements: string[]) =>
  article(
    {
      selfHelpType: 'problemScopingQuestions',
      schemaVersion: '1',
      infoBubbleText: undefined,
      diagnosticScenario: undefined,
    },
    `# Questions\n---\n{\n  "$schema": "SelfHelpContent",\n  "formElements": [\n${elements.join(',\n')}\n  ]\n}\n---\n`,
  );

const TEXT = form(
  element(
    '"id": "os", "order": 1, "controlType": "dropdown", "displayLabel": "Which OS?", "dropdownOptions": [{ "value": "linux", "text": "Linux" }, { "value": "West US (2)", "text": "West US two" }]',
  ),
  element('"id": "os_version", "order": 2, "controlType": "textbox", "displayLabel": "Version"'),
  element(
    '"id": "detail", "order": 3, "controlType": "textbox", "visibility": "(os == linux || os == West US (2)) && os_version != 22"',
  ),
  element(
    '"id": "disks", "order": 4, "controlType": "dropdown", "dynamicDropdownOptions": { "uri": "/x", "dependsOn": "os" }',
  ),
);
const parsed = () => parseArticle(TEXT, { path: 'articles/a/form.md' });
const textOf = (span: { start: number; end: number }) => TEXT.slice(span.start, span.end);

describe('the form language: element ids in visibility clauses and dependsOn', () => {
  it('goes to the element from each clause (grouped, with a value holding spaces and parentheses) and from dependsOn', () => {
    const idOfOs = placeIn(TEXT, '"id": "‸os"');
    for (const from of [
      placeIn(TEXT, '(‸os == linux'),
      placeIn(TEXT, 'o‸s == West'),
      placeIn(TEXT, '"dependsOn": "o‸s"'),
    ])
      assert.deepStrictEqual(
        formDefinitionAt(parsed(), from),
        { start: idOfOs, end: idOfOs + 2 },
        TEXT.slice(from, from + 10),
      );
    const version = formDefinitionAt(parsed(), placeIn(TEXT, 'os_‸version !='))!;
    assert.strictEqual(textOf(version), 'os_version', 'an id that another id begins with is told apart');
  });

  it('finds every reference, and never the id that merely begins with it', () => {
    const places = formReferencesAt(parsed(), placeIn(TEXT, '"id": "‸os"')).map((s) => [
      textOf(s),
      TEXT.slice(s.start - 2, s.start),
    ]);
    assert.deepStrictEqual(places, [
      ['os', ' "'],
      ['os', '"('],
      ['os', '| '],
      ['os', ' "'],
    ]);
    assert.strictEqual(formReferencesAt(parsed(), placeIn(TEXT, '"id": "‸os"'), false).length, 3);
  });

  it('renames the id, its clauses and dependsOn in one set of edits; refuses an id in use or not an id', () => {
    const outcome = formRenameAt(parsed(), placeIn(TEXT, '"id": "‸os"'), 'operating_system');
    assert.ok('edits' in outcome);
    const renamed = applyEdits(TEXT, outcome.edits);
    assert.match(
      renamed,
      /"visibility": "\(operating_system == linux \|\| operating_system == West US \(2\)\) && os_version != 22"/,
    );
    assert.match(renamed, /"dependsOn": "operating_system"/);
    assert.match(renamed, /"id": "os_version"/);
    assert.deepStrictEqual(formRenameAt(parsed(), placeIn(TEXT, '"id": "‸os"'), 'os_version'), {
      refused: 'Another element of this form already has the id "os_version".',
    });
    assert.ok('refused' in formRenameAt(parsed(), placeIn(TEXT, '"id": "‸os"'), 'two words'));
    assert.ok('refused' in formRenameAt(parsed(), placeIn(TEXT, '‸Which OS'), 'x'), 'a label is not an id');
  });

  it('completes ids, then the operators, then the values of the element named, then && and ||', () => {
    const labels = (offset: number) => visibilityCompletionsAt(parsed(), offset).map((c) => c.label);
    assert.deepStrictEqual(labels(placeIn(TEXT, '(‸os == linux')), ['os', 'os_version', 'disks'], 'the other elements');
    assert.deepStrictEqual(labels(placeIn(TEXT, '(os ‸== linux')), ['==', '!='], 'after an id');
    assert.deepStrictEqual(labels(placeIn(TEXT, '(os == ‸linux')), ['linux', 'West US (2)'], 'after ==');
    assert.deepStrictEqual(labels(placeIn(TEXT, '‸ || os ==')), ['&&', '||'], 'after a whole value');
    assert.deepStrictEqual(
      visibilityCompletionsAt(parsed(), placeIn(TEXT, '‸Which OS')),
      [],
      'outside a visibility value',
    );
  });

  it("hovers a clause's id with the element's label and its value with the option's text", () => {
    assert.match(
      formHoverAt(parsed(), placeIn(TEXT, '(‸os == linux'))!.markdown,
      /\*\*Which OS\?\*\* \(`os`, dropdown\)/,
    );
    assert.match(formHoverAt(parsed(), placeIn(TEXT, 'We‸st US (2))'))!.markdown, /picks "West US two"/);
    assert.match(formHoverAt(parsed(), placeIn(TEXT, '!= ‸22'))!.markdown, /Version/);
  });
});

describe('the JSON section through the JSON language service', () => {
  it('completes control types and keys, explains a key, and formats only the section', async () => {
    const text = form(element('"id": "a", "order": 1, "controlType": "", "displayLabel": "A"'));
    const a = parseArticle(text, { path: 'a.md' });
    const values = await jsonCompletionsAt(a, text.indexOf('"controlType": ""') + 16);
    assert.ok(values?.items.some((i) => i.label === '"multiselectdropdown"'));
    const hover = await jsonHoverAt(a, text.indexOf('displayLabel') + 2);
    assert.match(JSON.stringify(hover?.contents), /question as the customer reads it/);
    assert.strictEqual(await jsonCompletionsAt(a, text.indexOf('pageTitle')), undefined, 'nothing outside the section');
    const fixed = formatted(a);
    const section = a.json!;
    assert.strictEqual(fixed.slice(0, section.content.start), text.slice(0, section.content.start));
    assert.ok(fixed.endsWith('}\n---\n'));
    assert.deepStrictEqual(parseArticle(fixed).json!.value, section.value, 'the same JSON, laid out');
    assert.match(fixed, /\n {4}\{\n {6}"id": "a",/, 'two spaces a level, as the section is indented');
  });
});

describe('keys in another case', () => {
  it("get the schema's help as the consumer reads them (ControlType is controlType), every position kept", async () => {
    const text = form(element('"id": "a", "order": 1, "ControlType": "", "DISPLAYLABEL": "A"'));
    const a = parseArticle(text, { path: 'a.md' });
    const hover = await jsonHoverAt(a, text.indexOf('DISPLAYLABEL') + 2);
    assert.match(JSON.stringify(hover?.contents), /question as the customer reads it/);
    const values = await jsonCompletionsAt(a, text.indexOf('"ControlType": ""') + 16);
    assert.ok(values?.items.some((i) => i.label === '"dropdown"'));
    const edits = formatJsonSection(a);
    assert.ok(
      edits.every((e) => /^\s*$/.test(e.newText)),
      'formatting writes only blanks: the keys stay as written',
    );
  });
});

/** The article's text with the section formatted (the edits applied together, as the editor applies them). */
function formatted(a: ReturnType<typeof parseArticle>): string {
  const edits = formatJsonSection(a).map((e) => ({
    start: a.lines.offsetAt(e.range.start.line) + e.range.start.character,
    end: a.lines.offsetAt(e.range.end.line) + e.range.end.character,
    text: e.newText,
  }));
  return applyEdits(a.text, edits);
}

describe('formatting the JSON section', () => {
  it('drops the trailing commas a lenient reader reads past: strict JSON', () => {
    const text = form(element('"id": "a", "order": 1, "controlType": "textbox",')).replace('\n  ]\n}', ',\n  ]\n}');
    const a = parseArticle(text, { path: 'a.md' });
    assert.strictEqual(new Set(a.json!.strictErrors.map((e) => e.trailingComma?.start)).size, 2, 'two trailing commas');
    const fixed = formatted(a);
    assert.deepStrictEqual(parseArticle(fixed).json!.strictErrors, []);
    assert.strictEqual(JSON.stringify(parseArticle(fixed).json!.value), JSON.stringify(a.json!.value));
  });

  it('quotes them, as strict JSON has them: the lenient reader dropped them from the value', () => {
    const text = form(element('"id": "a", "order": 1, "controlType": "textbox", visibility: "null", required: true'));
    const a = parseArticle(text, { path: 'a.md' });
    assert.deepStrictEqual(
      a.json!.strictErrors.filter((e) => e.bareKey).map((e) => text.slice(e.start, e.end)),
      ['visibility', 'required'],
    );
    const fixed = formatted(a);
    assert.deepStrictEqual(parseArticle(fixed).json!.strictErrors, []);
    assert.deepStrictEqual(valueOf(parseArticle(fixed).json!.value, 'formElements'), [
      { id: 'a', order: 1, controlType: 'textbox', visibility: 'null', required: true },
    ]);
  });
});

describe('control-options (SH407) suggests the options skeleton', () => {
  it('adds dropdownOptions ending with dont_know_answer: valid JSON, and the finding gone', () => {
    const text = form(element('"id": "os", "order": 1, "controlType": "dropdown", "displayLabel": "Which OS?"'));
    const finding = lintText(text, { path: 'articles/a/form.md' }).findings.find((f) => f.rule === 'SH407')!;
    assert.strictEqual(
      finding.message,
      'A dropdown needs "dropdownOptions" or "dynamicDropdownOptions": the customer has nothing to pick.',
    );
    assert.strictEqual(text.slice(finding.start, finding.end), '"dropdown"');
    const [suggestion] = finding.suggestions!;
    assert.strictEqual(suggestion.title, 'Add "dropdownOptions" to fill in');
    const fixed = applyFixes(text, [{ ...finding, fix: suggestion }]).text;
    const after = parseArticle(fixed);
    assert.deepStrictEqual(after.json!.strictErrors, []);
    assert.match(
      fixed,
      /\{\n {6}"dropdownOptions": \[\n {8}\{ "value": "first_answer", "text": "First answer" \},\n {8}\{ "value": "dont_know_answer", "text": "I do not know" \}\n {6}\],/,
    );
    assert.deepStrictEqual(
      lintText(fixed, { path: 'articles/a/form.md' }).findings.filter((f) => f.rule === 'SH407'),
      [],
    );
  });
});
