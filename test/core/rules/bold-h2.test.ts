import { boldH2 } from '../../../src/core/lint/rules/bold-h2';
import { article, withBody } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(boldH2, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'other bold H2',
      text: withBody('## **Recommended Documents**', '## **Check the disk**\n\nLook.\n\n## **Recommended Documents**'),
      errors: [
        {
          message: 'Bold H2 "Check the disk": only the Recommended sections are bold H2; use H3.',
          line: 31,
          column: 1,
          endLine: 31,
          endColumn: 22,
        },
      ],
    },
  ],
});
