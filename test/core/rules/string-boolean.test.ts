import { stringBoolean } from '../../../src/core/lint/rules/string-boolean';
import { article, formArticle, PROBLEM_DESCRIPTION } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** string boolean */
const STRING_BOOLEAN = formArticle(PROBLEM_DESCRIPTION.replace('"required": true', '"required": "true"'));

ruleTester(stringBoolean, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'string boolean',
      text: STRING_BOOLEAN,
      errors: [
        {
          message: '"required" holds the string "true"; write true.',
          line: 33,
          column: 19,
          endLine: 33,
          endColumn: 25,
        },
      ],
      output: replaced(STRING_BOOLEAN, '"true"', 'true'),
    },
  ],
});
