import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintText } from '../../src/core/lint/lint';
import { resolveSnippet } from '../../src/core/authoring/new-article';
import { buildSnippets, renderSnippetsFile } from '../../src/core/authoring/snippets';
import { TYPES } from '../../src/core/format/schema';

/** Expands a snippet body the way the editor does when every placeholder keeps its default (first choice). */
const expandWithDefaults = (body: string[]) =>
  resolveSnippet(body.join('\n'), {}, '0f8fad5b-d9cb-469f-a165-70867728950e');

describe('snippets', () => {
  it('snippets/markdown.json is current with the schema (run npm run docs after changing it)', () => {
    assert.strictEqual(
      fs.readFileSync(path.resolve(__dirname, '../../../snippets/markdown.json'), 'utf8'),
      renderSnippetsFile(),
    );
  });

  it('there is a properties block and a whole article for every article type', () => {
    const prefixes = Object.values(buildSnippets()).map((s) => s.prefix);
    for (const type of TYPES) {
      assert.ok(prefixes.includes(`selfhelp-properties-${type.name}`), type.name);
      assert.ok(prefixes.includes(`selfhelp-article-${type.name}`), type.name);
    }
  });

  it('every whole-article snippet, expanded with its defaults, has no error-level finding', () => {
    for (const [name, snippet] of Object.entries(buildSnippets())) {
      if (!snippet.prefix.startsWith('selfhelp-article-')) continue;
      const text = expandWithDefaults(snippet.body);
      const errors = lintText(text, { path: 'articles/x/new-article.md' }).findings.filter(
        (f) => f.severity === 'error',
      );
      assert.deepStrictEqual(
        errors.map((f) => `${f.rule} ${f.message}`),
        [],
        `${name}:\n${text}`,
      );
    }
  });

  it('every properties snippet parses into a closed block with its type, a GUID articleId and known clouds', () => {
    for (const snippet of Object.values(buildSnippets())) {
      if (!snippet.prefix.startsWith('selfhelp-properties-')) continue;
      const text = expandWithDefaults(snippet.body) + '\n# Title\n';
      const result = lintText(text);
      assert.ok(result.article.block?.close, snippet.prefix);
      assert.strictEqual(result.article.selfHelpType, snippet.prefix.slice('selfhelp-properties-'.length));
      const blockErrors = result.findings.filter(
        (f) => f.severity === 'error' && ['SH104', 'SH112', 'SH113', 'SH114'].includes(f.rule),
      );
      assert.deepStrictEqual(
        blockErrors.map((f) => f.message),
        [],
        snippet.prefix,
      );
    }
  });
});
