import { pageTitleStyle } from '../../../src/core/lint/rules/page-title-style';
import { article } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** title with period */
const titleWithPeriod = article({ pageTitle: 'Virtual machine does not start.' });

ruleTester(pageTitleStyle, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'title with period',
      text: titleWithPeriod,
      errors: [{ message: 'pageTitle ends with a period.', line: 2, column: 43, endLine: 2, endColumn: 44 }],
      output: replaced(titleWithPeriod, 't."', 't"'),
    },
    {
      name: 'title with comma',
      text: article({ pageTitle: 'Virtual machine, stopped' }),
      errors: [
        {
          message: 'pageTitle contains a comma; keep it one plain sentence.',
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 37,
        },
      ],
    },
    {
      name: 'tooLong: too long',
      text: article({
        pageTitle: 'Virtual machine does not start ' + 'after a resize of its disks and its network '.repeat(3),
      }),
      errors: [
        {
          message: 'pageTitle is 162 characters long; keep it under 150.',
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 176,
        },
      ],
    },
  ],
});
