import { requiredAttribute } from '../../../src/core/lint/rules/required-attribute';
import { article } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** ownershipId missing */
const ownershipIdMissing = article({ ownershipId: undefined });

ruleTester(requiredAttribute, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'ownershipId missing',
      text: ownershipIdMissing,
      errors: [
        {
          message: 'Missing required attribute "ownershipId"; add it with its value.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 12,
        },
      ],
      suggestions: [
        {
          title: 'Add ownershipId=""',
          output: replaced(ownershipIdMissing, '\n/', '\n\townershipId=""\n/'),
        },
      ],
    },
    {
      name: 'pageTitle empty',
      text: article({ pageTitle: '' }),
      errors: [
        { message: '"pageTitle" is empty; every article needs one.', line: 2, column: 2, endLine: 2, endColumn: 11 },
      ],
    },
  ],
});
