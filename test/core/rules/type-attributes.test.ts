import { typeAttributes } from '../../../src/core/lint/rules/type-attributes';
import { article } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** diagnostics missing infoBubbleText */
const diagnosticsMissingInfoBubbleText = article({ infoBubbleText: undefined });

ruleTester(typeAttributes, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'diagnostics without infoBubbleText',
      text: article({ infoBubbleText: '' }),
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
      name: 'diagnostics missing infoBubbleText',
      text: diagnosticsMissingInfoBubbleText,
      errors: [
        { message: 'diagnostics articles need "infoBubbleText".', line: 1, column: 1, endLine: 1, endColumn: 12 },
      ],
      suggestions: [
        {
          title: 'Add infoBubbleText=""',
          output: replaced(diagnosticsMissingInfoBubbleText, '\n/', '\n\tinfoBubbleText=""\n/'),
        },
      ],
    },
  ],
});
