import { duplicateAttribute } from '../../../src/core/lint/rules/duplicate-attribute';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(duplicateAttribute, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH106', 'duplicate attribute'),
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
