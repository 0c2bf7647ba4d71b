import { issueDescriptionBalance } from '../../../src/core/lint/rules/issue-description-balance';
import { article, withBody } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(issueDescriptionBalance, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH207', 'issueDescription not closed'),
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
      output: replaced(
        faultCase('SH207', 'issueDescription not closed').text,
        '>.\n\n##',
        '>.\n<!--/issueDescription-->\n\n##',
      ),
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
