import type { Article } from '../article';
import type { Rule } from '../rule';

export interface UnspacedHeading {
  line: number;
  start: number;
  hashes: number;
}

const UNSPACED = /^ {0,3}(#{1,6})[^#\s]/;

/** Paragraph lines that look like a heading but lack the space after the `#` marker (`##**Steps**`). */
export function headingWithoutSpace(article: Article): UnspacedHeading[] {
  const found: UnspacedHeading[] = [];
  for (const line of article.body.paragraphLines) {
    const match = UNSPACED.exec(article.lines.lineText(line));
    if (match) found.push({ line, start: article.lines.offsetAt(line) + match[0].length - 1 - match[1].length, hashes: match[1].length });
  }
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
      const markerEnd = heading.start + heading.hashes;
      report({
        message: `No space after "${'#'.repeat(heading.hashes)}": this line is not a heading.`,
        span: { start: heading.start, end: article.lines.lineEnd(heading.line) },
        fix: { title: 'Insert a space after the heading marker', edits: [{ start: markerEnd, end: markerEnd, text: ' ' }] },
      });
    }
  },
};
