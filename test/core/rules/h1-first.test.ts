import { h1First } from '../../../src/core/lint/rules/h1-first';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(h1First, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH204', 'text before H1'),
      errors: [
        {
          message: 'Text comes before the H1; the H1 should open the body.',
          line: 22,
          column: 1,
          endLine: 22,
          endColumn: 33,
        },
      ],
    },
  ],
});
