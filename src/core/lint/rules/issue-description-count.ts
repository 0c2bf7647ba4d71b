import type { Rule } from '../rule';
import { blockInner, issueDescriptions } from '../../parse/issue-descriptions';

export const issueDescriptionCount: Rule = {
  id: 'SH208',
  slug: 'issue-description-count',
  description: 'An article has at most one issueDescription block, and it is not empty.',
  severity: 'warning',
  fixable: false,
  docs: {
    bad: '<!--issueDescription--><!--/issueDescription-->',
    good: '<!--issueDescription-->\nWe found an issue.\n<!--/issueDescription-->',
  },
  check(article, report) {
    const { blocks } = issueDescriptions(article);
    blocks
      .slice(1)
      .forEach((block) =>
        report({ message: 'A second issueDescription block; an article has at most one.', span: block.open }),
      );
    for (const block of blocks) {
      const inner = blockInner(block);
      if (!article.text.slice(inner.start, inner.end).trim())
        report({ message: 'The issueDescription block is empty.', span: block.open });
    }
  },
};
