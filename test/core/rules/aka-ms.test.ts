import { akaMs } from '../../../src/core/lint/rules/aka-ms';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(akaMs, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH302', 'aka.ms'),
      errors: [
        {
          message: 'aka.ms short link: link to the full address instead.',
          line: 33,
          column: 43,
          endLine: 33,
          endColumn: 64,
        },
      ],
    },
  ],
});
