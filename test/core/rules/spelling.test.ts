import { spelling } from '../../../src/core/lint/rules/spelling';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(spelling, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH601', 'a typo in infoBubbleText'),
      errors: [
        {
          message: 'Unknown word "maintanence": did you mean "maintenance"?',
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 40,
        },
      ],
      suggestions: [
        {
          title: 'Change to "maintenance"',
          output: replaced(faultCase('SH601', 'a typo in infoBubbleText').text, 'ane', 'ena'),
        },
      ],
    },
    {
      ...faultCase('SH601', 'a typo in the body'),
      errors: [
        {
          message: 'Unknown word "machnie": did you mean "machine"?',
          line: 28,
          column: 24,
          endLine: 28,
          endColumn: 31,
        },
      ],
      suggestions: [
        { title: 'Change to "machine"', output: replaced(faultCase('SH601', 'a typo in the body').text, 'ni', 'in') },
      ],
    },
  ],
});
