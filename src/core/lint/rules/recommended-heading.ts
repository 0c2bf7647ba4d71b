import type { Rule } from '../rule';
import { recommendedSection } from '../../parse/headings';
import { inIssueDescription } from '../../parse/issue-descriptions';

export const recommendedHeading: Rule = {
  id: 'SH205',
  slug: 'recommended-heading',
  description:
    'The Recommended Steps and Recommended Documents headings are written exactly `## **Recommended Steps**` / `## **Recommended Documents**`.',
  severity: 'warning',
  fixable: true,
  docs: { bad: '### Recommended steps', good: '## **Recommended Steps**' },
  check(article, report) {
    // Apollo articles use plain H3 "Recommended steps" on purpose.
    if (article.type?.name === 'apollo') return;
    for (const heading of article.body.headings) {
      const canonical = recommendedSection(heading.text);
      if (!canonical || (heading.level === 2 && !heading.setext && heading.raw.trim() === canonical.slice(3))) continue;
      // The article's only H1 written as the section would leave it without a title: the author decides which it is.
      const onlyH1 = heading.level === 1 && article.body.headings.filter((h) => h.level === 1).length === 1;
      // Inside an issueDescription block no heading belongs, bold or not: moving it out is for the author.
      report({
        message: `Write this heading exactly "${canonical}".`,
        span: heading,
        fix:
          heading.setext || onlyH1 || inIssueDescription(article, heading.start)
            ? undefined
            : { title: `Change to ${canonical}`, edits: [{ start: heading.start, end: heading.end, text: canonical }] },
      });
    }
  },
};
