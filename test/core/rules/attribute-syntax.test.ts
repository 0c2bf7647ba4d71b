import { attributeSyntax } from '../../../src/core/lint/rules/attribute-syntax';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(attributeSyntax, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH104', 'unterminated quote'),
      errors: [
        {
          message: 'The value of "ms.author" has no closing quote, so the value runs on into the next line; close it.',
          line: 8,
          column: 2,
          endLine: 8,
          endColumn: 20,
        },
      ],
      output: replaced(faultCase('SH104', 'unterminated quote').text, 'o\n', 'o"\n'),
    },
    {
      ...faultCase('SH104', 'trailing comma'),
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
      output: replaced(faultCase('SH104', 'trailing comma').text, '",\n', '"\n'),
    },
    {
      ...faultCase('SH104', 'extra quote'),
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
      output: replaced(faultCase('SH104', 'extra quote').text, 't""\n\t', 't"\n\t'),
    },
    {
      ...faultCase('SH104', 'unquoted value'),
      errors: [
        {
          message: 'The value of "displayOrder" is not quoted; write name="value".',
          line: 9,
          column: 2,
          endLine: 9,
          endColumn: 16,
        },
      ],
      output: replaced(faultCase('SH104', 'unquoted value').text, '=3\n', '="3"\n'),
    },
    {
      ...faultCase('SH104', 'text after />'),
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
