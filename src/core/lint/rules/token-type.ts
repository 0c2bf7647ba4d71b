import type { Rule } from '../rule';

export const tokenType: Rule = {
  id: 'SH211',
  slug: 'token-type',
  description:
    'Replacement tokens are filled by diagnostics; they belong in insight-driven types (diagnostics, rca, servicehealthinsights).',
  severity: 'warning',
  messages: {
    neverFilled: 'Replacement tokens are never filled in {{type}} articles; readers see the default text.',
  },
  fixable: false,
  docs: {
    bad: 'selfHelpType="generic" … <!--$vmName-->your VM<!--/$vmName-->',
    good: 'selfHelpType="diagnostics" … <!--$vmName-->your VM<!--/$vmName-->',
  },
  check(article, report) {
    const first = article.body.tokenMarkers[0];
    if (!first || !article.type || article.type.insight) return;
    report({
      messageId: 'neverFilled',
      data: { type: article.type.name },
      span: first,
    });
  },
};
