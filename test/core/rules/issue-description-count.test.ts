import { issueDescriptionCount } from '../../../src/core/lint/rules/issue-description-count';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(issueDescriptionCount, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH208', 'empty issueDescription'),
      errors: [
        {
          message: 'A second issueDescription block; an article has at most one.',
          line: 26,
          column: 1,
          endLine: 26,
          endColumn: 24,
        },
        { message: 'The issueDescription block is empty.', line: 26, column: 1, endLine: 26, endColumn: 24 },
      ],
    },
  ],
});
