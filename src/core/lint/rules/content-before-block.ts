import type { Rule } from '../rule';
import { textBeforeBlock } from '../../parse/text-before-block';

export const contentBeforeBlock: Rule = {
  id: 'SH102',
  slug: 'content-before-block',
  description: 'Nothing but blank lines may come before the properties block.',
  severity: 'error',
  messages: {
    text: 'Text before the properties block: the block must be the first thing in the file; move the text below it.',
  },
  fixable: false,
  docs: {
    bad: '# Slow VM\n<properties\n\tpageTitle="Slow VM"\n\t…\n/>',
    good: '<properties\n\tpageTitle="Slow VM"\n\t…\n/>\n# Slow VM',
  },
  check(article, report) {
    if (!article.block) return;
    const { other } = textBeforeBlock(article.text, article.block.start);
    if (other)
      report({
        messageId: 'text',
        span: other,
      });
  },
};
