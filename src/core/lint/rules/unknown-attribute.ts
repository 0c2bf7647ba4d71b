import type { Rule } from '../rule';
import { attributeInfo, MISSPELLED_ATTRIBUTES } from '../../format/schema';
import { nameSpan } from '../rule-helpers';

export const unknownAttribute: Rule = {
  id: 'SH108',
  slug: 'unknown-attribute',
  description: 'Attributes outside the documented set are ignored by the portal.',
  severity: 'warning',
  messages: {
    unknown: 'Unknown attribute "{{name}}".',
  },
  fixable: false,
  docs: { bad: '\tms.service="virtual-machines"', good: '\tservice="microsoft.compute"' },
  check(article, report) {
    for (const attribute of article.block?.attributes ?? []) {
      if (attributeInfo(attribute.name) || MISSPELLED_ATTRIBUTES.has(attribute.key)) continue;
      report({ messageId: 'unknown', data: { name: attribute.name }, span: nameSpan(attribute) });
    }
  },
};
