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
  messages: {
    noSpace: 'No space after "{{hashes}}": this line is not a heading. Write "{{hashes}} " before the text.',
  },
  fixable: true,
  fixRevealsText: true,
  docs: { bad: '##**Recommended Steps**', good: '## **Recommended Steps**' },
  check(article, report) {
    const unspaced = headingWithoutSpace(article);
    const fixes = unspaced.map((heading) => headingFix(article, heading, article.lines.lineEnd(heading.line)));
    keepLevelsInOrder(article, unspaced, fixes);
    unspaced.forEach((heading, i) => {
      const lineEnd = article.lines.lineEnd(heading.line);
      report({
        messageId: 'noSpace',
        data: { hashes: '#'.repeat(heading.hashes) },
        span: { start: heading.start, end: lineEnd },
        fix: fixes[i],
      });
    });
  },
};

/** The level of the heading a fix makes (a Recommended section's canonical form has its own). */
const levelOf = (fix: Fix): number => /^#*/.exec(fix.edits[0].text)![0].length || 0;

/**
 * A heading the fixes make must not skip a level from the heading before it, nor make the next one skip (that would
 * add a heading-order finding): such a fix is withdrawn, and the others judged again without it, until none changes.
 */
function keepLevelsInOrder(article: Article, unspaced: readonly UnspacedHeading[], fixes: (Fix | undefined)[]): void {
  for (let changed = true; changed;) {
    changed = false;
    const levels = [
      ...article.body.headings.map((h) => ({ start: h.start, level: h.level, index: -1 })),
      ...unspaced.flatMap((h, index) => {
        const fix = fixes[index];
        return fix ? [{ start: h.start, level: levelOf(fix) || h.hashes, index }] : [];
      }),
    ].sort((a, b) => a.start - b.start);
    levels.forEach(({ level, index }, i) => {
      if (index < 0) return;
      const before = levels[i - 1]?.level;
      const after = levels[i + 1]?.level;
      // The pair around it may skip already; then the finding is there before the fix too.
      const skippedAlready = before !== undefined && after !== undefined && after > before + 1;
      if (
        (before !== undefined && level > before + 1) ||
        (after !== undefined && after > level + 1 && !skippedAlready)
      ) {
        fixes[index] = undefined;
        changed = true;
      }
    });
  }
}

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
  // `#Recommended Steps` made an H2 would leave the article without the H1 it seemed to be (h1-missing).
  if (canonical && heading.hashes === 1 && !article.body.headings.some((h) => h.level === 1)) return undefined;
  if (canonical)
    return { title: `Change to ${canonical}`, edits: [{ start: heading.start, end: lineEnd, text: canonical }] };
  return { title: 'Insert a space after the heading marker', edits: [{ start: markerEnd, end: markerEnd, text: ' ' }] };
}
