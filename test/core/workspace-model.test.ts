import * as assert from 'assert';
import {
  entryOf,
  factsEntry,
  factsOfText,
  lintProject,
  parseArticle,
  resolveConfig,
  type ResolvedConfig,
  WorkspaceModel,
} from '../../src/core';
import { article, VALID_BODY } from '../helpers/article';

const parsed = (path: string, overrides: Record<string, string | undefined> = {}, body = VALID_BODY) =>
  parseArticle(article(overrides, body), { path });

/** Three articles sharing one articleId, in two folders. */
function repository(): WorkspaceModel {
  const model = new WorkspaceModel();
  for (const path of ['a/one.md', 'a/two.md', 'b/three.md']) model.set(path, entryOf(parsed(path)));
  return model;
}

const lenient = resolveConfig({ rules: { 'duplicate-article-id': 'off' } });
const strict = resolveConfig(undefined);

describe('the workspace model (what the CLI and the editor compute over many articles)', () => {
  it('runs the rules over many articles as lintProject does, over every article, in the order they were set', () => {
    const model = repository();
    const facts = ['a/one.md', 'a/two.md', 'b/three.md'].map((path) => factsOfText(article(), { path })!);
    assert.deepStrictEqual(
      model.projectFindings(() => strict),
      lintProject(facts, strict),
    );
    assert.deepStrictEqual(
      model.facts().map((f) => f.path),
      ['a/one.md', 'a/two.md', 'b/three.md'],
    );
  });

  it("keeps a rule's findings on the articles whose folder turns it on; the others still count as the other side", () => {
    const configOf = (path: string): ResolvedConfig => (path.startsWith('a/') ? lenient : strict);
    const found = repository().projectFindings(configOf);
    assert.deepStrictEqual(
      found.map((f) => [f.rule, f.path]),
      [['SH502', 'b/three.md']],
    );
    assert.match(found[0].message, /a\/one\.md/);
  });

  it('offers the rules one run at a time, for a host that yields between them', () => {
    const runs = repository().projectRuns(() => strict);
    assert.deepStrictEqual(
      runs.map((run) => run.ruleId),
      ['SH502', 'SH503', 'SH504'].filter((id) => strict.get(id)),
    );
    assert.deepStrictEqual(
      runs.flatMap((run) => run.run()),
      repository().projectFindings(() => strict),
    );
  });

  it("gives one article's findings, and forgets an article deleted or no longer an article", () => {
    const model = repository();
    assert.strictEqual(model.projectFindingsOf('a/two.md', strict).length, 1);
    model.delete('a/one.md');
    model.set('b/three.md', entryOf(parseArticle('# Not an article\n', { path: 'b/three.md' })));
    assert.strictEqual(model.size, 1);
    assert.deepStrictEqual(model.projectFindingsOf('a/two.md', strict), []);
  });

  it('an article read for its facts alone is the same other side as one parsed whole', () => {
    const whole = repository();
    const factsOnly = new WorkspaceModel();
    for (const path of ['a/one.md', 'a/two.md', 'b/three.md'])
      factsOnly.set(path, factsEntry(factsOfText(article(), { path })));
    assert.deepStrictEqual(
      factsOnly.projectFindings(() => strict),
      whole.projectFindings(() => strict),
    );
    assert.strictEqual(factsEntry(factsOfText('no properties block', { path: 'x.md' })), undefined);
  });

  it("offers the values the workspace's articles use with the bundled ones, and reads them again after a change", () => {
    const model = repository();
    const before = model.knownValues();
    assert.ok(before.scenarios.has('VmDoesNotStart'));
    assert.ok(before.tokens.get('vmName')?.includes('a/one.md'));
    assert.ok(!before.scenarios.has('ContosoScenario'));
    model.set('c/four.md', entryOf(parsed('c/four.md', { diagnosticScenario: 'ContosoScenario' })));
    assert.ok(model.knownValues().scenarios.has('ContosoScenario'));
    assert.strictEqual(model.knownValues(), model.knownValues(), 'kept until the next change');
  });
});
