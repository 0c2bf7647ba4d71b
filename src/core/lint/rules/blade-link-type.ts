import type { Rule } from '../rule';
import { parseBladeTarget } from '../../parse/blade-target';

export const bladeLinkType: Rule = {
  id: 'SH310',
  slug: 'blade-link-type',
  description:
    'Blade links refer to the current resource, so they belong in resource-bound articles, not generic or scoping content.',
  severity: 'warning',
  messages: {
    noResource: 'Blade links need a resource; {{type}} articles have none.',
  },
  fixable: false,
  docs: {
    bad: 'selfHelpType="generic" … [Resize](data-blade:Microsoft_Azure_Compute.VmSizeBlade.id.$resourceId)',
    good: 'selfHelpType="resource" … [Resize](data-blade:Microsoft_Azure_Compute.VmSizeBlade.id.$resourceId)',
  },
  check(article, report) {
    if (!article.type || article.type.resourceBound) return;
    for (const link of article.body.links) {
      if (parseBladeTarget(link.target))
        report({
          messageId: 'noResource',
          data: { type: article.type.name },
          span: link.targetSpan,
        });
    }
  },
};
