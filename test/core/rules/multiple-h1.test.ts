import { multipleH1 } from '../../../src/core/lint/rules/multiple-h1';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(multipleH1, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH203', 'two H1'),
      errors: [
        {
          message: 'A second H1 heading; an article has exactly one.',
          line: 31,
          column: 1,
          endLine: 31,
          endColumn: 15,
        },
      ],
    },
  ],
});
