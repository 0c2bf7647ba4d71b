/**
 * The rule tests' own contract: every rule has its file here, with valid and invalid cases, and its output when it
 * fixes or suggests.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES } from '../../../src/core/lint/rules';
import { TESTED } from '../../helpers/rule-tester';

const FOLDER = path.resolve(__dirname, '../../../../test/core/rules');

describe('the rule tests', () => {
  before(async () => {
    // Each file registers its rule's cases when it loads (mocha loaded them already when it runs the whole folder).
    for (const rule of ALL_RULES) if (!TESTED.has(rule.id)) await import(path.join(__dirname, `${rule.slug}.test.js`));
  });

  /** The rules of a list without their file here (the meta-test's own check, shown to see a rule that lacks one). */
  const withoutFile = (rules: readonly { slug: string }[]) =>
    rules.filter((r) => !fs.existsSync(path.join(FOLDER, `${r.slug}.test.ts`))).map((r) => r.slug);

  it('every rule has test/core/rules/<slug>.test.ts, with at least one valid and one invalid case', () => {
    assert.deepStrictEqual(withoutFile(ALL_RULES), []);
    for (const rule of ALL_RULES) {
      const cases = TESTED.get(rule.id);
      assert.ok(cases, `${rule.slug} registers its cases through the rule tester`);
      assert.ok(cases.valid.length >= 1 && cases.invalid.length >= 1, `${rule.slug}: a valid and an invalid case`);
    }
  });

  it('a fixable rule has an output case, and a rule that suggests has a suggestion case', () => {
    for (const rule of ALL_RULES.filter((r) => 'check' in r)) {
      const cases = TESTED.get(rule.id)!;
      if (rule.fixable)
        assert.ok(
          cases.invalid.some((c) => c.output !== undefined),
          `${rule.slug} shows its output`,
        );
      if (rule.suggests)
        assert.ok(
          cases.invalid.some((c) => c.suggestions?.length),
          `${rule.slug} shows its suggestions' output`,
        );
    }
  });

  it('(the control: a rule without its file, or without cases, is seen)', () => {
    assert.deepStrictEqual(withoutFile([...ALL_RULES, { slug: 'a-rule-nobody-wrote' }]), ['a-rule-nobody-wrote']);
    assert.ok(!TESTED.has('SH999'));
  });
});
