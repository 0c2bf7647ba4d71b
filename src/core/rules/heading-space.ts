import type { Article } from '../article';
import type { Rule } from '../rule';

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
      const markerEnd = heading.start + heading.hashes;
      report({
        message: `No space after "${'#'.repeat(heading.hashes)}": this line is not a heading.`,
        span: { start: heading.start, end: article.lines.lineEnd(heading.line) },
        fix: { title: 'Insert a space after the heading marker', edits: [{ start: markerEnd, end: markerEnd, text: ' ' }] },
      });
    }
  },
};
