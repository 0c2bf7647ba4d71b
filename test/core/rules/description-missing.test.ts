import { descriptionMissing } from '../../../src/core/lint/rules/description-missing';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(descriptionMissing, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH116', 'description empty'),
      errors: [{ message: '"description" is empty.', line: 3, column: 2, endLine: 3, endColumn: 13 }],
    },
    {
      ...faultCase('SH116', 'description missing'),
      errors: [{ message: 'Missing attribute "description".', line: 1, column: 1, endLine: 1, endColumn: 12 }],
      suggestions: [
        {
          title: 'Add description=""',
          output: replaced(faultCase('SH116', 'description missing').text, '\n/', '\n\tdescription=""\n/'),
        },
      ],
    },
  ],
});
