import { trimmedValue } from '../../parse/properties';
import type { Rule } from '../rule';
import { blockOpenSpan, insertAttributeSuggestion, nameSpan, shownName } from '../rule-helpers';

/** Filled in ≥ 99.9 % of published articles (FORMAT §2.5); selfHelpType and cloudEnvironments have their own rules. */
const REQUIRED = ['articleId', 'pageTitle', 'ownershipId'];

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
      if (name === 'pageTitle' && article.type?.name === 'PartnerCenterQuickStart') continue;
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
