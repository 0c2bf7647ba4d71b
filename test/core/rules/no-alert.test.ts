import { noAlert } from '../../../src/core/lint/rules/no-alert';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(noAlert, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH217', 'alert'),
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
