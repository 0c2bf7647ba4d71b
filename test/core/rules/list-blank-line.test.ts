import { listBlankLine } from '../../../src/core/lint/rules/list-blank-line';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(listBlankLine, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH215', 'list under paragraph'),
      errors: [
        {
          message: 'The list starts right under a paragraph; add a blank line before it.',
          line: 29,
          column: 1,
          endLine: 29,
          endColumn: 48,
        },
      ],
      output: replaced(faultCase('SH215', 'list under paragraph').text, '\n1', '\n\n1'),
    },
  ],
});
