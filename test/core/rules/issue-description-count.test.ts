import { issueDescriptionCount } from '../../../src/core/lint/rules/issue-description-count';
import { article, withBody } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(issueDescriptionCount, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'empty issueDescription',
      text: withBody(
        '## **Recommended Steps**',
        '<!--issueDescription--><!--/issueDescription-->\n\n## **Recommended Steps**',
      ),
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
