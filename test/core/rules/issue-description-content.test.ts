import { issueDescriptionContent } from '../../../src/core/lint/rules/issue-description-content';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(issueDescriptionContent, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH209', 'link in issueDescription'),
      errors: [
        {
          message: 'The issueDescription block contains a link; keep it plain text.',
          line: 23,
          column: 90,
          endLine: 23,
          endColumn: 168,
        },
      ],
    },
    {
      ...faultCase('SH209', 'bold in issueDescription'),
      errors: [
        {
          message: 'The issueDescription block contains bold text; keep it plain text.',
          line: 23,
          column: 81,
          endLine: 23,
          endColumn: 146,
        },
      ],
    },
  ],
});
