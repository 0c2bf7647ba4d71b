import * as assert from 'assert';
import { parseArticle } from '../../src/core/parse/article';
import { listItems, trimmedValue } from '../../src/core/parse/properties';
import { decodeBytes, LineIndex } from '../../src/core/text/source-text';

const block = (text: string) => {
  const article = parseArticle(text);
  assert.ok(article.block, 'a block is found');
  return article.block;
};
const names = (text: string) => block(text).attributes.map((a) => `${a.name}=${a.value}`);

describe('properties tokenizer', () => {
  it('reads both quote styles and keeps a double quote inside single quotes', () => {
    assert.deepStrictEqual(
      names(`<properties\n pageTitle='Add an endpoint "All (World)"'\n clientIds="partnercenter"\n/>`),
      ['pageTitle=Add an endpoint "All (World)"', 'clientIds=partnercenter'],
    );
  });

  it('allows > inside a value and ends the block at the first /> outside quotes', () => {
    const b = block('<properties pageTitle="Portal > Settings" articleId="a/>b" />\n# T');
    assert.deepStrictEqual(
      b.attributes.map((a) => a.value),
      ['Portal > Settings', 'a/>b'],
    );
    assert.strictEqual(b.close?.start, '<properties pageTitle="Portal > Settings" articleId="a/>b" '.length);
  });

  it('accepts spaces around =, attributes on one line, tabs, NBSP and zero-width spaces', () => {
    assert.deepStrictEqual(
      names('<properties productFamilyId = "x"\tschemaVersion="1"\u00a0service="s"\u200bresource="r"\n/>'),
      ['productFamilyId=x', 'schemaVersion=1', 'service=s', 'resource=r'],
    );
  });

  it('gives exact offsets for names and values with CRLF line endings', () => {
    const text = '<properties\r\n\tpageTitle="Slow VM"\r\n\tarticleId="vm-slow"\r\n/>\r\n# Slow VM\r\n';
    const attribute = block(text).attributes[1];
    assert.strictEqual(text.slice(attribute.nameStart, attribute.nameEnd), 'articleId');
    assert.strictEqual(text.slice(attribute.valueStart, attribute.valueEnd), 'vm-slow');
    assert.deepStrictEqual(new LineIndex(text).positionAt(attribute.valueStart), { line: 2, character: 12 });
  });

  it('recovers an unterminated quote at the end of its line when the next line starts an attribute', () => {
    const b = block('<properties\n\tms.author="scotro\n\tarticleId="x"\n/>');
    assert.deepStrictEqual(
      b.attributes.map((a) => [a.name, a.value, a.unterminated]),
      [
        ['ms.author', 'scotro', true],
        ['articleId', 'x', false],
      ],
    );
    assert.deepStrictEqual(
      b.problems.map((p) => p.kind),
      ['unterminated-quote'],
    );
  });

  it('keeps a newline inside a value when the next line does not start an attribute', () => {
    const b = block('<properties\n\tsupportTopicIds="1,\n2"\n/>');
    assert.deepStrictEqual(
      listItems(b.attributes[0]).map((i) => i.text),
      ['1', '2'],
    );
    assert.deepStrictEqual(b.problems, []);
  });

  it('reports text after />, stray characters, a bare > and a missing close', () => {
    assert.deepStrictEqual(
      block('<properties a="1" />e\n').problems.map((p) => p.kind),
      ['text-after-close'],
    );
    assert.deepStrictEqual(
      block('<properties a="1"", b="2" />').problems.map((p) => p.kind),
      ['stray-characters'],
    );
    assert.deepStrictEqual(
      block('<properties a="1"\n>').problems.map((p) => p.kind),
      ['bare-close'],
    );
    const open = block('<properties\n a="1"\n\n# Title\ntext');
    assert.deepStrictEqual(
      open.problems.map((p) => p.kind),
      ['missing-close'],
    );
    assert.strictEqual(open.close, undefined);
  });

  it('finds the block after blank lines or other text, never far down the file', () => {
    assert.ok(parseArticle('\n\n<properties a="1" />').block);
    assert.ok(parseArticle('# H1\n<properties a="1" />').block);
    assert.strictEqual(parseArticle('x'.repeat(5000) + '\n<properties a="1" />').block, undefined);
    assert.strictEqual(parseArticle('Use <propertiesX> here').block, undefined);
  });

  it('folds names to lower case for lookups and trims values', () => {
    const article = parseArticle('<properties ArticleID="  Abc  " />');
    assert.strictEqual(trimmedValue(article.attributes.get('articleid')!), 'Abc');
  });
});

