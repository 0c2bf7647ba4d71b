import { problemDescription } from '../../../src/core/lint/rules/problem-description';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(problemDescription, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH404', 'no useAsAdditionalDetails'),
      errors: [
        {
          message: 'problem_description should set "useAsAdditionalDetails": true.',
          line: 29,
          column: 13,
          endLine: 29,
          endColumn: 34,
        },
      ],
    },
  ],
});
