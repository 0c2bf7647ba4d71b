import type { Rule } from '../rule';
import { recommendedSection } from '../../parse/headings';

export const boldH2: Rule = {
  id: 'SH206',
  slug: 'bold-h2',
  description: 'Bold H2 is reserved for Recommended Steps and Recommended Documents; use H3 for other sections.',
  severity: 'warning',
  messages: {
    boldH2: 'Bold H2 "{{heading}}": only the Recommended sections are bold H2; use H3.',
  },
  fixable: false,
  docs: { bad: '## **Check the disk**', good: '### Check the disk' },
  check(article, report) {
    for (const heading of article.body.headings) {
      if (heading.level !== 2 || !heading.bold || recommendedSection(heading.text)) continue;
      report({
        messageId: 'boldH2',
        data: { heading: heading.text },
        span: heading,
      });
    }
  },
};
