import { displayOrderFormat } from '../../../src/core/lint/rules/display-order-format';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(displayOrderFormat, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH122', 'displayOrder not a number'),
      errors: [
        {
          message: 'displayOrder "first" is not a positive whole number.',
          line: 9,
          column: 16,
          endLine: 9,
          endColumn: 21,
        },
      ],
    },
  ],
});
