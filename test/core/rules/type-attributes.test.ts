import { typeAttributes } from '../../../src/core/lint/rules/type-attributes';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(typeAttributes, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH121', 'diagnostics without infoBubbleText'),
      errors: [
        {
          message: 'diagnostics articles need a value for "infoBubbleText".',
          line: 4,
          column: 2,
          endLine: 4,
          endColumn: 16,
        },
      ],
    },
    {
      ...faultCase('SH121', 'diagnostics missing infoBubbleText'),
      errors: [
        { message: 'diagnostics articles need "infoBubbleText".', line: 1, column: 1, endLine: 1, endColumn: 12 },
      ],
      suggestions: [
        {
          title: 'Add infoBubbleText=""',
          output: replaced(
            faultCase('SH121', 'diagnostics missing infoBubbleText').text,
            '\n/',
            '\n\tinfoBubbleText=""\n/',
          ),
        },
      ],
    },
  ],
});
