/** An article read as customers see it (the agents' read tool): the portal's order, what is not shown marked. */
import * as assert from 'assert';
import { readArticle } from '../../src/core/agents/read-article';
import { parseArticle } from '../../src/core/parse/article';
import { article, formArticle, genericArticle, PLAIN_BODY, PROBLEM_DESCRIPTION } from '../helpers/article';

const read = (text: string) => readArticle(parseArticle(text));

describe('an article read as customers see it', () => {
  it('an insight: the info bubble first, the H1 marked as not shown, tokens with their default text', () => {
    const { presentation, title, text } = read(article());
    assert.strictEqual(presentation, 'insight');
    assert.strictEqual(title, 'Virtual machine does not start');
    const lines = text.split('\n');
    assert.deepStrictEqual(lines.slice(1, 4), [
      '[What customers see first (infoBubbleText)]',
      'We found an issue with your virtual machine. See details on the right',
      'Virtual machine does not start (not shown to customers)',
    ]);
    assert.ok(
      lines.includes('We found that your virtual machine [$vmName: your VM] stopped at [$startTime: a recent time].'),
    );
    assert.ok(lines.includes('2. Open boot diagnostics (a portal blade) to see the console.'));
  });

  it('a form: the labels and each option of a dropdown on its own line', () => {
    const { presentation, text } = read(
      formArticle(
        '    { "id": "os", "order": 1, "controlType": "dropdown", "displayLabel": "Which OS?", "dropdownOptions": [{ "value": "linux", "text": "Linux" }] },\n' +
          PROBLEM_DESCRIPTION,
      ),
    );
    assert.strictEqual(presentation, 'form');
    const lines = text.split('\n');
    assert.ok(lines.indexOf('Which OS?') < lines.indexOf('( ) Linux'), text);
    assert.ok(lines.includes('Description'), text);
  });

  it('a table the portal shows as text says so, with the rule', () => {
    const { text } = read(genericArticle({}, PLAIN_BODY + '\n| a | b |\n|---|---|\n| 1 | 2 |\n'));
    assert.match(text, /\| 1 \| 2 \| \(SH216: Tables are not supported in this article type/);
  });

  it('a file without a properties block, or any bytes, reads without an exception', () => {
    for (const text of [
      '',
      'plain text',
      '<properties',
      '\u0000\u0001<properties />\n---\n{',
      '<script>alert(1)</script>',
    ])
      assert.strictEqual(typeof read(text).text, 'string');
  });
});
