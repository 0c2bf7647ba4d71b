import { singleValue } from '../../../src/core/lint/rules/single-value';
import { article } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(singleValue, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'two services',
      text: article({ service: 'microsoft.classiccompute, microsoft.classicnetwork' }),
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
