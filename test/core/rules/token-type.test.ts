import { tokenType } from '../../../src/core/lint/rules/token-type';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(tokenType, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH211', 'token in generic'),
      errors: [
        {
          message: 'Replacement tokens are never filled in generic articles; readers see the default text.',
          line: 24,
          column: 7,
          endLine: 24,
          endColumn: 21,
        },
      ],
    },
  ],
});
