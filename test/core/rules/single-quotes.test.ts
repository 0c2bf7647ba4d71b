import { singleQuotes } from '../../../src/core/lint/rules/single-quotes';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(singleQuotes, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH110', 'single quotes'),
      errors: [
        {
          message: 'The value of "authors" is single-quoted; use double quotes.',
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 26,
        },
      ],
      output: replaced(faultCase('SH110', 'single quotes').text, "'contoso-writer'", '"contoso-writer"'),
    },
  ],
});
