import { linkScheme } from '../../../src/core/lint/rules/link-scheme';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(linkScheme, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH305', 'ttps'),
      errors: [
        {
          message: 'Broken link scheme "ttps:"; did you mean "https:"?',
          line: 33,
          column: 43,
          endLine: 33,
          endColumn: 119,
        },
      ],
      output: replaced(faultCase('SH305', 'ttps').text, '(t', '(ht'),
    },
  ],
});
