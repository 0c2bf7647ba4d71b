import { propertiesBlock } from '../../../src/core/lint/rules/properties-block';
import { article, VALID_BODY } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** block closed by > */
const blockClosedBy = article().replace('\n/>', '\n>');
/** block never closed */
const blockNeverClosed = article().replace('\n/>', '');

ruleTester(propertiesBlock, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'block closed by >',
      text: blockClosedBy,
      errors: [
        {
          message: 'The properties block is closed by ">" instead of "/>".',
          line: 18,
          column: 1,
          endLine: 18,
          endColumn: 2,
        },
      ],
      output: replaced(blockClosedBy, '\n>', '\n/>'),
    },
    {
      name: 'block never closed',
      text: blockNeverClosed,
      errors: [
        {
          message:
            'The properties block is never closed by "/>": the portal cannot read its attributes, so the article is not shown. Close it after the last attribute.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 12,
        },
      ],
      suggestions: [
        {
          title: 'Close the block with "/>" after its last attribute',
          output: replaced(blockNeverClosed, '"\n\n#', '"\n/>\n\n#'),
        },
      ],
    },
    {
      name: 'second block',
      text: article({}, VALID_BODY + '\n<properties pageTitle="x" />\n'),
      errors: [
        {
          message:
            'A second properties block: an article has exactly one; merge its attributes into the first and remove it.',
          line: 35,
          column: 1,
          endLine: 35,
          endColumn: 12,
        },
      ],
    },
  ],
});
