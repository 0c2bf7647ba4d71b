import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { renderRulesDoc } from '../../src/core/lint/rules-doc';
import { PROJECT_RULES, RULES } from '../../src/core/lint/rules';

describe('docs/rules.md', () => {
  it('is current with the rule table (run npm run docs after changing a rule)', () => {
    const file = path.resolve(__dirname, '../../../docs/rules.md');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), renderRulesDoc());
  });

  it('documents every rule with an example', () => {
    const doc = renderRulesDoc();
    for (const rule of [...RULES, ...PROJECT_RULES]) {
      assert.ok(doc.includes(`## ${rule.id} ${rule.slug}`), rule.id);
      assert.ok(rule.docs.bad.length > 0, rule.id);
    }
  });
});
