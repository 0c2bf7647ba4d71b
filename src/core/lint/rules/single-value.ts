import { listItems } from '../../parse/properties';
import type { Rule } from '../rule';

export const singleValue: Rule = {
  id: 'SH118',
  slug: 'single-value',
  description: '`service` and `resource` hold one value each, not a list.',
  severity: 'warning',
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
          message: `"${attribute.name}" lists several values; the portal expects one.`,
          span: { start: attribute.valueStart, end: attribute.valueEnd },
        });
      }
    }
  },
};
