import { findBlockStart } from '../properties';
import type { Rule } from '../rule';

export const propertiesBlock: Rule = {
  id: 'SH101',
  slug: 'properties-block',
  description: 'The properties block must be closed by `/>` and appear once.',
  severity: 'error',
  fixable: true,
  docs: { bad: '<properties\n\tpageTitle="Slow VM"\n>', good: '<properties\n\tpageTitle="Slow VM"\n/>' },
  check(article, report) {
    const block = article.block;
    if (!block) return;
    for (const problem of block.problems) {
      if (problem.kind === 'missing-close') report({ message: 'The properties block is not closed by "/>".', span: block.open });
      if (problem.kind === 'bare-close') {
        report({
          message: 'The properties block is closed by ">" instead of "/>".',
          span: problem,
          fix: { title: 'Close the block with "/>"', edits: [{ start: problem.start, end: problem.end, text: '/>' }] },
        });
      }
    }
    const second = findBlockStart(article.text, block.end, Number.MAX_SAFE_INTEGER);
    if (second >= 0 && !article.body.maskedLines[article.lines.positionAt(second).line]) {
      report({ message: 'A second properties block: an article has exactly one.', span: { start: second, end: second + '<properties'.length } });
    }
  },
};
