import type { Rule } from '../rule';
import { shownName } from '../rule-helpers';
import { attributeInfo } from '../../format/schema';

export const newlineInValue: Rule = {
  id: 'SH111',
  slug: 'newline-in-value',
  description: 'A value should stay on one line; lists are comma-separated on one line.',
  severity: 'warning',
  messages: {
    severalLines: 'The value of "{{name}}" spans several lines.',
  },
  fixable: true,
  docs: { bad: '\tsupportTopicIds="32628854,\n32628855"', good: '\tsupportTopicIds="32628854, 32628855"' },
  check(article, report) {
    for (const attribute of article.block?.attributes ?? []) {
      if (attribute.unterminated || !/[\r\n]/.test(attribute.value)) continue;
      const isList = ['list', 'idList', 'cloudList'].includes(attributeInfo(attribute.name)?.kind ?? '');
      const joined = attribute.value
        .split(/\r\n|\r|\n/)
        .map((part) => part.trim())
        .filter(Boolean)
        .join(' ')
        .replace(/ ?, ?/g, isList ? ', ' : '$&');
      report({
        messageId: 'severalLines',
        data: { name: shownName(attribute) },
        span: { start: attribute.valueStart, end: attribute.valueEnd },
        // A blank line inside means the value ran on into what follows (a closing quote missing): not to be joined.
        fix: /\n[ \t]*\r?\n/.test(attribute.value)
          ? undefined
          : {
              title: 'Join the value onto one line',
              edits: [{ start: attribute.valueStart, end: attribute.valueEnd, text: joined }],
            },
      });
    }
  },
};
