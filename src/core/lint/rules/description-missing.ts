import { trimmedValue } from '../../parse/properties';
import type { Rule } from '../rule';
import { blockOpenSpan, insertAttributeSuggestion, nameSpan } from '../rule-helpers';

export const descriptionMissing: Rule = {
  id: 'SH116',
  slug: 'description-missing',
  description: 'Every article should carry a `description`.',
  severity: 'warning',
  messages: {
    missing: 'Missing attribute "description".',
    empty: '"description" is empty.',
  },
  fixable: false,
  suggests: true,
  docs: { bad: '\tdescription=""', good: '\tdescription="Steps to resolve a VM that does not start"' },
  check(article, report) {
    if (!article.block) return;
    const attribute = article.attributes.get('description');
    if (!attribute)
      report({
        messageId: 'missing',
        span: blockOpenSpan(article),
        suggestions: insertAttributeSuggestion(article, 'description'),
      });
    else if (!trimmedValue(attribute)) report({ messageId: 'empty', span: nameSpan(attribute) });
  },
};
