import type { NetworkRule } from '../rule';

export const linkFragment: NetworkRule = {
  id: 'SH802',
  slug: 'link-fragment',
  network: true,
  description:
    'A web link points at a place in a page (`#fragment`) the page no longer has: no element with that `id` or `name`.',
  severity: 'warning',
  messages: {
    noPlace: '{{final}} has no place "#{{fragment}}": no element with that id or name (a heading renamed?).',
  },
  fixable: false,
  docs: {
    bad: '[Sizes](https://learn.microsoft.com/azure/virtual-machines/sizes#a-heading-renamed-since)',
    good: '[Sizes](https://learn.microsoft.com/azure/virtual-machines/sizes#general-purpose)',
    notes: [
      'The page is read with an HTML parser for the `id` and `name` of its elements (a renamed heading of the docs',
      'site changes its `id`). A text fragment (`#:~:text=…`) is not checked, nor a page that is not HTML.',
    ].join('\n'),
  },
};
