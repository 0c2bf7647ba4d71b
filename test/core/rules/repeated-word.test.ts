import { repeatedWord } from '../../../src/core/lint/rules/repeated-word';
import { article, withBody } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** a word written twice */
const aWordWrittenTwice = withBody('Restart the virtual', 'Restart the the virtual');

ruleTester(repeatedWord, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'a word written twice',
      text: aWordWrittenTwice,
      errors: [{ message: '"the" is written twice.', line: 28, column: 16, endLine: 28, endColumn: 19 }],
      suggestions: [
        {
          title: 'Remove the second "the"',
          output: replaced(aWordWrittenTwice, ' the v', ' v'),
        },
      ],
    },
  ],
});
