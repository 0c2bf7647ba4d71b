import type { Rule } from '../rule';
import { hostOf, urlsOf } from '../../parse/links';

export const reviewLink: Rule = {
  id: 'SH303',
  slug: 'review-link',
  description: 'Links to internal review sites (`review.docs.microsoft.com`) do not open for customers.',
  severity: 'error',
  messages: {
    reviewLink: 'Internal review link ({{host}}): customers cannot open it; link to the published page.',
  },
  fixable: false,
  docs: {
    bad: '[Sizes](https://review.docs.microsoft.com/azure/sizes)',
    good: '[Sizes](https://learn.microsoft.com/azure/sizes)',
  },
  check(article, report) {
    for (const url of urlsOf(article)) {
      const host = hostOf(url.url) ?? '';
      if (host.startsWith('review.') || url.url.toLowerCase().includes('review.microsoft.docs')) {
        report({
          messageId: 'reviewLink',
          data: { host: host || url.url },
          span: url,
        });
      }
    }
  },
};
