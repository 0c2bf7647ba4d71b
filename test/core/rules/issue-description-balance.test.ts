import { issueDescriptionBalance } from '../../../src/core/lint/rules/issue-description-balance';
import { article, withBody } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** issueDescription not closed */
const issueDescriptionNotClosed = withBody('<!--/issueDescription-->\n', '');

ruleTester(issueDescriptionBalance, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'issueDescription not closed',
      text: issueDescriptionNotClosed,
      errors: [
        {
          message:
            'This <!--issueDescription--> is never closed by <!--/issueDescription-->: the rest of the article, the steps included, would be taken as the issue description. Close it after the description.',
          line: 22,
          column: 1,
          endLine: 22,
          endColumn: 24,
        },
      ],
      output: replaced(issueDescriptionNotClosed, '>.\n\n##', '>.\n<!--/issueDescription-->\n\n##'),
    },
    {
      name: 'noOpening: a closing marker without its opening',
      text: withBody('<!--issueDescription-->\n', ''),
      errors: [
        {
          message:
            'This <!--/issueDescription--> has no opening marker: the text before it is not shown as the issue description.',
          line: 23,
          column: 1,
          endLine: 23,
          endColumn: 25,
        },
      ],
    },
  ],
});