describe('decoding', () => {
  it('strips a BOM and reads UTF-8', () => {
    const decoded = decodeBytes(Buffer.from('\ufeff<properties />', 'utf8'));
    assert.deepStrictEqual([decoded.text, decoded.hadBom, decoded.invalidUtf8], ['<properties />', true, false]);
  });

  it('falls back to Windows-1252 and says where the first bad byte is', () => {
    const decoded = decodeBytes(Buffer.from([0x61, 0xc3, 0xa9, 0x20, 0x92, 0x73]));
    assert.strictEqual(decoded.text, 'a\u00c3\u00a9 \u2019s');
    assert.strictEqual(decoded.invalidUtf8, true);
    assert.strictEqual(decoded.invalidUtf8Offset, 3);
  });
});

describe('body model', () => {
  it('masks fenced code so markers inside it are not read', () => {
    const article = parseArticle(
      '<properties a="1" />\n# T\n```\n<!--issueDescription-->\n```\n<!--$x-->y<!--/$x-->\n',
    );
    assert.deepStrictEqual(article.body.markers, []);
    assert.deepStrictEqual(
      article.body.tokenMarkers.map((m) => [m.name, m.closing]),
      [
        ['x', false],
        ['x', true],
      ],
    );
  });

  it('reads token names with spaces and dots, and links with their exact spans', () => {
    const text =
      '<properties a="1" />\n# T\n<!--$List of Public IPs -->none<!--/$List of Public IPs--> <!--$match.Reason-->r<!--/$match.Reason-->\n[a (b)](https://x.com/a_(b)) `[no](link)`\n';
    const article = parseArticle(text);
    assert.deepStrictEqual(
      article.body.tokenMarkers.map((m) => m.name),
      ['List of Public IPs', 'List of Public IPs', 'match.Reason', 'match.Reason'],
    );
    assert.deepStrictEqual(
      article.body.links.map((l) => [l.text, text.slice(l.targetSpan.start, l.targetSpan.end)]),
      [['a (b)', 'https://x.com/a_(b)']],
    );
  });

  it('reads a body again only when it changed: an edit in the block keeps its tokens, and the places of what is in it', () => {
    const body = '# T\n\nSee [the docs](https://x.com/a).\n\n- one\n- two\n';
    const before = parseArticle(`<properties pagetitle="A title." />\n${body}`);
    const after = parseArticle(`<properties pageTitle="A longer title" />\n${body}`);
    assert.strictEqual(after.body.tokens, before.body.tokens);
    const shift = after.body.start - before.body.start;
    assert.ok(shift > 0);
    assert.deepStrictEqual(
      after.body.links.map((l) => l.targetSpan.start),
      before.body.links.map((l) => l.targetSpan.start + shift),
    );
    assert.deepStrictEqual(
      after.body.headings.map((h) => [h.start, h.text]),
      before.body.headings.map((h) => [h.start + shift, h.text]),
    );
    const edited = parseArticle(`<properties pageTitle="A longer title" />\n${body}- three\n`);
    assert.notStrictEqual(edited.body.tokens, after.body.tokens);
    assert.strictEqual(edited.body.tokens.filter((t) => t.type === 'list_item_open').length, 3);
  });

  it('finds the JSON section with exact positions, and reads it leniently when it is not strict', () => {
    const text =
      '<properties selfHelpType="problemScopingQuestions" />\n# Q\n---\n{ "a": [1, 2,], visibility: "x" }\n---\n';
    const article = parseArticle(text);
    assert.ok(article.json);
    assert.strictEqual(
      text.slice(article.json.content.start, article.json.content.end),
      '{ "a": [1, 2,], visibility: "x" }\n',
    );
    assert.ok(article.json.strictErrors.length >= 2);
    assert.deepStrictEqual((article.json.value as { a: number[] }).a, [1, 2]);
  });
});
