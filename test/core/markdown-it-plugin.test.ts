import * as assert from 'assert';
import MarkdownIt from 'markdown-it';
import { selfhelpMarkdownIt } from '../../src/core/render/markdown-it-plugin';
import { article } from '../helpers/article';

describe('the plugin for the built-in Markdown preview', () => {
  const md = selfhelpMarkdownIt(new MarkdownIt({ html: true }));

  it('shows the properties block as a metadata card, not as text', () => {
    const html = md.render(article());
    assert.match(
      html,
      /^<div class="selfhelp-properties" data-line="0"><div class="selfhelp-properties-facts"><span><span class="selfhelp-properties-name">selfHelpType<\/span> diagnostics<\/span> <span><span class="selfhelp-properties-name">pageTitle<\/span> Virtual machine does not start<\/span>/,
    );
    assert.match(html, /<details><summary>10 more attributes<\/summary><dl><dt>description<\/dt>/);
    assert.doesNotMatch(html, /&lt;properties|pageTitle="/);
    assert.match(html, /<h1>Virtual machine does not start<\/h1>/);
  });

  it('marks replacement tokens, showing their default', () => {
    const html = md.render(article());
    assert.match(
      html,
      /your virtual machine <span class="selfhelp-token" title="Replacement token \$vmName: its default">your VM<\/span> stopped/,
    );
    assert.match(
      md.render('<!--$a-->x<!--/$a--> at the start\n'),
      /^<span class="selfhelp-token"[^>]*>x<\/span> at the start/,
    );
  });

  it('leaves Markdown without a block, and a block later in the file, as they are', () => {
    const plain = new MarkdownIt({ html: true });
    for (const text of ['# Notes\n\nText.\n', '# Notes\n\n<properties\n a="b"\n/>\n'])
      assert.strictEqual(md.render(text), plain.render(text));
  });

  it('takes linear time on runs of unclosed token comments', () => {
    const start = Date.now();
    md.render(`<!--$a ${'<!--$a '.repeat(50_000)}\n`);
    assert.ok(Date.now() - start < 3000, `took ${Date.now() - start} ms`);
  });
});
