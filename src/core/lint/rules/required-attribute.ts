import { EVERY_TYPE_NEEDS, needOf } from '../../format/schema';
import { trimmedValue } from '../../parse/properties';
import type { Rule } from '../rule';
import { blockOpenSpan, insertAttributeSuggestion, nameSpan, shownName } from '../rule-helpers';

/** What every type needs (format/schema.ts) but the two attributes with rules of their own. */
const OWN_RULES = new Set(['selfHelpType', 'cloudEnvironments']);
const REQUIRED = EVERY_TYPE_NEEDS.filter((name) => !OWN_RULES.has(name));

export const requiredAttribute: Rule = {
  id: 'SH112',
  slug: 'required-attribute',
  description: '`articleId`, `pageTitle` and `ownershipId` must be present and not empty.',
  severity: 'error',
  messages: {
    missing: 'Missing required attribute "{{name}}"; add it with its value.',
    empty: '"{{name}}" is empty; every article needs one.',
  },
  fixable: false,
  suggests: true,
  docs: {
    bad: '<properties\n\tpageTitle="Slow VM"\n\tarticleId="vm-slow"\n/>',
    good: '<properties\n\tpageTitle="Slow VM"\n\tarticleId="vm-slow"\n\townershipId="Compute_VirtualMachines"\n/>',
  },
  check(article, report) {
    if (!article.block) return;
    for (const name of REQUIRED) {
      if (needOf(article.type, name) !== 'required') continue;
      const attribute = article.attributes.get(name.toLowerCase());
      if (!attribute) {
        report({
          messageId: 'missing',
          data: { name },
          span: blockOpenSpan(article),
          suggestions: insertAttributeSuggestion(article, name),
        });
      } else if (!trimmedValue(attribute)) {
        report({ messageId: 'empty', data: { name: shownName(attribute) }, span: nameSpan(attribute) });
      }
    }
  },
};
