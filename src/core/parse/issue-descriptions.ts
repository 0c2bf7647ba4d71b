/** The article's issueDescription blocks, paired once and shared. */
import type { Article } from './article';
import { pairMarkers, type MarkerBlock } from './body';
import { memoized } from '../text/memo';

export const ISSUE_DESCRIPTION = 'issueDescription';

/** The article's issueDescription blocks and its unpaired issueDescription markers. */
export const issueDescriptions = memoized((article: Article): ReturnType<typeof pairMarkers> =>
  pairMarkers(article.body.markers.filter((m) => m.name === ISSUE_DESCRIPTION)),
);

export function blockInner(block: MarkerBlock): { start: number; end: number } {
  return { start: block.open.end, end: block.close ? block.close.start : block.open.end };
}

/** Whether an offset lies inside an issueDescription block (plain text: no heading belongs there). */
export function inIssueDescription(article: Article, offset: number): boolean {
  return issueDescriptions(article).blocks.some((block) => {
    const inner = blockInner(block);
    return offset >= inner.start && offset < inner.end;
  });
}

/** Each kind of formatting the template forbids inside the block, with a linear pattern that finds it. */
export const FORMATTING_IN_DESCRIPTION: readonly { kind: 'link' | 'bold' | 'heading' | 'italic'; pattern: RegExp }[] = [
  { kind: 'link', pattern: /\]\(|https?:\/\/|data-blade:/ },
  { kind: 'bold', pattern: /\*\*[^*\s]|__[^_\s]/ },
  { kind: 'heading', pattern: /(?:^|\n)[ \t]{0,3}#{1,6}[ \t]/ },
  { kind: 'italic', pattern: /(?:^|[^*\w])\*[^*\s][^*\n]*\*(?!\*)|(?:^|[^_\w])_[^_\s][^_\n]*_(?![_\w])/ },
];

/** Whether text would be plain as an issue description: none of the formatting the block may not hold. */
export const isPlainDescription = (text: string): boolean =>
  FORMATTING_IN_DESCRIPTION.every(({ pattern }) => !pattern.test(text));
