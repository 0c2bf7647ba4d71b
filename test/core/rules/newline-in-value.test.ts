import { newlineInValue } from '../../../src/core/lint/rules/newline-in-value';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(newlineInValue, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH111', 'newline in a list'),
      errors: [
        {
          message: 'The value of "supportTopicIds" spans several lines.',
          line: 13,
          column: 19,
          endLine: 14,
          endColumn: 9,
        },
      ],
      output: replaced(faultCase('SH111', 'newline in a list').text, ',\n3', ', 3'),
    },
  ],
});
