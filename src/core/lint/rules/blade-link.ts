import type { Rule } from '../rule';
import { parseBladeTarget } from '../../parse/blade-target';

export const bladeLink: Rule = {
  id: 'SH306',
  slug: 'blade-link',
  description: 'A blade link is `data-blade:Extension.Blade` followed by parameter name/value pairs.',
  severity: 'error',
  messages: {
    malformed:
      'Malformed blade link: write data-blade:Extension.Blade, then name.value pairs (data-blade:Microsoft_Azure_Compute.VmBlade.id.$resourceId).',
  },
  fixable: false,
  docs: {
    bad: '[Resize](data-blade:Microsoft_Azure_Compute.VmSizeBlade.id)',
    good: '[Resize](data-blade:Microsoft_Azure_Compute.VmSizeBlade.id.$resourceId)',
  },
  check(article, report) {
    for (const link of article.body.links) {
      const blade = parseBladeTarget(link.target);
      if (!blade || blade.valid) continue;
      report({
        messageId: 'malformed',
        span: link.targetSpan,
      });
    }
  },
};
