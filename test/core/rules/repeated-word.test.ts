import { repeatedWord } from '../../../src/core/lint/rules/repeated-word';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(repeatedWord, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH602', 'a word written twice'),
      errors: [{ message: '"the" is written twice.', line: 28, column: 16, endLine: 28, endColumn: 19 }],
      suggestions: [
        {
          title: 'Remove the second "the"',
          output: replaced(faultCase('SH602', 'a word written twice').text, ' the v', ' v'),
        },
      ],
    },
  ],
});
