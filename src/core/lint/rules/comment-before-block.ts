import type { Rule } from '../rule';
import { textBeforeBlock } from '../../parse/text-before-block';

const INLINE_CONFIG = /^<!--\s*selfhelp-/;

export const commentBeforeBlock: Rule = {
  id: 'SH103',
  slug: 'comment-before-block',
  description: 'HTML comments before the properties block are tolerated but should move below it.',
  severity: 'warning',
  messages: {
    comment: 'Comment before the properties block; the block should come first.',
  },
  fixable: false,
  docs: { bad: '<!-- owner: contoso -->\n<properties … />', good: '<properties … />\n<!-- owner: contoso -->' },
  check(article, report) {
    if (!article.block) return;
    for (const comment of textBeforeBlock(article.text, article.block.start).comments) {
      if (INLINE_CONFIG.test(article.text.slice(comment.start, comment.end))) continue;
      report({ messageId: 'comment', span: comment });
    }
  },
};
