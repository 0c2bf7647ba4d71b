import { listItems } from '../../parse/properties';
import type { Rule } from '../rule';
import { shownName } from '../rule-helpers';

export const singleValue: Rule = {
  id: 'SH118',
  slug: 'single-value',
  description: '`service` and `resource` hold one value each, not a list.',
  severity: 'warning',
  messages: {
    severalValues: '"{{name}}" lists several values; the portal expects one.',
  },
  fixable: false,
  docs: {
    bad: '\tservice="microsoft.classiccompute, microsoft.classicnetwork"',
    good: '\tservice="microsoft.classiccompute"',
  },
  check(article, report) {
    for (const name of ['service', 'resource']) {
      const attribute = article.attributes.get(name);
      if (attribute && listItems(attribute).length > 1) {
        report({
          messageId: 'severalValues',
          data: { name: shownName(attribute) },
          span: { start: attribute.valueStart, end: attribute.valueEnd },
        });
      }
    }
  },
};
