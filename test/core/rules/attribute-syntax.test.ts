import { attributeSyntax } from '../../../src/core/lint/rules/attribute-syntax';
import { article } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** unterminated quote */
const unterminatedQuote = article({ 'ms.author': 'contoso\u0000' }).replace('contoso\u0000"', 'contoso');
/** trailing comma */
const trailingComma = article().replace('ussec"', 'ussec",');
/** extra quote */
const extraQuote = article().replace('does not start"', 'does not start""');
/** unquoted value */
const unquotedValue = article().replace('displayOrder=""', 'displayOrder=3');

ruleTester(attributeSyntax, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'unterminated quote',
      text: unterminatedQuote,
      errors: [
        {
          message: 'The value of "ms.author" has no closing quote, so the value runs on into the next line; close it.',
          line: 8,
          column: 2,
          endLine: 8,
          endColumn: 20,
        },
      ],
      output: replaced(unterminatedQuote, 'o\n', 'o"\n'),
    },
    {
      name: 'trailing comma',
      text: trailingComma,
      errors: [
        {
          message:
            'Stray characters "," in the properties block; the block holds only name="value" pairs: remove them.',
          line: 16,
          column: 51,
          endLine: 16,
          endColumn: 52,
        },
      ],
      output: replaced(trailingComma, '",\n', '"\n'),
    },
    {
      name: 'extra quote',
      text: extraQuote,
      errors: [
        {
          message:
            'Stray characters """ in the properties block; the block holds only name="value" pairs: remove them.',
          line: 2,
          column: 44,
          endLine: 2,
          endColumn: 45,
        },
      ],
      output: replaced(extraQuote, 't""\n\t', 't"\n\t'),
    },
    {
      name: 'unquoted value',
      text: unquotedValue,
      errors: [
        {
          message: 'The value of "displayOrder" is not quoted; write name="value".',
          line: 9,
          column: 2,
          endLine: 9,
          endColumn: 16,
        },
      ],
      output: replaced(unquotedValue, '=3\n', '="3"\n'),
    },
    {
      name: 'text after />',
      text: article().replace('\n/>', '\n/>e'),
      errors: [
        {
          message:
            'Text after "/>" on the closing line of the properties block; move it to a line of its own below the block.',
          line: 18,
          column: 3,
          endLine: 18,
          endColumn: 4,
        },
      ],
    },
    {
      name: 'noValue: a name without a value',
      text: replaced(article(), '\tauthors="contoso-writer"', '\tauthors'),
      errors: [
        { message: '"authors" has no value; write name="value".', line: 7, column: 2, endLine: 7, endColumn: 9 },
      ],
    },
  ],
});
