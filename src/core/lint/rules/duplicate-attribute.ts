import type { Rule } from '../rule';
import { nameSpan, shownName } from '../rule-helpers';

export const duplicateAttribute: Rule = {
  id: 'SH106',
  slug: 'duplicate-attribute',
  description: 'An attribute may appear only once, in any casing.',
  severity: 'error',
  messages: {
    duplicate: 'Duplicate attribute "{{name}}": it is already set above; keep one of them.',
  },
  fixable: false,
  docs: { bad: '\tarticleId="vm-slow"\n\tArticleId="vm-slow-2"', good: '\tarticleId="vm-slow"' },
  check(article, report) {
    const first = new Set<string>();
    for (const attribute of article.block?.attributes ?? []) {
      if (!first.has(attribute.key)) first.add(attribute.key);
      else
        report({
          messageId: 'duplicate',
          data: { name: shownName(attribute) },
          span: nameSpan(attribute),
        });
    }
  },
};
