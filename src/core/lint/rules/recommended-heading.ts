import type { Rule } from '../rule';
import { recommendedSection } from '../../parse/headings';
import { inIssueDescription } from '../../parse/issue-descriptions';

export const recommendedHeading: Rule = {
  id: 'SH205',
  slug: 'recommended-heading',
  description:
    'The Recommended Steps and Recommended Documents headings are written exactly `## **Recommended Steps**` / `## **Recommended Documents**`.',
  severity: 'warning',
  messages: {
    exactly: 'Write this heading exactly "{{heading}}".',
  },
  fixable: true,
  docs: { bad: '### Recommended steps', good: '## **Recommended Steps**' },
  check(article, report) {
    // Apollo articles use plain H3 "Recommended steps" on purpose.
    if (article.type?.name === 'apollo') return;
    article.body.headings.forEach((heading, i, headings) => {
      const canonical = recommendedSection(heading.text);
      if (!canonical || (heading.level === 2 && !heading.setext && heading.raw.trim() === canonical.slice(3))) return;
      // The article's only H1 written as the section would leave it without a title: the author decides which it is.
      const onlyH1 = heading.level === 1 && article.body.headings.filter((h) => h.level === 1).length === 1;
      // Inside an issueDescription block no heading belongs, bold or not: moving it out is for the author. A heading
      // on the block's closing line (`/>## Steps`) shares it with "/>", which the rewrite must not take.
      const onBlockLine = article.block !== undefined && heading.start < article.block.end;
      // Made an H2, the section must not leave the next heading skipping a level it did not skip before.
      const next = headings[i + 1]?.level;
      const skipsNext = next !== undefined && next > 3 && next <= heading.level + 1;
      report({
        messageId: 'exactly',
        data: { heading: canonical },
        span: heading,
        fix:
          heading.setext || onlyH1 || onBlockLine || skipsNext || inIssueDescription(article, heading.start)
            ? undefined
            : { title: `Change to ${canonical}`, edits: [{ start: heading.start, end: heading.end, text: canonical }] },
      });
    });
  },
};
