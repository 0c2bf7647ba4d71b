import type { Article } from '../article';
import { pairMarkers, type MarkerBlock } from '../body';
import type { Rule } from '../rule';

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

export const issueDescriptionBalance: Rule = {
  id: 'SH207',
  slug: 'issue-description-balance',
  description: 'Every `<!--issueDescription-->` is closed by `<!--/issueDescription-->`, and every closing marker has an opening one.',
  severity: 'error',
  fixable: false,
  docs: { bad: '<!--issueDescription-->\nWe found an issue.', good: '<!--issueDescription-->\nWe found an issue.\n<!--/issueDescription-->' },
  check(article, report) {
    for (const marker of issueDescriptions(article).unpaired) {
      report({
        message: marker.closing ? 'This <!--/issueDescription--> has no opening marker.' : 'This <!--issueDescription--> is never closed by <!--/issueDescription-->.',
        span: marker,
      });
    }
  },
};
