import { placeholderValue } from '../../../src/core/lint/rules/placeholder-value';
import { article } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** optional tag */
const optionalTag = article({ resourceTags: 'optional' });

ruleTester(placeholderValue, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'optional tag',
      text: optionalTag,
      errors: [
        {
          message: '"optional" in resourceTags is the template\'s placeholder, not a tag.',
          line: 14,
          column: 16,
          endLine: 14,
          endColumn: 24,
        },
      ],
      output: replaced(optionalTag, 'optional', ''),
    },
    {
      name: 'placeholder: a template placeholder left',
      text: article({ icmTeam: 'icmteam' }),
      errors: [
        {
          message: '"icmTeam" still holds the template placeholder "icmteam".',
          line: 18,
          column: 11,
          endLine: 18,
          endColumn: 18,
        },
      ],
    },
  ],
});
