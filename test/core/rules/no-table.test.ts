import { noTable } from '../../../src/core/lint/rules/no-table';
import { article, withBody } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(noTable, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'table',
      text: withBody(
        '## **Recommended Documents**',
        '| Size | Limit |\n|---|---|\n| S | 10 |\n\n## **Recommended Documents**',
      ),
      errors: [
        {
          message: 'Tables are not supported in this article type; use a list.',
          line: 31,
          column: 1,
          endLine: 31,
          endColumn: 17,
        },
      ],
    },
  ],
});
