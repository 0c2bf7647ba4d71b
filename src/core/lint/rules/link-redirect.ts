import type { NetworkRule } from '../rule';

export const linkRedirect: NetworkRule = {
  id: 'SH803',
  slug: 'link-redirect',
  network: true,
  description:
    'A web link is redirected for good (301 or 308), or is an `aka.ms` short link: link to where it leads now.',
  severity: 'warning',
  messages: {
    shortLink: 'aka.ms short link: it leads to {{moved}}; link to that page.',
    moved: '{{page}} has moved for good to {{moved}}: link there.',
  },
  fixable: true,
  docs: {
    bad: '[Sizes](https://docs.microsoft.com/azure/virtual-machines/sizes)',
    good: '[Sizes](https://learn.microsoft.com/azure/virtual-machines/sizes)',
    notes: [
      'The fix (`selfhelp links --fix`, and the quick fix after *Check Links*) writes the address the last permanent',
      'redirect leads to, keeping the fragment; an `aka.ms` link, which the content guides forbid, becomes the page it',
      'leads to. A temporary redirect (302, 303, 307) is followed without a word: the address may change back.',
    ].join('\n'),
  },
};
