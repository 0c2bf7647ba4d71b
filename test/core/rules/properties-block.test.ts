import { propertiesBlock } from '../../../src/core/lint/rules/properties-block';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(propertiesBlock, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH101', 'block closed by >'),
      errors: [
        {
          message: 'The properties block is closed by ">" instead of "/>".',
          line: 18,
          column: 1,
          endLine: 18,
          endColumn: 2,
        },
      ],
      output: replaced(faultCase('SH101', 'block closed by >').text, '\n>', '\n/>'),
    },
    {
      ...faultCase('SH101', 'block never closed'),
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
          output: replaced(faultCase('SH101', 'block never closed').text, '"\n\n#', '"\n/>\n\n#'),
        },
      ],
    },
    {
      ...faultCase('SH101', 'second block'),
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
