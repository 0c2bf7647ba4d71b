import type { Rule } from '../rule';
import { objects, spanAt } from '../../parse/json-views';

const BOOLEAN_KEYS = new Set(['required', 'useasadditionaldetails', 'resourcerequired', 'subscriptionrequired']);

export const stringBoolean: Rule = {
  id: 'SH406',
  slug: 'string-boolean',
  description: 'Boolean JSON fields take `true`/`false`, not the strings `"true"`/`"false"`.',
  severity: 'warning',
  fixable: true,
  docs: { bad: '"required": "true"', good: '"required": true' },
  check(article, report) {
    for (const { object, path } of objects(article.json?.value)) {
      for (const [key, value] of Object.entries(object)) {
        if (!BOOLEAN_KEYS.has(key.toLowerCase()) || typeof value !== 'string' || !/^(true|false)$/i.test(value)) continue;
        const span = spanAt(article, [...path(), key]);
        const literal = value.toLowerCase();
        report({ message: `"${key}" holds the string "${value}"; write ${literal}.`, span, fix: { title: `Write ${literal}`, edits: [{ ...span, text: literal }] } });
      }
    }
  },
};
