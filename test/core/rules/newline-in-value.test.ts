import { newlineInValue } from '../../../src/core/lint/rules/newline-in-value';
import { article } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** newline in a list */
const newlineInAList = article({ supportTopicIds: '32628854,\n32628855' });

ruleTester(newlineInValue, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'newline in a list',
      text: newlineInAList,
      errors: [
        {
          message: 'The value of "supportTopicIds" spans several lines.',
          line: 13,
          column: 19,
          endLine: 14,
          endColumn: 9,
        },
      ],
      output: replaced(newlineInAList, ',\n3', ', 3'),
    },
  ],
});
