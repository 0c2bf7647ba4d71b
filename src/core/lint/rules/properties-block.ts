import { findBlockStart } from '../../parse/properties';
import type { Rule } from '../rule';
import { eol } from '../rule-helpers';

export const propertiesBlock: Rule = {
  id: 'SH101',
  slug: 'properties-block',
  description: 'The properties block must be closed by `/>` and appear once.',
  severity: 'error',
  messages: {
    neverClosed:
      'The properties block is never closed by "/>": the portal cannot read its attributes, so the article is not shown. Close it after the last attribute.',
    closedByGt: 'The properties block is closed by ">" instead of "/>".',
    second: 'A second properties block: an article has exactly one; merge its attributes into the first and remove it.',
  },
  fixable: true,
  suggests: true,
  docs: {
    bad: '<properties\n\tpageTitle="Slow VM"\n>',
    good: '<properties\n\tpageTitle="Slow VM"\n/>',
    notes:
      'A block closed by ">" is fixed. A block never closed is given a suggestion, not a fix: where it ends is a ' +
      'guess (after its last attribute), and what follows becomes the body the other rules read.',
  },
  check(article, report) {
    const block = article.block;
    if (!block) return;
    for (const problem of block.problems) {
      if (problem.kind === 'missing-close') {
        // The block stopped where a line could not be an attribute (a heading, prose): "/>" belongs after the last one.
        const stoppedAtBody = article.text.slice(block.end).trim() !== '';
        report({
          messageId: 'neverClosed',
          span: block.open,
          suggestions: stoppedAtBody
            ? [
                {
                  title: 'Close the block with "/>" after its last attribute',
                  edits: [{ start: block.end, end: block.end, text: `${eol(article)}/>` }],
                },
              ]
            : undefined,
        });
      }
      if (problem.kind === 'bare-close') {
        report({
          messageId: 'closedByGt',
          span: problem,
          fix: { title: 'Close the block with "/>"', edits: [{ start: problem.start, end: problem.end, text: '/>' }] },
        });
      }
    }
    const second = findBlockStart(article.text, block.end, Number.MAX_SAFE_INTEGER);
    if (second >= 0 && !article.body.maskedLines[article.lines.positionAt(second).line]) {
      report({
        messageId: 'second',
        span: { start: second, end: second + '<properties'.length },
      });
    }
  },
};
