import type { Rule } from '../rule';
import { hostOf, schemelessHostOf, urlsOf } from '../../parse/links';

export const akaMs: Rule = {
  id: 'SH302',
  slug: 'aka-ms',
  description: 'Use full links, not `aka.ms` short links.',
  severity: 'warning',
  messages: {
    shortLink: 'aka.ms short link: link to the full address instead.',
  },
  fixable: false,
  docs: {
    bad: '[VM sizes](https://aka.ms/vmsizes)',
    good: '[VM sizes](https://learn.microsoft.com/azure/virtual-machines/sizes)',
  },
  check(article, report) {
    for (const url of urlsOf(article)) {
      if ((hostOf(url.url) ?? schemelessHostOf(url.url)) === 'aka.ms') report({ messageId: 'shortLink', span: url });
    }
  },
};
