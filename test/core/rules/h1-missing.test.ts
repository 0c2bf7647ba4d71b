import { h1Missing } from '../../../src/core/lint/rules/h1-missing';
import { article, withBody } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** title written as an H2 */
const titleWrittenAsAnH2 = withBody('# Virtual machine does not start', '## Virtual machine does not start');

ruleTester(h1Missing, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'no H1',
      text: withBody('# Virtual machine does not start\n', 'Virtual machine does not start\n'),
      errors: [
        {
          message:
            'The article has no H1 heading ("# Title") after the properties block; add the title as the first line of the body.',
          line: 18,
          column: 1,
          endLine: 18,
          endColumn: 3,
        },
      ],
    },
    {
      name: 'title written as an H2',
      text: titleWrittenAsAnH2,
      errors: [
        {
          message:
            'The article has no H1 heading: its title "Virtual machine does not start" is written as an H2. Make it "# Virtual machine does not start".',
          line: 20,
          column: 1,
          endLine: 20,
          endColumn: 34,
        },
      ],
      output: replaced(titleWrittenAsAnH2, '\n## V', '\n# V'),
    },
  ],
});
