import * as assert from 'assert';
import { lintArticle, lintText } from '../../src/core/lint/lint';
import type { Report, Rule } from '../../src/core/lint/rule';
import { parseArticle } from '../../src/core/parse/article';
import { article } from '../helpers/article';
import { ruleFaults } from '../helpers/rule-cases';
import { context } from '../helpers/speller';

describe('rules: each fault is reported on its line, with its fix', () => {
  it('a valid article of our own has no findings at all', () => {
    const result = lintText(
      article(),
      { path: 'articles/microsoft.compute/vm-does-not-start.md' },
      undefined,
      context(),
    );
    assert.deepStrictEqual(
      result.findings.map((f) => `${f.rule} ${f.message}`),
      [],
    );
    assert.deepStrictEqual(result.internalErrors, []);
  });

  // Each rule's own file holds its findings exactly, with that rule alone; here every rule runs on every fault.
  for (const testCase of ruleFaults())
    it(`${testCase.rule}: ${testCase.name}, with every rule on: its finding, inside the text, no internal error`, () => {
      const result = lintText(
        testCase.text,
        { ...testCase.source, path: testCase.path ?? 'articles/microsoft.compute/vm-does-not-start.md' },
        undefined,
        context(),
      );
      assert.deepStrictEqual(result.internalErrors, []);
      assert.ok(
        result.findings.some((f) => f.rule === testCase.rule),
        `${testCase.rule} still found; all: ${result.findings.map((f) => f.rule).join(',')}`,
      );
      for (const finding of result.findings)
        assert.ok(
          finding.start >= 0 && finding.end <= testCase.text.length && finding.start <= finding.end,
          `${finding.rule} range inside the text`,
        );
    });

  it('a rule that reports a fix not declared fixable, or a suggestion not declared, breaks the contract: an internal error', () => {
    const span = { start: 1, end: 11 };
    const edit = { title: 'Do it', edits: [{ start: 1, end: 11, text: 'x' }] };
    const rule = (meta: Partial<Rule>, report: Report): Rule => ({
      id: 'SH999',
      slug: 'test-rule',
      description: 'A rule of this test.',
      severity: 'warning',
      messages: { m: 'm' },
      fixable: false,
      docs: { bad: '' },
      ...meta,
      check: (_article, reportFinding) => reportFinding(report),
    });
    const run = (broken: Rule) =>
      lintArticle(parseArticle(article()), new Map([[broken.id, broken.severity]]), {}, [broken]);
    const unfixable = run(rule({}, { messageId: 'm', span, fix: edit }));
    assert.deepStrictEqual(unfixable.internalErrors, [
      'SH999 test-rule: reported a fix, but the rule is not declared fixable',
    ]);
    assert.strictEqual(unfixable.findings[0].fix, undefined, 'the fix is not offered');
    const unsuggesting = run(rule({}, { messageId: 'm', span, suggestions: [edit] }));
    assert.deepStrictEqual(unsuggesting.internalErrors, [
      'SH999 test-rule: reported a suggestion, but the rule is not declared to suggest',
    ]);
    assert.strictEqual(unsuggesting.findings[0].suggestions, undefined);
    // The controls: the same reports from rules that declare them.
    assert.deepStrictEqual(run(rule({ fixable: true }, { messageId: 'm', span, fix: edit })).internalErrors, []);
    assert.deepStrictEqual(
      run(rule({ suggests: true }, { messageId: 'm', span, suggestions: [edit] })).internalErrors,
      [],
    );
  });
});

describe('invalid UTF-8 (SH105)', () => {
  it('is reported where the first bad byte sits', () => {
    const text = article() + 'It\u2019s\n';
    const result = lintText(text, { path: 'a.md', invalidUtf8: true, invalidUtf8Offset: text.length - 3 });
    const finding = result.findings.find((f) => f.rule === 'SH105');
    assert.ok(finding);
    assert.strictEqual(finding.start, text.length - 3);
  });
});
