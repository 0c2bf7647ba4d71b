import type { Rule } from '../rule';
import { TYPES } from '../../format/schema';
import { blockOpenSpan, insertAttributeSuggestion, valueOrNameSpan } from '../rule-helpers';

export const selfHelpType: Rule = {
  id: 'SH113',
  slug: 'self-help-type',
  description: '`selfHelpType` must be present and one of the known article types.',
  severity: 'error',
  messages: {
    missing:
      'Missing required attribute "selfHelpType"; add the article\'s type (diagnostics, generic, TSG_Content, resource …).',
    unknown: 'Unknown selfHelpType "{{type}}"; expected one of {{known}}.',
    empty: '"{{name}}" is empty; expected one of {{known}}.',
  },
  fixable: false,
  suggests: true,
  docs: { bad: '\tselfHelpType="faq"', good: '\tselfHelpType="generic"' },
  check(article, report) {
    if (!article.block) return;
    const attribute = article.attributes.get('selfhelptype');
    if (!attribute) {
      report({
        messageId: 'missing',
        span: blockOpenSpan(article),
        suggestions: insertAttributeSuggestion(article, 'selfHelpType'),
      });
    } else if (!article.type) {
      const known = TYPES.map((t) => t.name).join(', ');
      report({
        messageId: article.selfHelpType ? 'unknown' : 'empty',
        data: { type: article.selfHelpType ?? '', name: attribute.name, known },
        span: valueOrNameSpan(attribute),
      });
    }
  },
};
