import { singleValue } from '../../../src/core/lint/rules/single-value';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(singleValue, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH118', 'two services'),
      errors: [
        {
          message: '"service" lists several values; the portal expects one.',
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 61,
        },
      ],
    },
  ],
});
