import type { Rule } from '../rule';
import { shownName } from '../rule-helpers';

export const attributeSyntax: Rule = {
  id: 'SH104',
  slug: 'attribute-syntax',
  description:
    'Each attribute is `name="value"`: quoted, closed, with nothing stray around it, and nothing after `/>`.',
  severity: 'error',
  messages: {
    unclosedQuote: 'The value of "{{name}}" has no closing quote, so the value runs on into the next line; close it.',
    stray:
      'Stray characters "{{stray}}" in the properties block; the block holds only name="value" pairs: remove them.',
    unquoted: 'The value of "{{name}}" is not quoted; write name="value".',
    noValue: '"{{text}}" has no value; write name="value".',
    textAfterClose:
      'Text after "/>" on the closing line of the properties block; move it to a line of its own below the block.',
  },
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
            messageId: 'unclosedQuote',
            data: { name: attribute ? shownName(attribute) : 'attribute' },
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
            messageId: 'stray',
            data: { stray: stray.length > 40 ? stray.slice(0, 40) + '…' : stray },
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
            messageId: 'unquoted',
            data: { name: attribute ? shownName(attribute) : 'attribute' },
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
            messageId: 'noValue',
            data: { text: article.text.slice(problem.start, problem.end) },
            span: problem,
          });
          break;
        case 'text-after-close':
          report({
            messageId: 'textAfterClose',
            span: problem,
          });
          break;
        default:
          break;
      }
    }
  },
};
