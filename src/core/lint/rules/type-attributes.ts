import { trimmedValue } from '../../parse/properties';
import type { Rule } from '../rule';
import { blockOpenSpan, insertAttributeSuggestion, nameSpan } from '../rule-helpers';

export const typeAttributes: Rule = {
  id: 'SH121',
  slug: 'type-attributes',
  description: 'Each article type needs its own attributes (e.g. `resource` articles need `service` and `resource`).',
  severity: 'warning',
  messages: {
    missing: '{{type}} articles need "{{name}}".',
    empty: '{{type}} articles need a value for "{{name}}".',
  },
  fixable: false,
  suggests: true,
  docs: {
    bad: '\tselfHelpType="diagnostics"\n\tinfoBubbleText=""',
    good: '\tselfHelpType="diagnostics"\n\tinfoBubbleText="We found an issue. See details on the right"',
  },
  check(article, report) {
    const type = article.type;
    if (!type || !article.block) return;
    for (const [name, need] of Object.entries(type.needs)) {
      if (need !== 'required') continue;
      const attribute = article.attributes.get(name.toLowerCase());
      if (!attribute) {
        report({
          messageId: 'missing',
          data: { type: type.name, name },
          span: blockOpenSpan(article),
          suggestions: insertAttributeSuggestion(article, name),
        });
      } else if (!trimmedValue(attribute)) {
        report({ messageId: 'empty', data: { type: type.name, name }, span: nameSpan(attribute) });
      }
    }
  },
};
