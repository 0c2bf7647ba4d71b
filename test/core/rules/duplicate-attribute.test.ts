import { duplicateAttribute } from '../../../src/core/lint/rules/duplicate-attribute';
import { article } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(duplicateAttribute, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'duplicate attribute',
      text: article().replace('\tauthors=', '\tArticleId="again"\n\tauthors='),
      errors: [
        {
          message: 'Duplicate attribute "articleId": it is already set above; keep one of them.',
          line: 11,
          column: 2,
          endLine: 11,
          endColumn: 11,
        },
      ],
    },
  ],
});
