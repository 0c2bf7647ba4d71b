import type { Rule } from '../rule';
import { schemeOf } from '../../parse/links';

const ALLOWED = new Set([
  'https',
  'http',
  'mailto',
  'data-blade',
  'button-data-blade',
  'button-data-context',
  'button-link',
]);
const LIKELY: Record<string, string> = {
  ttps: 'https',
  htps: 'https',
  htttps: 'https',
  datablade: 'data-blade',
  'data-blades': 'data-blade',
};

export const linkScheme: Rule = {
  id: 'SH305',
  slug: 'link-scheme',
  description: 'Link targets use https, http, mailto or a portal scheme (`data-blade:` …); others are broken.',
  severity: 'error',
  messages: {
    broken: 'Broken link scheme "{{scheme}}:"; did you mean "{{likely}}:"?',
    unsupported: 'Unsupported link scheme "{{scheme}}:"; use https:, mailto: or data-blade:.',
  },
  fixable: true,
  docs: {
    bad: '[Sizes](ttps://learn.microsoft.com/azure/sizes)',
    good: '[Sizes](https://learn.microsoft.com/azure/sizes)',
  },
  check(article, report) {
    for (const link of article.body.links) {
      const scheme = schemeOf(link.target);
      if (!scheme || ALLOWED.has(scheme)) continue;
      const likely = LIKELY[scheme];
      const schemeSpan = { start: link.targetSpan.start, end: link.targetSpan.start + scheme.length };
      report({
        messageId: likely ? 'broken' : 'unsupported',
        data: { scheme, likely: likely ?? '' },
        span: link.targetSpan,
        fix: likely ? { title: `Change to ${likely}:`, edits: [{ ...schemeSpan, text: likely }] } : undefined,
      });
    }
  },
};
