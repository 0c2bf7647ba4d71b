import type { NetworkRule } from '../rule';

export const linkSignIn: NetworkRule = {
  id: 'SH805',
  slug: 'link-sign-in',
  network: true,
  description:
    'A web link asks to sign in (401 or 403): alive for someone, but maybe not for the customer reading the article.',
  severity: 'info',
  messages: {
    signIn: '{{page}} asks to sign in ({{status}}){{via}}: customers may not be let in.',
  },
  fixable: false,
  docs: {
    bad: '[The report](https://contoso.sharepoint.com/sites/team/report.aspx)',
    good: '[The report](https://learn.microsoft.com/azure/cost-management-billing/costs/reporting-get-started)',
  },
};
