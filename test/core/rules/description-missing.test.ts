import { descriptionMissing } from '../../../src/core/lint/rules/description-missing';
import { article } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** description missing */
const DESCRIPTION_MISSING_TEXT = article({ description: undefined });

ruleTester(descriptionMissing, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'description empty',
      text: article({ description: '' }),
      errors: [{ message: '"description" is empty.', line: 3, column: 2, endLine: 3, endColumn: 13 }],
    },
    {
      name: 'description missing',
      text: DESCRIPTION_MISSING_TEXT,
      errors: [{ message: 'Missing attribute "description".', line: 1, column: 1, endLine: 1, endColumn: 12 }],
      suggestions: [
        {
          title: 'Add description=""',
          output: replaced(DESCRIPTION_MISSING_TEXT, '\n/', '\n\tdescription=""\n/'),
        },
      ],
    },
  ],
});
