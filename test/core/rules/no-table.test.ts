import { noTable } from '../../../src/core/lint/rules/no-table';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(noTable, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH216', 'table'),
      errors: [
        {
          message: 'Tables are not supported in this article type; use a list.',
          line: 31,
          column: 1,
          endLine: 31,
          endColumn: 17,
        },
      ],
    },
  ],
});
