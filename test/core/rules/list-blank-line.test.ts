import { listBlankLine } from '../../../src/core/lint/rules/list-blank-line';
import { article, withBody } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** list under paragraph */
const listUnderParagraph = withBody(
  '1. Restart the virtual machine from the portal.',
  'Try this:\n1. Restart the virtual machine from the portal.',
);

ruleTester(listBlankLine, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'list under paragraph',
      text: listUnderParagraph,
      errors: [
        {
          message: 'The list starts right under a paragraph; add a blank line before it.',
          line: 29,
          column: 1,
          endLine: 29,
          endColumn: 48,
        },
      ],
      output: replaced(listUnderParagraph, '\n1', '\n\n1'),
    },
  ],
});
