import { misspelledAttribute } from '../../../src/core/lint/rules/misspelled-attribute';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(misspelledAttribute, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH107', 'supportToicIds'),
      errors: [
        {
          message: '"supportToicIds" is a misspelling of "supportTopicIds"; the value is ignored.',
          line: 17,
          column: 2,
          endLine: 17,
          endColumn: 16,
        },
      ],
      output: replaced(faultCase('SH107', 'supportToicIds').text, 'oi', 'opi'),
    },
  ],
});
