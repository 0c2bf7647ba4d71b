import * as assert from 'assert';
import { parseArticle } from '../../src/core/parse/article';
import { foldingRanges, outline, type OutlineItem } from '../../src/core/authoring/outline';
import { article } from '../helpers/article';

const shape = (items: OutlineItem[]): unknown[] =>
  items.map((i) => (i.children.length ? [i.kind, i.name, shape(i.children)] : [i.kind, i.name]));

describe('outline and folding', () => {
  it('lists the block with its attributes, the headings as a tree, and markers within their section', () => {
    const text = article();
    const items = outline(parseArticle(text));
    const [block, h1] = items;
    assert.strictEqual(block.kind, 'block');
    assert.strictEqual(block.detail, 'diagnostics');
    assert.deepStrictEqual(
      block.children.slice(0, 2).map((c) => [c.name, c.detail]),
      [
        ['pageTitle', 'Virtual machine does not start'],
        ['description', 'Steps to take when a virtual machine does not start'],
      ],
    );
    assert.deepStrictEqual(shape([h1]), [
      [
        'heading',
        'Virtual machine does not start',
        [
          ['marker', 'issueDescription'],
          ['heading', 'Recommended Steps'],
          ['heading', 'Recommended Documents'],
        ],
      ],
    ]);
    assert.strictEqual(text.slice(h1.selection.start, h1.selection.end), 'Virtual machine does not start');
    const steps = h1.children[1];
    assert.ok(
      text.slice(steps.range.start, steps.range.end).endsWith('to see the console.'),
      'a section ends before the next heading',
    );
  });

  it('has a JSON item for JSON articles, and folding for the block, markers and the JSON section', () => {
    const text = '<properties\n\tselfHelpType="problemScopingQuestions"\n/>\n# Questions\n---\n{\n "a": 1\n}\n---\n';
    const parsed = parseArticle(text);
    assert.deepStrictEqual(
      outline(parsed).map((i) => i.kind),
      ['block', 'heading', 'json'],
    );
    assert.deepStrictEqual(foldingRanges(parsed), [
      { startLine: 0, endLine: 2 },
      { startLine: 4, endLine: 8 },
    ]);
    const markers = parseArticle(article());
    assert.ok(foldingRanges(markers).some((r) => markers.lines.lineText(r.startLine) === '<!--issueDescription-->'));
  });
});
