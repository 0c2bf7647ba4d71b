import type { Rule } from '../rule';
import { attributeInfo } from '../../format/schema';
import { nameSpan } from '../rule-helpers';

export const attributeCase: Rule = {
  id: 'SH109',
  slug: 'attribute-case',
  description: "Attribute names are read case-insensitively, but the templates' spelling keeps articles consistent.",
  severity: 'warning',
  messages: {
    wrongCase: 'Write "{{name}}" instead of "{{written}}".',
  },
  fixable: true,
  docs: { bad: '\tarticleid="vm-slow"', good: '\tarticleId="vm-slow"' },
  check(article, report) {
    for (const attribute of article.block?.attributes ?? []) {
      const info = attributeInfo(attribute.name);
      if (!info || info.name === attribute.name) continue;
      report({
        messageId: 'wrongCase',
        data: { name: info.name, written: attribute.name },
        span: nameSpan(attribute),
        fix: { title: `Rename to ${info.name}`, edits: [{ ...nameSpan(attribute), text: info.name }] },
      });
    }
  },
};
