import { requiredAttribute } from '../../../src/core/lint/rules/required-attribute';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(requiredAttribute, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH112', 'ownershipId missing'),
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
          output: replaced(faultCase('SH112', 'ownershipId missing').text, '\n/', '\n\townershipId=""\n/'),
        },
      ],
    },
    {
      ...faultCase('SH112', 'pageTitle empty'),
      errors: [
        { message: '"pageTitle" is empty; every article needs one.', line: 2, column: 2, endLine: 2, endColumn: 11 },
      ],
    },
  ],
});
