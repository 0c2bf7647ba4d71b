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
