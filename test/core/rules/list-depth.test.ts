import { listDepth } from '../../../src/core/lint/rules/list-depth';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(listDepth, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH214', 'three list levels'),
      errors: [
        {
          message: 'A list nested 3 levels deep; the portal shows two.',
          line: 31,
          column: 1,
          endLine: 31,
          endColumn: 13,
        },
      ],
    },
  ],
});
