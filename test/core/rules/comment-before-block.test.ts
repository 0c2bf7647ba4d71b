import { commentBeforeBlock } from '../../../src/core/lint/rules/comment-before-block';
import { article } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(commentBeforeBlock, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'comment before block',
      text: '<!-- owner: contoso -->\n' + article(),
      errors: [
        {
          message: 'Comment before the properties block; the block should come first.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 24,
        },
      ],
    },
  ],
});
