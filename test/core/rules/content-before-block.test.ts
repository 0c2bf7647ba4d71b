import { contentBeforeBlock } from '../../../src/core/lint/rules/content-before-block';
import { article } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(contentBeforeBlock, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'heading before block',
      text: '# Title first\n' + article(),
      errors: [
        {
          message:
            'Text before the properties block: the block must be the first thing in the file; move the text below it.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 14,
        },
      ],
    },
  ],
});
