import type { Rule } from '../rule';
import { objects, pathTo, spanAt } from '../../parse/json-views';

const BOOLEAN_KEYS = new Set(['required', 'useasadditionaldetails', 'resourcerequired', 'subscriptionrequired']);

export const stringBoolean: Rule = {
  id: 'SH406',
  slug: 'string-boolean',
  description: 'Boolean JSON fields take `true`/`false`, not the strings `"true"`/`"false"`.',
  severity: 'warning',
  messages: {
    stringBoolean: '"{{key}}" holds the string "{{value}}"; write {{literal}}.',
  },
  fixable: true,
  docs: { bad: '"required": "true"', good: '"required": true' },
  check(article, report) {
    for (const at of objects(article.json?.value)) {
      for (const key in at.object) {
        const value = at.object[key];
        if (typeof value !== 'string' || !/^(true|false)$/i.test(value) || !BOOLEAN_KEYS.has(key.toLowerCase()))
          continue;
        const span = spanAt(article, [...pathTo(at), key]);
        const literal = value.toLowerCase();
        report({
          messageId: 'stringBoolean',
          data: { key, value, literal },
          span,
          fix: { title: `Write ${literal}`, edits: [{ ...span, text: literal }] },
        });
      }
    }
  },
};
