import type { Rule } from '../rule';
import { nameSpan } from '../rule-helpers';

export const duplicateAttribute: Rule = {
  id: 'SH106',
  slug: 'duplicate-attribute',
  description: 'An attribute may appear only once, in any casing.',
  severity: 'error',
  fixable: false,
  docs: { bad: '\tarticleId="vm-slow"\n\tArticleId="vm-slow-2"', good: '\tarticleId="vm-slow"' },
  check(article, report) {
    const first = new Map<string, string>();
    for (const attribute of article.block?.attributes ?? []) {
      const earlier = first.get(attribute.key);
      if (earlier === undefined) first.set(attribute.key, attribute.name);
      else
        report({
          message: `Duplicate attribute "${attribute.name}" ("${earlier}" is already set); keep one of them.`,
          span: nameSpan(attribute),
        });
    }
  },
};
