import type { Rule } from '../rule';
import { absolute, objectsWithKey, properties } from './json-helpers';

const BOOLEAN_KEYS = new Set(['required', 'useasadditionaldetails', 'resourcerequired', 'subscriptionrequired']);

export const stringBoolean: Rule = {
  id: 'SH406',
  slug: 'string-boolean',
  description: 'Boolean JSON fields take `true`/`false`, not the strings `"true"`/`"false"`.',
  severity: 'warning',
  fixable: true,
  docs: { bad: '"required": "true"', good: '"required": true' },
  check(article, report) {
    for (const { node } of objectsWithKey(article.json?.tree)) {
      for (const p of properties(node)) {
        const [key, value] = p.children ?? [];
        if (!key || !value || !BOOLEAN_KEYS.has(String(key.value).toLowerCase())) continue;
        if (value.type !== 'string' || !/^(true|false)$/i.test(String(value.value))) continue;
        const span = absolute(article, value);
        const literal = String(value.value).toLowerCase();
        report({ message: `"${key.value}" holds the string "${value.value}"; write ${literal}.`, span, fix: { title: `Write ${literal}`, edits: [{ ...span, text: literal }] } });
      }
    }
  },
};
