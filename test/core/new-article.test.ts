import * as assert from 'assert';
import { parseArticle } from '../../src/core/parse/article';
import { lintArticle } from '../../src/core/lint/lint';
import { newArticleText, resolveSnippet } from '../../src/core/authoring/new-article';
import { ARTICLE_SKELETON_TYPES } from '../../src/core/authoring/snippets';

const ID = '3f0c6e7a-4b1d-4c2e-9a8b-7d6e5f4a3b2c';

describe('a new article', () => {
  it('resolves snippet text: defaults, first choices, escapes, the id, bare tab stops', () => {
    assert.strictEqual(
      resolveSnippet('a="${1:one}" b="${2|x\\, y,z|}" c="$UUID" \\$d <!--\\$${3:n}--> $0', { 3: 'name' }, ID),
      `a="one" b="x, y" c="${ID}" $d <!--$name--> `,
    );
  });

  for (const type of ARTICLE_SKELETON_TYPES) {
    it(`of type ${type} has no error-level finding and carries what the author chose`, () => {
      const text = newArticleText({
        type,
        title: 'Disk is full',
        articleId: ID,
        service: 'microsoft.compute',
        resource: 'virtualmachines',
        diagnosticScenario: type === 'diagnostics' || type === 'rca' ? 'DiskFull' : undefined,
        ownershipId: 'Compute_VirtualMachines',
      })!;
      const article = parseArticle(text, { path: 'articles/microsoft.compute/disk-is-full.md' });
      assert.deepStrictEqual(
        lintArticle(article)
          .findings.filter((f) => f.severity === 'error')
          .map((f) => `${f.rule} ${f.message}`),
        [],
      );
      const value = (name: string) => article.attributes.get(name.toLowerCase())?.value;
      assert.strictEqual(value('pageTitle'), 'Disk is full');
      assert.strictEqual(value('articleId'), ID);
      assert.strictEqual(value('selfHelpType'), type);
      assert.strictEqual(value('ownershipId'), 'Compute_VirtualMachines');
      assert.ok(!/\$\{|\$UUID/.test(text), 'no snippet syntax is left');
      assert.ok(article.body.headings.some((h) => h.level === 1 && h.text === 'Disk is full'));
    });
  }

  it('is undefined for a type without a skeleton', () => {
    assert.strictEqual(newArticleText({ type: 'apollo', title: 'T', articleId: ID }), undefined);
  });
});
