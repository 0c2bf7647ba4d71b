import type { Article } from '../../parse/article';
import type { Fix, Rule } from '../rule';
import { inIssueDescription } from '../../parse/issue-descriptions';
import { recommendedSection } from '../../parse/headings';
import { headingWithoutSpace, type UnspacedHeading } from '../../parse/headings';

export const headingSpace: Rule = {
  id: 'SH202',
  slug: 'heading-space',
  description: 'A heading marker is followed by a space; `##**Recommended Steps**` is plain text, not a heading.',
  severity: 'error',
  fixable: true,
  docs: { bad: '##**Recommended Steps**', good: '## **Recommended Steps**' },
  check(article, report) {
    for (const heading of headingWithoutSpace(article)) {
      const lineEnd = article.lines.lineEnd(heading.line);
      report({
        message: `No space after "${'#'.repeat(heading.hashes)}": this line is not a heading. Write "${'#'.repeat(heading.hashes)} " before the text.`,
        span: { start: heading.start, end: lineEnd },
        fix: headingFix(article, heading, lineEnd),
      });
    }
  },
};

/**
 * The space makes the line a heading, so the fix is offered only where that heading is one the article may have: not
 * inside an issueDescription block (which holds plain text), not a second H1. A Recommended section heading is written
 * in its one canonical form at once.
 */
function headingFix(article: Article, heading: UnspacedHeading, lineEnd: number): Fix | undefined {
  if (inIssueDescription(article, heading.start)) return undefined;
  if (heading.hashes === 1 && article.body.headings.some((h) => h.level === 1)) return undefined;
  const markerEnd = heading.start + heading.hashes;
  const canonical = recommendedSection(
    article.text
      .slice(markerEnd, lineEnd)
      .replace(/^\*\*|\*\*\s*$/g, '')
      .trim(),
  );
  if (canonical)
    return { title: `Change to ${canonical}`, edits: [{ start: heading.start, end: lineEnd, text: canonical }] };
  return { title: 'Insert a space after the heading marker', edits: [{ start: markerEnd, end: markerEnd, text: ' ' }] };
}
