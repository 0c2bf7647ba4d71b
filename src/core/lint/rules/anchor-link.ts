import type { Rule } from '../rule';

export const anchorLink: Rule = {
  id: 'SH308',
  slug: 'anchor-link',
  description: 'In-page `#anchor` links do not work in the portal.',
  severity: 'warning',
  messages: {
    anchor: 'In-page anchor links do not work in the portal.',
  },
  fixable: false,
  docs: { bad: '[See below](#recommended-steps)', good: 'See the Recommended Steps below.' },
  check(article, report) {
    for (const link of article.body.links) {
      if (link.target.startsWith('#') && link.target.length > 1) report({ messageId: 'anchor', span: link.targetSpan });
    }
  },
};
