import { trimmedValue } from '../../parse/properties';
import type { Rule } from '../rule';

export const displayOrderFormat: Rule = {
  id: 'SH122',
  slug: 'display-order-format',
  description: '`displayOrder` is empty or a positive whole number.',
  severity: 'warning',
  messages: {
    notWhole: 'displayOrder "{{value}}" is not a positive whole number.',
  },
  fixable: false,
  docs: { bad: '\tdisplayOrder="first"', good: '\tdisplayOrder="1"' },
  check(article, report) {
    const attribute = article.attributes.get('displayorder');
    if (!attribute) return;
    const value = trimmedValue(attribute);
    if (value && !/^[1-9]\d{0,8}$/.test(value))
      report({
        messageId: 'notWhole',
        data: { value },
        span: { start: attribute.valueStart, end: attribute.valueEnd },
      });
  },
};
