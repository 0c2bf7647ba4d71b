import type { NetworkRule } from '../rule';

export const linkDead: NetworkRule = {
  id: 'SH801',
  slug: 'link-dead',
  network: true,
  description:
    'A web link leads nowhere: the page answers 404 or 410 (directly or at the end of its redirects), or its redirects go round in a loop.',
  severity: 'error',
  messages: {
    nowhere: '{{page}} leads nowhere: {{reason}}{{via}}. Customers find nothing there.',
    answers: '{{page}} answers {{reason}}{{via}}: customers find nothing there.',
  },
  fixable: false,
  docs: {
    bad: '[VM sizes](https://learn.microsoft.com/azure/virtual-machines/sizes-retired-page)',
    good: '[VM sizes](https://learn.microsoft.com/azure/virtual-machines/sizes)',
    notes: [
      'Checked by `selfhelp links` and *Self-Help: Check Links*, not by `selfhelp check`: they follow every web link',
      'over the network (see docs/links.md). A page that answers 401 or 403 is not dead (see `link-sign-in`), nor one',
      'that cannot be reached (see `link-unreachable`).',
    ].join('\n'),
  },
};
