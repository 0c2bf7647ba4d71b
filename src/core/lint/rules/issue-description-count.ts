import type { Rule } from '../rule';
import { blockInner, issueDescriptions } from '../../parse/issue-descriptions';

export const issueDescriptionCount: Rule = {
  id: 'SH208',
  slug: 'issue-description-count',
  description: 'An article has at most one issueDescription block, and it is not empty.',
  severity: 'warning',
  messages: {
    second: 'A second issueDescription block; an article has at most one.',
    empty: 'The issueDescription block is empty.',
  },
  fixable: false,
  docs: {
    bad: '<!--issueDescription--><!--/issueDescription-->',
    good: '<!--issueDescription-->\nWe found an issue.\n<!--/issueDescription-->',
  },
  check(article, report) {
    const { blocks } = issueDescriptions(article);
    blocks.slice(1).forEach((block) => report({ messageId: 'second', span: block.open }));
    for (const block of blocks) {
      const inner = blockInner(block);
      if (!article.text.slice(inner.start, inner.end).trim()) report({ messageId: 'empty', span: block.open });
    }
  },
};
