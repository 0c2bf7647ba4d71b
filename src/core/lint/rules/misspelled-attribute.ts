import type { Rule } from '../rule';
import { MISSPELLED_ATTRIBUTES } from '../../format/schema';
import { nameSpan } from '../rule-helpers';

export const misspelledAttribute: Rule = {
  id: 'SH107',
  slug: 'misspelled-attribute',
  description: 'Known misspellings of attribute names (`supportToicIds`, `infoBubbleTest`) silently drop the value.',
  severity: 'error',
  messages: {
    misspelled: '"{{written}}" is a misspelling of "{{name}}"; the value is ignored.',
  },
  fixable: true,
  fixRevealsText: true,
  docs: { bad: '\tsupportToicIds="32628854"', good: '\tsupportTopicIds="32628854"' },
  check(article, report) {
    for (const attribute of article.block?.attributes ?? []) {
      const canonical = MISSPELLED_ATTRIBUTES.get(attribute.key);
      if (!canonical) continue;
      report({
        messageId: 'misspelled',
        data: { written: attribute.name, name: canonical },
        span: nameSpan(attribute),
        fix: article.attributes.has(canonical.toLowerCase())
          ? undefined
          : { title: `Rename to ${canonical}`, edits: [{ ...nameSpan(attribute), text: canonical }] },
      });
    }
  },
};
