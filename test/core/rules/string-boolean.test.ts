import { stringBoolean } from '../../../src/core/lint/rules/string-boolean';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(stringBoolean, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH406', 'string boolean'),
      errors: [
        {
          message: '"required" holds the string "true"; write true.',
          line: 33,
          column: 19,
          endLine: 33,
          endColumn: 25,
        },
      ],
      output: replaced(faultCase('SH406', 'string boolean').text, '"true"', 'true'),
    },
  ],
});
