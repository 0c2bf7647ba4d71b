import * as assert from 'assert';
import { parseArticle } from '../../src/core/parse/article';
import { lintArticle } from '../../src/core/lint/lint';
import { newArticleText, resolveSnippet } from '../../src/core/authoring/new-article';
import { ARTICLE_SKELETON_TYPES } from '../../src/core/authoring/snippets';
import { TYPES } from '../../src/core/format/schema';

const ID = '3f0c6e7a-4b1d-4c2e-9a8b-7d6e5f4a3b2c';

/** The places a title belongs: pageTitle, the H1, a form's title, a quick start's text (the line after its marker). */
function isTitlePlace(line: string, previous: string | undefined): boolean {
  return /^\s*pageTitle=|^# |^\s*"title": /.test(line) || previous === '<!--Text-->';
}

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
      if (type === 'PartnerCenterQuickStart') assert.match(text, /<!--Text-->\nDisk is full\n/);
      else assert.ok(article.body.headings.some((h) => h.level === 1 && h.text === 'Disk is full'));
      // The title goes where the type shows a title, and nowhere else (not into a token's default text).
      const lines = text.split('\n');
      const titled = lines.filter((line, i) => line.includes('Disk is full') && !isTitlePlace(line, lines[i - 1]));
      assert.deepStrictEqual(titled, []);
    });
  }

  it('is written for every type of the format', () => {
    assert.deepStrictEqual([...ARTICLE_SKELETON_TYPES].sort(), TYPES.map((t) => t.name).sort());
  });

  it('is undefined for a type the format does not know', () => {
    assert.strictEqual(newArticleText({ type: 'faq', title: 'T', articleId: ID }), undefined);
  });
});
