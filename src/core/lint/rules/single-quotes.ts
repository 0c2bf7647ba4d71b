import type { Rule } from '../rule';
import { shownName } from '../rule-helpers';

export const singleQuotes: Rule = {
  id: 'SH110',
  slug: 'single-quotes',
  description: 'Use double quotes; single quotes only when the value itself contains a double quote.',
  severity: 'warning',
  messages: {
    singleQuoted: 'The value of "{{name}}" is single-quoted; use double quotes.',
  },
  fixable: true,
  fixRevealsText: true,
  docs: { bad: "\tclientIds='partnercenter'", good: '\tclientIds="partnercenter"' },
  check(article, report) {
    for (const attribute of article.block?.attributes ?? []) {
      if (attribute.quote !== "'" || attribute.unterminated || attribute.value.includes('"')) continue;
      const open = attribute.valueStart - 1;
      report({
        messageId: 'singleQuoted',
        data: { name: shownName(attribute) },
        span: { start: open, end: attribute.valueEnd + 1 },
        fix: {
          title: 'Use double quotes',
          edits: [
            { start: open, end: open + 1, text: '"' },
            { start: attribute.valueEnd, end: attribute.valueEnd + 1, text: '"' },
          ],
        },
      });
    }
  },
};
