import { misspelledAttribute } from '../../../src/core/lint/rules/misspelled-attribute';
import { article } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** supportToicIds */
const supportToicIds = article({ supportTopicIds: undefined, supportToicIds: '32628854' });

ruleTester(misspelledAttribute, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'supportToicIds',
      text: supportToicIds,
      errors: [
        {
          message: '"supportToicIds" is a misspelling of "supportTopicIds"; the value is ignored.',
          line: 17,
          column: 2,
          endLine: 17,
          endColumn: 16,
        },
      ],
      output: replaced(supportToicIds, 'oi', 'opi'),
    },
  ],
});
