import { h1Missing } from '../../../src/core/lint/rules/h1-missing';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(h1Missing, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH201', 'no H1'),
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
      ...faultCase('SH201', 'title written as an H2'),
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
      output: replaced(faultCase('SH201', 'title written as an H2').text, '\n## V', '\n# V'),
    },
  ],
});
