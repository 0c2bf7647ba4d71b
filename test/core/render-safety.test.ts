import * as assert from 'assert';
import { parseArticle } from '../../src/core/parse/article';
import { renderArticle } from '../../src/core/render/article';
import { sanitizeHtml } from '../../src/core/render/html';
import { renderPage } from '../../src/core/render/page';
import { HOSTILE_CARDS, HOSTILE_DIAGNOSTICS, HOSTILE_FORM, HOSTILE_SOLUTIONS, unsafeParts } from '../helpers/hostile';

const page = (text: string) => renderPage(renderArticle(parseArticle(text)), { nonce: 'test-nonce' });

describe('the renderer with hostile articles', () => {
  for (const [name, text] of [
    ['a diagnostics article', HOSTILE_DIAGNOSTICS],
    ['a problem-scoping form', HOSTILE_FORM],
    ['JSON cards', HOSTILE_CARDS],
    ['a Solutions 2.0 article with components', HOSTILE_SOLUTIONS],
  ] as const) {
    it(`writes only our own tags, attributes and followable URLs for ${name}`, () => {
      const html = page(text);
      assert.deepStrictEqual(unsafeParts(html), []);
      // The attacks show as the text they are.
      assert.ok(html.includes('window.__pwned'), 'the hostile text is shown, escaped');
    });
  }

  it('the checker itself finds what it must', () => {
    const problems = unsafeParts(
      '<p onclick="x">a</p><script>b</script><a href="javascript:x">c</a><iframe></iframe> 1 < 2',
    );
    assert.deepStrictEqual(problems.slice(0, 4), [
      'attribute onclick on <p>',
      'tag <script>',
      'href="javascript:x"',
      'tag <iframe>',
    ]);
    assert.match(problems[4], /^a "<" outside a tag: .* 1 < 2/);
    assert.strictEqual(problems.length, 5);
  });

  it('keeps the harmless tags articles use, rebuilt from their parts', () => {
    assert.strictEqual(
      sanitizeHtml('a<br>b<BR/><b>bold</b> <i class="x">i</i> <u>u</u>'),
      'a<br>b<br><b>bold</b> <i>i</i> <u>u</u>',
    );
    assert.strictEqual(
      sanitizeHtml("<a href='https://learn.microsoft.com/x' target=_blank>doc</a>"),
      '<a href="https://learn.microsoft.com/x" class="web-link">doc</a>',
    );
    assert.strictEqual(
      sanitizeHtml('<img src="https://x.example/a.png" alt="A" onerror="y">'),
      '<img src="https://x.example/a.png" alt="A">',
    );
    assert.strictEqual(sanitizeHtml('<yourpublicationname> and <!-- hidden -->'), '&lt;yourpublicationname&gt; and ');
  });

  it('takes linear time on long runs of almost-tags', () => {
    const hostile =
      '<a x="'.repeat(20_000) + '<b '.repeat(20_000) + '<!--'.repeat(20_000) + ` <!--$${' '.repeat(200_000)}x-->`;
    const start = Date.now();
    sanitizeHtml(hostile);
    page(`<properties\n\tselfHelpType="generic"\n/>\n# T\n\n${hostile}\n`);
    // Solutions 2.0: a section line of blanks, a component of unclosed children, components never closed.
    const components =
      `:::Section ${' '.repeat(100_000)}x\n\n<insight>\n${'<src> '.repeat(50_000)}\n</insight>\n\n` +
      '<video>\n'.repeat(20_000);
    page(`<properties\n\tselfHelpType="apollo"\n/>\n# T\n\n${components}`);
    assert.ok(Date.now() - start < 5000, `took ${Date.now() - start} ms`);
  });
});
