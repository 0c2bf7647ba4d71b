import type { Rule } from '../rule';
import { shownName } from '../rule-helpers';

export const attributeSyntax: Rule = {
  id: 'SH104',
  slug: 'attribute-syntax',
  description:
    'Each attribute is `name="value"`: quoted, closed, with nothing stray around it, and nothing after `/>`.',
  severity: 'error',
  fixable: true,
  fixRevealsText: true,
  docs: {
    bad: '\tms.author="contoso\n\tcloudEnvironments="Public, USNat",',
    good: '\tms.author="contoso"\n\tcloudEnvironments="Public, USNat"',
  },
  check(article, report) {
    const block = article.block;
    if (!block) return;
    const byStart = new Map(block.attributes.map((a) => [a.start, a]));
    for (const problem of block.problems) {
      switch (problem.kind) {
        case 'unterminated-quote': {
          const attribute = byStart.get(problem.start);
          const quote = attribute?.quote || '"';
          report({
            message: `The value of "${attribute ? shownName(attribute) : 'attribute'}" has no closing quote, so the value runs on into the next line; close it.`,
            span: problem,
            fix: attribute && {
              title: 'Close the quote',
              edits: [{ start: problem.end, end: problem.end, text: quote }],
            },
          });
          break;
        }
        case 'stray-characters': {
          const stray = article.text.slice(problem.start, problem.end);
          report({
            message: `Stray characters "${stray.length > 40 ? stray.slice(0, 40) + '…' : stray}" in the properties block; the block holds only name="value" pairs: remove them.`,
            span: problem,
            fix: /^[",']+$/.test(stray)
              ? { title: 'Remove the stray characters', edits: [{ ...problem, text: '' }] }
              : undefined,
          });
          break;
        }
        case 'unquoted-value': {
          const attribute = byStart.get(problem.start);
          report({
            message: `The value of "${attribute ? shownName(attribute) : 'attribute'}" is not quoted; write name="value".`,
            span: problem,
            fix:
              attribute && !attribute.value.includes('"')
                ? {
                    title: 'Quote the value',
                    edits: [{ start: attribute.valueStart, end: attribute.valueEnd, text: `"${attribute.value}"` }],
                  }
                : undefined,
          });
          break;
        }
        case 'missing-value':
          report({
            message: `"${article.text.slice(problem.start, problem.end)}" has no value; write name="value".`,
            span: problem,
          });
          break;
        case 'text-after-close':
          report({
            message:
              'Text after "/>" on the closing line of the properties block; move it to a line of its own below the block.',
            span: problem,
          });
          break;
        default:
          break;
      }
    }
  },
};
