/**
 * The rule tests' own contract: every rule has its file here, with valid and invalid cases, and its output when it
 * fixes or suggests.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES } from '../../../src/core/lint/rules';
import { run, TESTED } from '../../helpers/rule-tester';

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

  it('every rule declares its messages by id, each with a filled placeholder at most once named, and its cases show each', () => {
    const unshown: string[] = [];
    for (const rule of ALL_RULES) {
      const ids = Object.keys(rule.messages);
      assert.ok(ids.length >= 1, `${rule.slug} declares its messages`);
      for (const [id, template] of Object.entries(rule.messages)) {
        assert.match(id, /^[a-z][A-Za-z0-9]*$/, `${rule.slug}: a message id is a camelCase name`);
        assert.doesNotMatch(template.replace(/\{\{\s*[\w.-]+\s*\}\}/g, ''), /\{\{|\}\}/, `${rule.slug}.${id}`);
      }
      if (!('check' in rule)) continue;
      const shown = new Set(TESTED.get(rule.id)!.invalid.flatMap((c) => run(rule, c).findings.map((f) => f.messageId)));
      unshown.push(...ids.filter((id) => !shown.has(id)).map((id) => `${rule.slug}.${id}`));
    }
    assert.deepStrictEqual(unshown, [], 'a message no invalid case reports');
  });

  it('(the control: a rule without its file, or without cases, is seen)', () => {
    assert.deepStrictEqual(withoutFile([...ALL_RULES, { slug: 'a-rule-nobody-wrote' }]), ['a-rule-nobody-wrote']);
    assert.ok(!TESTED.has('SH999'));
  });
});
