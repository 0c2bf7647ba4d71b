import { displayOrderFormat } from '../../../src/core/lint/rules/display-order-format';
import { article } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(displayOrderFormat, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'displayOrder not a number',
      text: article({ displayOrder: 'first' }),
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
