import { trimmedValue } from '../../parse/properties';
import type { Rule } from '../rule';

const MAX_LENGTH = 150;

export const pageTitleStyle: Rule = {
  id: 'SH117',
  slug: 'page-title-style',
  description: '`pageTitle` is one short sentence: no commas, no final period, at most 150 characters.',
  severity: 'warning',
  messages: {
    comma: 'pageTitle contains a comma; keep it one plain sentence.',
    period: 'pageTitle ends with a period.',
    tooLong: 'pageTitle is {{length}} characters long; keep it under {{max}}.',
  },
  fixable: true,
  docs: { bad: '\tpageTitle="VM is slow, restart it."', good: '\tpageTitle="VM is slow after a restart"' },
  check(article, report) {
    const attribute = article.attributes.get('pagetitle');
    if (!attribute || article.type?.body === 'json') return;
    const title = trimmedValue(attribute);
    const span = { start: attribute.valueStart, end: attribute.valueEnd };
    if (title.includes(',')) report({ messageId: 'comma', span });
    if (title.endsWith('.') && !title.endsWith('..')) {
      const at = attribute.valueStart + attribute.value.lastIndexOf('.');
      report({
        messageId: 'period',
        span: { start: at, end: at + 1 },
        fix: { title: 'Remove the final period', edits: [{ start: at, end: at + 1, text: '' }] },
      });
    }
    if (title.length > MAX_LENGTH)
      report({ messageId: 'tooLong', data: { length: title.length, max: MAX_LENGTH }, span });
  },
};
