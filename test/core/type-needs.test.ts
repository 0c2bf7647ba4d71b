/**
 * What each type of article needs has one home (format/schema.ts, `needOf`): the rules, the hovers and the
 * completions give the same answer for every type and attribute.
 */
import * as assert from 'assert';
import { completionsAt, hoverAt } from '../../src/core/authoring/assist';
import { EVERY_TYPE_NEEDS, needOf, TYPES } from '../../src/core/format/schema';
import { lintText } from '../../src/core/lint/lint';
import { parseArticle } from '../../src/core/parse/article';
import { article } from '../helpers/article';

const guid = () => '11111111-2222-3333-4444-555555555555';
/** The rules that report a missing attribute: required-, type-attributes, self-help-type, cloud-environments. */
const MISSING_RULES = new Set(['SH112', 'SH121', 'SH113', 'SH114']);

describe('what a type of article needs, answered in one place', () => {
  for (const type of TYPES)
    it(`${type.name}: a required attribute is reported missing, hovered and completed as required; no other is`, () => {
      const names = [...new Set([...EVERY_TYPE_NEEDS, ...Object.keys(type.needs)])].filter(
        (name) => name !== 'selfHelpType',
      );
      for (const name of names) {
        const required = needOf(type, name) === 'required';
        const without = article({ selfHelpType: type.name, [name]: undefined });
        const missing = lintText(without, { path: 'articles/a/b.md' }).findings.some(
          (f) => MISSING_RULES.has(f.rule) && f.message.includes(`"${name}"`) && /Missing|need "/.test(f.message),
        );
        assert.strictEqual(missing, required, `${name}: reported missing`);
        const withBlank = article({ selfHelpType: type.name, [name]: undefined }).replace('\n/>', '\n\t\n/>');
        const parsed = parseArticle(withBlank);
        const offered = completionsAt(parsed, withBlank.indexOf('\n/>'), guid).find((c) => c.label === name);
        assert.strictEqual(offered?.detail?.startsWith('required') ?? false, required, `${name}: completion`);
        const present = article({ selfHelpType: type.name, [name]: 'x' });
        const hover = hoverAt(parseArticle(present), present.indexOf(`\t${name}=`) + 1);
        assert.strictEqual(/: required\.$/m.test(hover?.markdown ?? ''), required, `${name}: hover`);
      }
    });
});
