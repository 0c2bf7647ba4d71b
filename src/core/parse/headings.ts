/** Headings as the rules read them: the recommended sections by any spelling, headings written without a space. */
import type { Article } from './article';
import { memoized } from '../text/memo';

const CANONICAL = new Map([
  ['recommended steps', '## **Recommended Steps**'],
  ['recommended documents', '## **Recommended Documents**'],
]);

/** `Recommended Steps:` and `**Recommended steps**` both name the section; only one spelling is canonical. */
export function recommendedSection(text: string): string | undefined {
  if (text.length > 40 || !/recommended/i.test(text)) return undefined;
  return CANONICAL.get(
    text
      .replace(/[:\s]+$/, '')
      .replace(/\s+/g, ' ')
      .toLowerCase(),
  );
}

export interface UnspacedHeading {
  line: number;
  start: number;
  hashes: number;
}

/** Paragraph lines that look like a heading but lack the space after the `#` marker (`##**Steps**`). */
export const headingWithoutSpace = memoized((article: Article): UnspacedHeading[] => {
  const found: UnspacedHeading[] = [];
  const { text, lines } = article;
  for (const line of article.body.paragraphLines) {
    // Up to three spaces, one to six '#', then neither '#' nor a space: read in place, no copy of the line.
    let p = lines.offsetAt(line);
    const end = lines.lineEnd(line);
    let indent = 0;
    for (; p < end && text.charCodeAt(p) === 32 && indent < 4; p++) indent++;
    const start = p;
    while (p < end && text.charCodeAt(p) === 35) p++;
    const hashes = p - start;
    const after = text.charCodeAt(p);
    if (indent <= 3 && hashes >= 1 && hashes <= 6 && p < end && after !== 32 && after !== 9)
      found.push({ line, start, hashes });
  }
  return found;
});
