import { singleQuotes } from '../../../src/core/lint/rules/single-quotes';
import { article } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** single quotes */
const SINGLE_QUOTED = article().replace('authors="contoso-writer"', "authors='contoso-writer'");

ruleTester(singleQuotes, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'single quotes',
      text: SINGLE_QUOTED,
      errors: [
        {
          message: 'The value of "authors" is single-quoted; use double quotes.',
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 26,
        },
      ],
      output: replaced(SINGLE_QUOTED, "'contoso-writer'", '"contoso-writer"'),
    },
  ],
});
