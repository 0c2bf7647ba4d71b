import { placeholderValue } from '../../../src/core/lint/rules/placeholder-value';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(placeholderValue, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH119', 'optional tag'),
      errors: [
        {
          message: '"optional" in resourceTags is the template\'s placeholder, not a tag.',
          line: 14,
          column: 16,
          endLine: 14,
          endColumn: 24,
        },
      ],
      output: replaced(faultCase('SH119', 'optional tag').text, 'optional', ''),
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
