import { problemDescription } from '../../../src/core/lint/rules/problem-description';
import { article, formArticle, PROBLEM_DESCRIPTION } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(problemDescription, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'no useAsAdditionalDetails',
      text: formArticle(PROBLEM_DESCRIPTION.replace(',\n      "useAsAdditionalDetails": true', '')),
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
