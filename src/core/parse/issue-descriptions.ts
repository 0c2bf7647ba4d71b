/** The article's issueDescription blocks, paired once and shared. */
import type { Article } from './article';
import { pairMarkers, type MarkerBlock } from './body';

export const ISSUE_DESCRIPTION = 'issueDescription';

const cache = new WeakMap<Article, ReturnType<typeof pairMarkers>>();

/** The article's issueDescription blocks and its unpaired issueDescription markers. */
export function issueDescriptions(article: Article): ReturnType<typeof pairMarkers> {
  let result = cache.get(article);
  if (!result) {
    result = pairMarkers(article.body.markers.filter((m) => m.name === ISSUE_DESCRIPTION));
    cache.set(article, result);
  }
  return result;
}

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
