import { tokenBalance } from '../../../src/core/lint/rules/token-balance';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(tokenBalance, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH210', 'token names differ'),
      errors: [
        {
          message: '<!--/$VmName--> closes token "vmName": the names must match.',
          line: 23,
          column: 57,
          endLine: 23,
          endColumn: 72,
        },
      ],
    },
  ],
});
