import type { Article } from '../../parse/article';
import type { Fix, Rule } from '../rule';
import { blockInner, issueDescriptions } from './issue-description-balance';
import { recommendedSection } from './recommended-heading';

export interface UnspacedHeading {
  line: number;
  start: number;
  hashes: number;
}

const cache = new WeakMap<Article, UnspacedHeading[]>();

/** Paragraph lines that look like a heading but lack the space after the `#` marker (`##**Steps**`). */
export function headingWithoutSpace(article: Article): UnspacedHeading[] {
  const cached = cache.get(article);
  if (cached) return cached;
  const found: UnspacedHeading[] = [];
  const { text, lines } = article;
  for (const line of article.body.paragraphLines) {
    // Up to three spaces, one to six '#', then neither '#' nor a space: read in place, no copy of the line.
    let p = lines.offsetAt(line);
    const end = lines.lineEnd(line);
    let indent = 0;
    while (p < end && text.charCodeAt(p) === 32 && indent < 4) (p++, indent++);
    const start = p;
    while (p < end && text.charCodeAt(p) === 35) p++;
    const hashes = p - start;
    const after = text.charCodeAt(p);
    if (indent <= 3 && hashes >= 1 && hashes <= 6 && p < end && after !== 32 && after !== 9) found.push({ line, start, hashes });
  }
  cache.set(article, found);
  return found;
}

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
  const inIssueDescription = issueDescriptions(article).blocks.some((block) => {
    const inner = blockInner(block);
    return heading.start >= inner.start && heading.start < inner.end;
  });
  if (inIssueDescription) return undefined;
  if (heading.hashes === 1 && article.body.headings.some((h) => h.level === 1)) return undefined;
  const markerEnd = heading.start + heading.hashes;
  const canonical = recommendedSection(article.text.slice(markerEnd, lineEnd).replace(/^\*\*|\*\*\s*$/g, '').trim());
  if (canonical) return { title: `Change to ${canonical}`, edits: [{ start: heading.start, end: lineEnd, text: canonical }] };
  return { title: 'Insert a space after the heading marker', edits: [{ start: markerEnd, end: markerEnd, text: ' ' }] };
}
