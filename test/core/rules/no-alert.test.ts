import { noAlert } from '../../../src/core/lint/rules/no-alert';
import { article, withBody } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(noAlert, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'alert',
      text: withBody('## **Recommended Documents**', '> [!NOTE]\n> Restart first.\n\n## **Recommended Documents**'),
      errors: [
        {
          message: 'Docs-style alerts are not supported; they show as plain text.',
          line: 31,
          column: 1,
          endLine: 31,
          endColumn: 10,
        },
      ],
    },
  ],
});
